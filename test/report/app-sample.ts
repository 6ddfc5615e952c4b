import { importCsv } from '../../src/domain/csv/import-csv';
import { isoToEpochDay } from '../../src/domain/dates';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { createPlan, type Language } from '../../src/domain/plan';
import { buildSampleBundle } from '../../src/domain/sample/sample-bundle';
import { sampleAnalysis } from '../../src/domain/sample/sample-plan';
import type { ReportInput } from '../../src/report/build-report';
import { reportDataset } from '../../src/report/report-datasets';

/**
 * «Try an example» as the document gets it: the app's sample plan with every step filled in,
 * its two files read by the import and diagnosed, dated `today`.
 */
export function appSampleInput(language: Language = 'es', today = '2026-05-20'): ReportInput {
  const day = isoToEpochDay(today)!;
  const built = buildSampleBundle({ language, today: day });
  if (!built.ok) throw new Error(`sample: ${built.error.code}`);
  const { content, datasets } = built.value;
  const plan = createPlan(content.plan, 'app-sample', new Date(`${today}T09:00:00Z`));
  plan.fields = { ...content.fields };
  plan.sections = { ...plan.sections, ...content.sections };
  const read = Object.fromEntries(datasets.map((d) => {
    const result = importCsv(d.text, { today: day, language, kind: d.kind });
    if (!result.ok) throw new Error(`sample ${d.kind}: ${result.error.code}`);
    return [d.kind, result.value.data];
  }));
  const transactions = read.transactions?.kind === 'transactions' ? read.transactions.transactions : null;
  const customers = read.customers?.kind === 'customers' ? read.customers.customers : null;
  const diagnosis = diagnose({ transactions, customers }, sampleAnalysis().params);
  return {
    plan,
    diagnosis,
    datasets: datasets.map((d) => reportDataset({ kind: d.kind, fileName: d.fileName, importedAt: `${today}T09:00:00.000Z`, settings: d.settings as unknown as Record<string, unknown> })),
    today,
  };
}
