import { kpiChart } from '../charts/kpi-option';
import { DEFAULT_MARGIN } from '../domain/metrics/params';
import type { Figures } from '../domain/metric-ids';
import type { Action } from '../domain/implementation/action';
import type { Kpi } from '../domain/evaluation/kpi';
import { kpiStatus, type KpiStatus } from '../domain/evaluation/progress';
import type { EvaluationSection } from '../domain/evaluation/restore-evaluation';
import { campaignRoi } from '../domain/evaluation/roi';
import type { ObjectivesSection } from '../domain/objectives/restore-objectives';
import type { Plan } from '../domain/plan';
import { objectiveCode, objectiveName } from './build-objectives';
import { CHART_WIDTH } from '../charts/diagnosis-charts';
import type { CellTone, ReportBlock, ReportCell, ReportSection } from './report-model';
import { answerBlocks, bold, heading, right, stepSection, unitValue } from './report-parts';
import type { Words } from '../i18n/words';

/** Height of a KPI chart at CHART_WIDTH, as on its card in step 6. */
const KPI_CHART_HEIGHT = 240;

const STATUS_TONE: Record<KpiStatus, CellTone | undefined> = {
  achieved: 'ok', 'on-track': 'ok', 'at-risk': 'warn', 'off-track': 'danger', 'no-data': 'muted',
};

/** An indicator's name: its own, its figure's, its control ratio's, or its objective's. */
export function kpiName(kpi: Kpi, objectives: ObjectivesSection, words: Words): string {
  if (kpi.name.trim()) return kpi.name.trim();
  if (kpi.metric) return words.metricName(kpi.metric);
  if (kpi.ratio) return words.t(`report.ratio.${kpi.ratio}`);
  const index = objectives.specific.findIndex((o) => o.id === kpi.objectiveId);
  if (index >= 0) return `${objectiveCode(index)} · ${objectiveName(objectives.specific[index], words)}`;
  return words.t('report.kpi.unnamed');
}

/** The KPI table with each indicator's latest measurement, progress and traffic light. */
export function kpiTable(kpis: readonly Kpi[], objectives: ObjectivesSection, today: string, words: Words, id = 'kpis'): ReportBlock {
  return {
    kind: 'table',
    id,
    columns: [
      { label: words.t('report.col.indicator'), weight: 28 },
      { label: words.t('report.col.baseline'), align: 'right', weight: 13 },
      { label: words.t('report.col.target'), align: 'right', weight: 13 },
      { label: words.t('report.col.latest'), align: 'right', weight: 15 },
      { label: words.t('report.col.progress'), align: 'right', weight: 10 },
      { label: words.t('report.col.status'), weight: 11 },
      { label: words.t('report.col.deadline'), weight: 10 },
    ],
    rows: kpis.map((kpi): ReportCell[] => {
      const status = kpiStatus(kpi, today);
      const latest = status.latest;
      return [
        bold(kpiName(kpi, objectives, words)),
        right(unitValue(kpi.baseline, kpi.unit, words)),
        right(unitValue(kpi.target, kpi.unit, words)),
        right(latest ? `${unitValue(latest.value, kpi.unit, words)}\n${words.shortDate(latest.date)}` : '—'),
        status.progress === null ? right('—') : right(words.percent(status.progress, 0), status.progress),
        { text: words.t(`report.kpi.${status.status}`), tone: STATUS_TONE[status.status], bold: status.status !== 'no-data' },
        words.shortDate(kpi.deadline) || '—',
      ];
    }),
  };
}

function roiTable(section: EvaluationSection, actions: readonly Action[], figures: Figures, words: Words): ReportBlock | null {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const rows = section.roi.flatMap((entry): ReportCell[][] => {
    const action = byId.get(entry.id);
    if (!action || entry.revenue === null) return [];
    const margin = entry.margin ?? figures.margin_rate ?? DEFAULT_MARGIN;
    const cost = entry.cost ?? action.budget;
    const roi = campaignRoi({ revenue: entry.revenue, margin, cost });
    return [[
      bold(action.name.trim() || words.t('report.unnamedAction')),
      right(words.money(entry.revenue), entry.revenue),
      right(words.percent(margin), margin),
      right(words.money(cost), cost),
      roi.ok
        ? { text: words.percent(roi.value.roi, 0), align: 'right', bold: true, tone: roi.value.roi >= 0 ? 'ok' : 'danger', value: roi.value.roi }
        : right('—'),
    ]];
  });
  if (rows.length === 0) return null;
  return {
    kind: 'table',
    id: 'roi',
    columns: [
      { label: words.t('report.col.action'), weight: 32 },
      { label: words.t('report.col.revenue'), align: 'right', weight: 19 },
      { label: words.t('report.col.margin'), align: 'right', weight: 13 },
      { label: words.t('report.col.cost'), align: 'right', weight: 18 },
      { label: words.t('report.col.roi'), align: 'right', weight: 18 },
    ],
    rows,
  };
}

/** Step 6: the approach, the KPIs with their status, and the return of the actions. */
export function evaluationSection(
  plan: Plan,
  section: EvaluationSection,
  objectives: ObjectivesSection,
  actions: readonly Action[],
  figures: Figures,
  today: string,
  words: Words,
): ReportSection {
  const answers = answerBlocks(plan, 'evaluation', words);
  const blocks: ReportBlock[] = [];
  if (answers.length > 0) blocks.push(heading('ev-approach', words.t('report.ev.approach')), ...answers);
  blocks.push(heading('ev-kpis', words.t('report.ev.kpis')));
  if (section.kpis.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: words.t('report.ev.kpisNote', { date: words.longDate(today) }), tone: 'muted' },
      kpiTable(section.kpis, objectives, today, words),
    );
    // Each measured indicator's course against its target and expected pace, as step 6 draws it.
    for (const kpi of section.kpis) {
      const outcome = kpiChart(kpi, kpiName(kpi, objectives, words), { language: words.language, currency: words.currency });
      if (!outcome.ok) continue;
      const { id, title, reading, units, option } = outcome.chart;
      blocks.push({ kind: 'chart', id, title, reading, ...(units && { units }), option, aspect: KPI_CHART_HEIGHT / CHART_WIDTH });
    }
  } else {
    blocks.push({ kind: 'pending', text: words.t('report.pending.kpis') });
  }
  const roi = roiTable(section, actions, figures, words);
  if (roi) blocks.push(heading('ev-roi', words.t('report.ev.roi')), roi);
  return stepSection('evaluation', words, blocks, answers.length > 0 || section.kpis.length > 0 || roi !== null);
}
