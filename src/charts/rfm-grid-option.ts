import type { Diagnosis } from '../domain/metrics/diagnosis';
import { RFM_GRID, RFM_SEGMENTS, type RfmSegment } from '../domain/metrics/rfm';
import { AXIS_NAME_STYLE, baseOption, grid, unlockText, wrapWords, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartCell, ChartOutcome } from './chart-types';
import { HEAT, INK } from './palette';
import type { CustomerSelection } from './selection';

export type RfmMeasure = 'customers' | 'revenue';

const SCORES = [1, 2, 3, 4, 5];

/**
 * The RFM grid: recency score (rows, 5 on top) × frequency score (columns), each cell coloured by
 * its customers or its all-history revenue and named with its segment.
 */
export function rfmGridChart(diagnosis: Diagnosis, locale: ChartLocale, measure: RfmMeasure = 'customers'): ChartOutcome<CustomerSelection> {
  const words = chartWords(locale);
  const title = words.t(measure === 'customers' ? 'rfm.titleCustomers' : 'rfm.titleRevenue');
  const g = diagnosis.rfmGrid;
  const customers = g ? g.count.flat().reduce((s, n) => s + n, 0) : 0;
  if (!g || customers === 0) return { ok: false, id: 'rfm', title, reason: unlockText(words, diagnosis.unavailable.rfm_champions) };

  const revenue = g.revenue.flat().reduce((s, n) => s + n, 0);
  const valueAt = (r: number, f: number) => (measure === 'customers' ? g.count[r - 1][f - 1] : g.revenue[r - 1][f - 1]);
  const format = (v: number) => (measure === 'customers' ? words.count(v) : words.compactMoney(v));
  const cells = SCORES.flatMap((r) => SCORES.map((f) => ({ r, f, segment: RFM_GRID[r - 1][f - 1], value: valueAt(r, f) })));
  const values = cells.map((c) => c.value);
  const segmentName = (s: RfmSegment) => words.t(`rfm.segment.${s}`);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  /** White on the dark half of the ramp, ink on the light half. */
  const labelColours = (v: number) => ((v - low) / (high - low) > 0.55 ? { color: '#ffffff' } : { color: INK });

  const bySegment = new Map<RfmSegment, { customers: number; revenue: number }>();
  for (const c of cells) {
    const seg = bySegment.get(c.segment) ?? { customers: 0, revenue: 0 };
    seg.customers += g.count[c.r - 1][c.f - 1];
    seg.revenue += g.revenue[c.r - 1][c.f - 1];
    bySegment.set(c.segment, seg);
  }
  const largest = RFM_SEGMENTS.reduce((best, s) => ((bySegment.get(s)?.customers ?? 0) > (bySegment.get(best)?.customers ?? 0) ? s : best));
  const champions = bySegment.get('champions') ?? { customers: 0, revenue: 0 };

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(28, 8),
    tooltip: { show: false },
    xAxis: {
      type: 'category',
      data: SCORES.map((f) => `F${f}`),
      name: words.t('rfm.xAxis'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: AXIS_NAME_STYLE,
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: SCORES.map((r) => `R${r}`),
      name: words.t('rfm.yAxis'),
      nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
      splitArea: { show: false },
    },
    visualMap: {
      show: false,
      type: 'continuous',
      min: low,
      max: high,
      inRange: { color: HEAT },
      dimension: 2,
    },
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        label: { show: true, fontSize: 10, lineHeight: 12, rich: { n: { fontWeight: 700, fontSize: 12, lineHeight: 15 } } },
        emphasis: { itemStyle: { borderColor: INK, borderWidth: 2 } },
        data: cells.map((c) => ({
          value: [c.f - 1, c.r - 1, c.value],
          label: {
            formatter: `${wrapWords(segmentName(c.segment), 11)}\n{n|${format(c.value)}}`,
            ...labelColours(c.value),
          },
        })),
      },
    ],
    // On a phone each cell is about 45 px wide: smaller names so that they stay inside it.
    media: [
      {
        query: { maxWidth: 420 },
        option: { series: [{ label: { fontSize: 8, lineHeight: 10, rich: { n: { fontSize: 10, lineHeight: 13 } } } }] },
      },
    ],
  };

  const ordered = [...cells].sort((x, y) => y.r - x.r || y.f - x.f);
  const rows: ChartCell[][] = ordered.map((c) => [
    segmentName(c.segment),
    String(c.r),
    String(c.f),
    words.countCell(g.count[c.r - 1][c.f - 1]),
    words.moneyCell(g.revenue[c.r - 1][c.f - 1]),
  ]);

  return {
    ok: true,
    chart: {
      id: 'rfm',
      option,
      title,
      reading: words.t('rfm.reading', {
        segment: segmentName(largest),
        customers: words.count(bySegment.get(largest)!.customers),
        share: words.percent(bySegment.get(largest)!.customers / customers, 0),
        champions: words.percent(revenue > 0 ? champions.revenue / revenue : 0, 0),
      }),
      units: measure === 'customers' ? words.t('unit.customers') : words.t('rfm.unitsRevenue', { currency: words.currency }),
      table: {
        columns: [words.t('rfm.segment'), 'R', 'F', words.t('unit.customers'), words.t('rfm.revenue')],
        rows,
        selections: ordered.map((c) => ({ kind: 'rfm', segment: c.segment })),
      },
      select: (click) =>
        click.componentType === 'series' && click.dataIndex !== undefined ? { kind: 'rfm', segment: cells[click.dataIndex].segment } : null,
    },
  };
}
