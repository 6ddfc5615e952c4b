import { describe, expect, it } from 'vitest';
import { cohortsChart } from '../../src/charts/cohorts-option';
import { cellText, cellValue, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;

const cohorts = [
  { label: '2024-01', size: 10, active: [10, 5, 2], share: [1, 0.5, 0.2] },
  { label: '2024-02', size: 20, active: [20, 6], share: [1, 0.3] },
  { label: '2024-03', size: 5, active: [5], share: [1] },
];
const d = emptyDiagnosis({ cohorts: { unit: 'month', cohorts } });

describe('cohortsChart', () => {
  const chart = drawn(cohortsChart(d, es));
  const option = chart.option as Loose;

  it('draws one row per cohort, oldest on top, and the share back k periods later', () => {
    expect(option.yAxis.data).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.xAxis.data).toEqual(['+1', '+2']);
    expect(option.series[0].data).toEqual([
      [0, 0, 0.5],
      [1, 0, 0.2],
      [0, 1, 0.3],
    ]);
  });

  it('tabulates each cohort’s size and shares, blank where the period has not come', () => {
    expect(chart.table.columns.slice(2)).toEqual(['+1', '+2']);
    expect(chart.table.rows.map((r) => cellValue(r[1]))).toEqual([10, 20, 5]);
    expect(cellValue(chart.table.rows[0][3])).toBe(0.2);
    expect(cellText(chart.table.rows[1][3])).toBe('');
  });

  it.each([
    // (5 + 6) / (10 + 20) = 37 %; the March cohort has no next month yet.
    [es, 'De media, el 37 % de los clientes vuelve a comprar el mes siguiente a su primera compra.'],
    [en, 'On average, 37% of customers buy again in the month after their first purchase.'],
  ] as const)('reads the share back one month later (%s)', (locale, reading) => {
    expect(norm(drawn(cohortsChart(d, locale)).reading)).toBe(reading);
  });

  it('speaks of quarters for quarterly cohorts', () => {
    const q = drawn(cohortsChart(emptyDiagnosis({ cohorts: { unit: 'quarter', cohorts } }), es));
    expect(q.title).toBe('Cohortes: retención por trimestre de la primera compra');
    expect(q.reading).toMatch(/trimestre siguiente/);
  });

  it('is missing with a single period or no purchases', () => {
    const one = emptyDiagnosis({ cohorts: { unit: 'month', cohorts: [cohorts[2]] } });
    expect(cohortsChart(one, es)).toMatchObject({ ok: false, reason: expect.stringMatching(/un solo periodo/) });
    expect(cohortsChart(emptyDiagnosis(), en).ok).toBe(false);
  });
});
