import { epochDayToIso, type EpochDay } from '../domain/dates';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import { localeOf } from '../i18n/words';
import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, unlockText, type DiagnosisOption } from './base-option';
import { chartWords, type ChartLocale } from './chart-text';
import type { ChartOutcome } from './chart-types';
import { PRIMARY, SECONDARY } from './palette';

/** `2025-12` as words: «diciembre de 2025» (long) or «dic 25» (short, for the axis). */
function monthFormat(language: 'es' | 'en', style: 'long' | 'short'): (month: string) => string {
  const format = new Intl.DateTimeFormat(localeOf(language), {
    month: style, year: style === 'long' ? 'numeric' : '2-digit', timeZone: 'UTC',
  });
  return (month) => {
    const [y, m] = month.split('-').map(Number);
    return format.format(new Date(Date.UTC(y, m - 1, 1))).replace('.', '');
  };
}

/** The day of the month T falls on when T is not its month's last day (the last month is partial); else null. */
export function partialLastDay(t: EpochDay | null): number | null {
  if (t === null) return null;
  const [, month] = epochDayToIso(t).split('-');
  const [, nextMonth] = epochDayToIso(t + 1).split('-');
  return month === nextMonth ? Number(epochDayToIso(t).slice(8)) : null;
}

/**
 * Revenue (bars, left axis) and active customers (line, right axis) per calendar month up to T.
 * A last month cut short by T is drawn pale, starred on the axis and named in the reading, so that
 * a few days of sales do not read as a collapse.
 */
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
  const long = monthFormat(words.language, 'long');
  const short = monthFormat(words.language, 'short');
  const partialDay = partialLastDay(diagnosis.analysisDate);
  const axisLabel = (month: string, i: number) => `${short(month)}${partialDay !== null && i === last ? '*' : ''}`;

  const option: DiagnosisOption = {
    ...baseOption(),
    grid: grid(56, 8),
    legend: { top: 0, left: 0, itemGap: 12 },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: months, axisLabel: { hideOverlap: true, formatter: axisLabel }, axisTick: { alignWithLabel: true } },
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
        data: revenue.map((value, i) =>
          partialDay !== null && i === last ? { value, itemStyle: { color: PRIMARY, opacity: 0.35, borderColor: PRIMARY, borderWidth: 1, borderType: 'dashed' } } : value,
        ),
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
      reading: [
        words.t('monthly.reading', {
          peak: long(months[peak]),
          peakRevenue: words.moneyWhole(revenue[peak]),
          last: long(months[last]),
          customers: words.count(activeCustomers[last]),
        }),
        partialDay !== null ? words.t('monthly.partial', { month: long(months[last]), day: partialDay }) : '',
      ].filter(Boolean).join(' '),
      units: [words.t('monthly.units', { currency: words.currency }), partialDay !== null ? words.t('monthly.partialMark', { day: partialDay }) : '']
        .filter(Boolean).join('; '),
      table: {
        columns: [words.t('monthly.month'), words.t('monthly.revenue'), words.t('monthly.customers')],
        rows: months.map((m, i) => [
          { text: `${long(m)}${partialDay !== null && i === last ? ` ${words.t('monthly.partialCell', { day: partialDay })}` : ''}`, value: i },
          words.moneyCell(revenue[i]),
          words.countCell(activeCustomers[i]),
        ]),
      },
    },
  };
}
