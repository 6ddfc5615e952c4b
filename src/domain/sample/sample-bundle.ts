import type { DatasetKind } from '../dataset';
import { epochDayToIso, type EpochDay } from '../dates';
import { importCsv, type ImportCounts, type ImportError, type ImportOptions, type ImportResult } from '../csv/import-csv';
import { confirmedOptions } from '../csv/confirmed-options';
import { segmentFigures } from '../business/segment-figures';
import { diagnose } from '../metrics/diagnose';
import { shareOfWalletOfA } from '../strategies/suggestions';
import type { Language } from '../plan';
import { generateSampleData } from './sample-data';
import { sampleAnalysis, samplePlanContent, type SamplePlanContent } from './sample-plan';

/** A sample file as the import stores it: its text and the settings a user's confirmed import keeps. */
export interface SampleDataset {
  kind: DatasetKind;
  fileName: string;
  text: string;
  settings: { options: ImportOptions; counts: ImportCounts; header: string[] };
}

export interface SampleBundle {
  content: SamplePlanContent;
  datasets: SampleDataset[];
  /** The diagnosis cut-off date the objectives' baselines were frozen on (ISO). */
  analysisDate: string;
}

export type SampleBundleError = { code: 'import-failed'; kind: DatasetKind; error: ImportError } | { code: 'no-analysis-date' };

/**
 * Everything «Try an example» stores: the two files with sales up to yesterday, read by the
 * same import a user's files go through (the settings are those a confirmed import stores),
 * and the plan written on the diagnosis of that data.
 */
export function buildSampleBundle(options: { language: Language; today: EpochDay; seed?: number }): { ok: true; value: SampleBundle } | { ok: false; error: SampleBundleError } {
  const { language, today } = options;
  const data = generateSampleData({ lastDay: today - 1, seed: options.seed });
  const read: Partial<Record<DatasetKind, ImportResult>> = {};
  const datasets: SampleDataset[] = [];
  for (const kind of ['transactions', 'customers'] as const) {
    const file = data[kind];
    const result = importCsv(file.text, { today, language, kind });
    if (!result.ok) return { ok: false, error: { code: 'import-failed', kind, error: result.error } };
    read[kind] = result.value;
    datasets.push({ kind, fileName: file.fileName, text: file.text, settings: storedSettings(result.value, kind, today, language) });
  }
  const transactions = read.transactions?.data.kind === 'transactions' ? read.transactions.data.transactions : null;
  const customers = read.customers?.data.kind === 'customers' ? read.customers.data.customers : null;
  const diagnosis = diagnose({ transactions, customers }, sampleAnalysis().params);
  if (diagnosis.analysisDate === null) return { ok: false, error: { code: 'no-analysis-date' } };
  const content = samplePlanContent({
    language, figures: diagnosis.figures, analysisDate: diagnosis.analysisDate, today, shareOfWalletA: shareOfWalletOfA(diagnosis.customers),
    segments: {
      classA: segmentFigures(diagnosis, { kind: 'abc', key: 'A' }).figures,
      opponents: segmentFigures(diagnosis, { kind: 'type', key: 'opositor' }).figures,
    },
  });
  return { ok: true, value: { content, datasets, analysisDate: epochDayToIso(diagnosis.analysisDate) } };
}

/** What the diagnosis step stores beside a confirmed file (see `DiagnosisSession.commitDraft`). */
function storedSettings(result: ImportResult, kind: DatasetKind, today: EpochDay, language: Language): SampleDataset['settings'] {
  const options = confirmedOptions(result.detected, kind, today, language);
  return { options, counts: result.counts, header: result.header };
}
