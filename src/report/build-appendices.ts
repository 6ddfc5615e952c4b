import { AT_RISK_LAG, ON_TRACK_LAG } from '../domain/evaluation/progress';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { AnalysisParams } from '../domain/metrics/params';
import { effectiveEntries, type CleaningLogEntry } from '../domain/quality/cleaning-log';
import { FIGURE_GROUPS } from '../domain/metrics/figure-groups';
import type { ReportDataset } from './report-datasets';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { bold, heading, right } from './report-parts';
import type { Words } from '../i18n/words';

function paramRows(params: AnalysisParams, diagnosis: Diagnosis | null, words: Words): ReportCell[][] {
  const t = diagnosis?.analysisDate ?? null;
  const date = params.analysisDate !== null
    ? words.longDay(params.analysisDate)
    : t !== null ? words.t('report.param.analysisDateAuto', { date: words.longDay(t) }) : words.t('report.param.notSet');
  const margin = diagnosis?.figures.margin_rate ?? params.margin;
  const churnNote = diagnosis?.notes.find((n) => n.code === 'churn-source');
  return [
    [bold(words.t('report.param.analysisDate')), date],
    [bold(words.t('report.param.periodMonths')), words.t('report.param.months', { n: params.periodMonths })],
    [bold(words.t('report.param.margin')), margin === null || margin === undefined ? words.t('report.param.notSet') : words.percent(margin)],
    [bold(words.t('report.param.discountRate')), words.percent(params.discountRate)],
    [bold(words.t('report.param.abcThresholds')), `A ≤ ${words.percent(params.abcThresholds[0], 0)} · B ≤ ${words.percent(params.abcThresholds[1], 0)}`],
    ...(churnNote ? [[bold(words.t('report.param.churn')), words.note(churnNote)]] : []),
    [bold(words.t('report.param.marketSize')), params.marketSize === null ? words.t('report.param.notSet') : words.count(params.marketSize)],
  ];
}

/** Appendix A: the analysis parameters, every figure's formula, and the formulas of the follow-up. */
export function methodAppendix(params: AnalysisParams, diagnosis: Diagnosis | null, words: Words): ReportSection {
  const formulas: ReportCell[][] = FIGURE_GROUPS.flatMap((group) => group.figures.map(({ id }) => [
    bold(words.metricName(id)),
    words.metricText(id, 'formula'),
  ]));
  return {
    id: 'appendix-method',
    number: 'A',
    eyebrow: words.t('report.appendix', { letter: 'A' }),
    title: words.t('report.ap.method'),
    pending: false,
    blocks: [
      { kind: 'paragraph', text: words.t('report.ap.methodIntro') },
      heading('ap-params', words.t('report.ap.params')),
      {
        kind: 'table',
        id: 'params',
        columns: [{ label: words.t('report.col.param'), weight: 40 }, { label: words.t('report.col.value'), weight: 60 }],
        rows: paramRows(params, diagnosis, words),
      },
      heading('ap-formulas', words.t('report.ap.formulas')),
      {
        kind: 'table',
        id: 'formulas',
        columns: [
          { label: words.t('report.col.figure'), weight: 35 },
          { label: words.t('figures.formula'), weight: 65 },
        ],
        rows: formulas,
      },
      heading('ap-plan-formulas', words.t('report.ap.planFormulas')),
      {
        kind: 'list',
        items: [
          words.t('report.formula.progress'),
          words.t('report.formula.status', { onTrack: Math.round(ON_TRACK_LAG * 100), atRisk: Math.round(AT_RISK_LAG * 100) }),
          words.t('report.formula.roi'),
          words.t('report.formula.budget'),
        ],
      },
    ],
  };
}

