import type { ChartLocale } from '../charts/chart-text';
import { CHART_WIDTH, DIAGNOSIS_CHARTS } from '../charts/diagnosis-charts';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { Plan } from '../domain/plan';
import { FIGURE_GROUPS } from '../domain/metrics/figure-groups';
import type { ReportDataset } from './report-datasets';
import type { ChartBlock, ReportBlock, ReportCell, ReportSection } from './report-model';
import { answerBlocks, bold, heading, stepSection } from './report-parts';
import type { Words } from '../i18n/words';

/** The figure groups of step 1 as tables: name, value (or why it is missing), what it measures and its formula. */
export function figureTables(diagnosis: Diagnosis, words: Words): ReportBlock[] {
  return FIGURE_GROUPS.flatMap((group) => {
    const rows: ReportCell[][] = group.figures.map(({ id, kind }) => {
      const value = diagnosis.figures[id];
      const hint = diagnosis.unavailable[id];
      // What it measures here; its formula is in the annex, once.
      const explain = `metric.${id}.explain`;
      const how = [words.has(explain) ? words.doc(explain) : ''];
      if (value === undefined && hint) how.push(words.unlock(hint));
      return [
        bold(words.metricName(id)),
        value === undefined
          ? { text: words.t('report.notAvailable'), align: 'right', tone: 'muted' }
          : { text: words.figure(value, kind), align: 'right', bold: true, value, metric: id },
        how.join('\n'),
      ];
    });
    return [
      { kind: 'subheading' as const, text: words.lookup('group', group.id) },
      {
        kind: 'table' as const,
        id: `figures-${group.id}`,
        columns: [
          { label: words.t('report.col.figure'), weight: 30 },
          { label: words.t('report.col.value'), align: 'right' as const, weight: 20 },
          { label: words.t('report.col.how'), weight: 50 },
        ],
        rows,
      },
    ];
  });
}

/** The diagnosis charts the data allows, in the order of step 1, and those it does not: the screen's list and builders. */
export function diagnosisCharts(diagnosis: Diagnosis, locale: ChartLocale): { charts: ChartBlock[]; missing: { title: string; reason: string }[] } {
  const charts: ChartBlock[] = [];
  const missing: { title: string; reason: string }[] = [];
  for (const entry of DIAGNOSIS_CHARTS) {
    const outcome = entry.build(diagnosis, locale, {});
    if (!outcome.ok) {
      missing.push({ title: outcome.title, reason: outcome.reason });
      continue;
    }
    const { id, title, reading, units, option } = outcome.chart;
    charts.push({ kind: 'chart', id, title, reading, ...(units && { units }), option, aspect: entry.height(diagnosis) / CHART_WIDTH });
  }
  return { charts, missing };
}

function basisBlocks(diagnosis: Diagnosis, datasets: readonly ReportDataset[], words: Words): ReportBlock[] {
  const notes: string[] = [];
  if (diagnosis.period) {
    notes.push(words.t('note.period', {
      from: words.longDay(diagnosis.period.current.first),
      to: words.longDay(diagnosis.period.current.last),
    }));
  }
  notes.push(...diagnosis.notes.map((n) => words.note(n, words.longDay)));
  const files = datasets.map((d) =>
    words.t('report.dx.file', { name: d.fileName, rows: d.rows === null ? '—' : words.count(d.rows), date: words.longDate(d.importedAt.slice(0, 10)) }));
  return [
    heading('dx-basis', words.t('report.dx.basis')),
    {
      kind: 'paragraph',
      text: words.t('figures.basis', { rows: words.count(diagnosis.basis.rowsUsed), customers: words.count(diagnosis.basis.customers) }),
    },
    ...(notes.length > 0 ? [{ kind: 'list' as const, items: notes }] : []),
    ...(files.length > 0 ? [{ kind: 'subheading' as const, text: words.t('report.dx.files') }, { kind: 'list' as const, items: files }] : []),
  ];
}

/**
 * Step 1: how the figures were obtained, every figure with what it measures, the charts and the
 * planner's answers (formulas and the predictive models are in the annex).
 */
export function diagnosisSection(
  plan: Plan,
  diagnosis: Diagnosis | null,
  datasets: readonly ReportDataset[],
  words: Words,
): ReportSection {
  const answers = answerBlocks(plan, 'diagnosis', words);
  const blocks: ReportBlock[] = [];
  if (diagnosis) {
    blocks.push(...basisBlocks(diagnosis, datasets, words));
    blocks.push(heading('dx-figures', words.t('report.dx.figures')), ...figureTables(diagnosis, words));
    const { charts, missing } = diagnosisCharts(diagnosis, { language: words.language, currency: words.currency });
    if (charts.length > 0 || missing.length > 0) blocks.push(heading('dx-charts', words.t('report.dx.charts')), ...charts);
    if (missing.length > 0) {
      blocks.push(
        { kind: 'subheading', text: words.t('report.dx.chartsMissing') },
        { kind: 'list', items: missing.map((m) => `${m.title}: ${m.reason}`) },
      );
    }
  } else {
    blocks.push({ kind: 'pending', text: words.t('report.pending.diagnosis') });
  }
  blocks.push(heading('dx-answers', words.t('report.dx.answers')));
  blocks.push(...(answers.length > 0 ? answers : [{ kind: 'pending' as const, text: words.t('report.pending.answers') }]));
  return stepSection('diagnosis', words, blocks, diagnosis !== null || answers.length > 0);
}
