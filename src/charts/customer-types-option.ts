import type { CustomerType } from '../domain/metrics/customer-types';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { MetricId } from '../domain/metric-ids';
import { AXIS_NAME_STYLE, baseOption, grid, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { HEAT, INK } from './palette';
import type { CustomerSelection } from './selection';

/** Each type's place: x 0 low / 1 high satisfaction, y 0 not loyal / 1 loyal (seed 000). */
const QUADRANTS: readonly { type: CustomerType; metric: MetricId; satisfied: 0 | 1; loyal: 0 | 1 }[] = [
  { type: 'prescriptor', metric: 'type_prescriptor', satisfied: 1, loyal: 1 },
  { type: 'cautivo', metric: 'type_cautivo', satisfied: 0, loyal: 1 },
  { type: 'mercenario', metric: 'type_mercenario', satisfied: 1, loyal: 0 },
  { type: 'opositor', metric: 'type_opositor', satisfied: 0, loyal: 0 },
];

/** Customer types: satisfaction × loyalty quadrants with the customers in each. */
export function customerTypesChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t('types.title');
  const counts = QUADRANTS.map((q) => diagnosis.figures[q.metric]);
  const total = counts.reduce<number>((s, n) => s + (n ?? 0), 0);
  if (counts.some((n) => n === undefined) || total === 0) {
    return { ok: false, id: 'types', title, reason: unlockText(words, diagnosis.unavailable.type_prescriptor) };
  }
  const near = new Map<CustomerType, number>();
  for (const c of diagnosis.customers) if (c.type !== null && c.nearTypeBorder) near.set(c.type, (near.get(c.type) ?? 0) + 1);
  const nearTotal = diagnosis.figures.type_near_border ?? 0;
  const rows = QUADRANTS.map((q, i) => ({
    ...q,
    count: counts[i]!,
    share: counts[i]! / total,
    near: near.get(q.type) ?? 0,
    name: words.t(`types.${q.type}`),
  }));
  const top = rows.reduce((best, r) => (r.count > best.count ? r : best));
  const opositor = rows.find((r) => r.type === 'opositor')!;
  const most = Math.max(1, ...rows.map((r) => r.count));

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(28, 8),
    tooltip: { show: false },
    xAxis: {
      type: 'category',
      data: [words.t('types.lowSatisfaction'), words.t('types.highSatisfaction')],
      name: words.t('types.xAxis'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: AXIS_NAME_STYLE,
    },
    yAxis: {
      type: 'category',
      data: [words.t('types.notLoyal'), words.t('types.loyal')],
      name: words.t('types.yAxis'),
      nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
      axisLabel: { width: 70, overflow: 'break' },
    },
    visualMap: { show: false, type: 'continuous', min: 0, max: most, inRange: { color: HEAT }, dimension: 2 },
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
        emphasis: { itemStyle: { borderColor: INK, borderWidth: 2 } },
        label: { show: true, fontSize: 13, lineHeight: 18 },
        data: rows.map((r) => ({
          value: [r.satisfied, r.loyal, r.count],
          label: {
            formatter:
              `{b|${r.name}}\n${words.count(r.count)} (${words.percent(r.share, 0)})` +
              (r.near > 0 ? `\n{s|${words.t('types.nearLabel', { n: words.count(r.near) })}}` : ''),
            color: r.count / most > 0.55 ? '#ffffff' : INK,
            rich: { b: { fontWeight: 700, fontSize: 14 }, s: { fontSize: 11 } },
          },
        })),
      },
    ],
  };

  return {
    ok: true,
    chart: {
      id: 'types',
      option,
      title,
      reading: [
        words.t('types.reading', {
          type: top.name,
          share: words.percent(top.share, 0),
          opositores: words.count(opositor.count),
          opositorShare: words.percent(opositor.share, 0),
        }),
        nearTotal > 0 ? words.t('types.readingBorder', { n: words.count(nearTotal), share: words.percent(nearTotal / total, 0) }) : '',
      ].join(' ').trim(),
      units: words.t('unit.customers'),
      table: {
        columns: [
          words.t('types.type'), words.t('types.xAxis'), words.t('types.yAxis'), words.t('unit.customers'), words.t('types.share'),
          words.t('types.nearBorder'),
        ],
        rows: [
          ...rows.map((r) => [
            r.name,
            words.t(r.satisfied ? 'types.high' : 'types.low'),
            words.t(r.loyal ? 'types.yes' : 'types.no'),
            words.countCell(r.count, r.metric),
            words.percentCell(r.share),
            words.countCell(r.near),
          ]),
          [words.t('types.borderRow'), '—', '—', words.countCell(nearTotal, 'type_near_border'), words.percentCell(nearTotal / total), '—'],
        ],
        selections: [...rows.map((r): CustomerSelection => ({ kind: 'type', type: r.type })), nearTotal > 0 ? { kind: 'type-border' } : null],
      },
      select: (click) =>
        click.componentType === 'series' && click.dataIndex !== undefined ? { kind: 'type', type: rows[click.dataIndex].type } : null,
    },
  };
}
