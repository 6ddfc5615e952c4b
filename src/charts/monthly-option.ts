import type { Diagnosis } from '../domain/metrics/diagnosis';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { PRIMARY, SECONDARY } from './palette';

/** Revenue (bars, left axis) and active customers (line, right axis) per calendar month up to T. */
export function monthlyChart(diagnosis: Diagnosis, locale: ChartLocale): ChartOutcome<never> {
  const words = chartWords(locale);
  const title = words.t('monthly.title');
  const series = diagnosis.monthly;
  if (!series || series.months.length === 0) {
    return { ok: false, id: 'monthly', title, reason: unlockText(words, diagnosis.unavailable.revenue ?? { code: 'needs-dataset', dataset: 'transactions' }) };
  }
  const { months, revenue, activeCustomers } = series;
  const peak = revenue.reduce((best, v, i) => (v > revenue[best] ? i : best), 0);
  const last = months.length - 1;
  const many = months.length > 36;

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(56, 8),
    legend: { top: 0, left: 0, itemGap: 12 },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: months, axisLabel: { hideOverlap: true }, axisTick: { alignWithLabel: true } },
    yAxis: [
      {
        type: 'value',
        name: words.t('monthly.revenueAxis', { currency: words.currencySymbol }),
        nameTextStyle: { ...AXIS_NAME_STYLE, align: 'left' },
        axisLabel: { formatter: (v: number) => words.compactMoney(v) },
        splitLine: SPLIT_LINE,
      },
      {
        type: 'value',
        name: words.t('monthly.customersAxis'),
        nameTextStyle: { ...AXIS_NAME_STYLE, align: 'right' },
        axisLabel: { formatter: (v: number) => words.compact(v) },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: words.t('monthly.revenue'),
        barCategoryGap: many ? '10%' : '30%',
        itemStyle: { color: PRIMARY },
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? words.money(v) : '—') },
        data: revenue,
      },
      {
        type: 'line',
        name: words.t('monthly.customers'),
        yAxisIndex: 1,
        showSymbol: !many,
        symbol: 'diamond',
        symbolSize: 7,
        lineStyle: { color: SECONDARY, width: 2.5 },
        itemStyle: { color: SECONDARY },
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? words.count(v) : '—') },
        data: activeCustomers,
      },
    ],
  };

  return {
    ok: true,
    chart: {
      id: 'monthly',
      option,
      title,
      reading: words.t('monthly.reading', {
        peak: months[peak],
        peakRevenue: words.moneyWhole(revenue[peak]),
        last: months[last],
        customers: words.count(activeCustomers[last]),
      }),
      units: words.t('monthly.units', { currency: words.currency }),
      table: {
        columns: [words.t('monthly.month'), words.t('monthly.revenue'), words.t('monthly.customers')],
        rows: months.map((m, i) => [m, words.moneyCell(revenue[i]), words.countCell(activeCustomers[i])]),
      },
    },
  };
}