/** Appendix B: what was normalised, merged and corrected in the customer base, still in force. */
export function qualityAppendix(log: readonly CleaningLogEntry[], words: Words): ReportSection {
  const entries = effectiveEntries(log);
  return {
    id: 'appendix-quality',
    number: 'B',
    eyebrow: words.t('report.appendix', { letter: 'B' }),
    title: words.t('report.ap.quality'),
    pending: false,
    blocks: [
      { kind: 'paragraph', text: words.t('report.ap.qualityIntro') },
      {
        kind: 'table',
        id: 'quality-log',
        columns: [
          { label: words.t('report.col.date'), weight: 14 },
          { label: words.t('report.col.stage'), weight: 20 },
          { label: words.t('report.col.change'), weight: 30 },
          { label: words.t('report.col.rows'), align: 'right', weight: 12 },
          { label: words.t('report.col.cells'), align: 'right', weight: 12 },
          { label: words.t('report.col.records'), align: 'right', weight: 12 },
        ],
        rows: entries.map((e) => [
          words.shortDate(e.at.slice(0, 10)),
          words.t(`report.stage.${e.stage}`),
          [words.t(`report.cleaning.${e.action}`), e.column ?? ''].filter(Boolean).join(': '),
          right(words.count(e.rows), e.rows),
          right(words.count(e.cells), e.cells),
          right(e.recordsDelta > 0 ? `+${words.count(e.recordsDelta)}` : words.count(e.recordsDelta), e.recordsDelta),
        ]),
      },
    ],
  };
}

/** Appendix C: each imported file's columns and the meaning each was given on import. */
export function dictionaryAppendix(datasets: readonly ReportDataset[], number: string, words: Words): ReportSection {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: words.t('report.ap.dictionaryIntro') }];
  if (datasets.length === 0) blocks.push({ kind: 'pending', text: words.t('report.ap.noData') });
  for (const dataset of datasets) {
    const fieldOf = new Map(Object.entries(dataset.mapping).map(([field, index]) => [index, field]));
    blocks.push(
      heading(`ap-dictionary-${dataset.kind}`, words.t('report.dataset.heading', { kind: words.t(`report.dataset.${dataset.kind}`), name: dataset.fileName })),
      {
        kind: 'table',
        id: `dictionary-${dataset.kind}`,
        columns: [{ label: '', weight: 8 }, { label: words.t('report.col.column'), weight: 42 }, { label: words.t('report.col.meaning'), weight: 50 }],
        rows: dataset.header.map((name, i) => {
          const field = fieldOf.get(i);
          return [
            `${i + 1}`,
            bold(name.trim() || '—'),
            field ? words.lookup(`column.${dataset.kind}`, field) : { text: words.t('report.notUsed'), tone: 'muted' },
          ];
        }),
      },
    );
  }
  return { id: 'appendix-dictionary', number, eyebrow: words.t('report.appendix', { letter: number }), title: words.t('report.ap.dictionary'), pending: false, blocks };
}

/**
 * The one annex: method and formulas, the predictive models (when the plan asks for them), the
 * data-quality log (when the base was cleaned) and the data dictionary, each under its heading.
 */
export function annexSection(parts: readonly ReportSection[], extra: { id: string; title: string; blocks: ReportBlock[] }[], words: Words): ReportSection {
  const [method, ...rest] = parts;
  const demoted = (blocks: readonly ReportBlock[]): ReportBlock[] => blocks.map((b) => (b.kind === 'heading' ? { kind: 'subheading', text: b.text } : b));
  const part = (id: string, title: string, blocks: readonly ReportBlock[]): ReportBlock[] => [heading(id, title), ...demoted(blocks)];
  return {
    id: 'appendix-method',
    number: '',
    eyebrow: words.t('report.appendix', { letter: '' }).trim(),
    title: words.t('document.annex'),
    pending: false,
    blocks: [
      ...part('ap-method', method.title, method.blocks),
      ...extra.flatMap((e) => part(e.id, e.title, e.blocks)),
      ...rest.flatMap((section) => part(`ap-${section.id}`, section.title, section.blocks)),
    ],
  };
}
