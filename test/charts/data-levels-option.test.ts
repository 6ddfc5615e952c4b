import { describe, expect, it } from 'vitest';
import { dataLevelsChart, levelsFromFigures } from '../../src/charts/data-levels-option';
import { cellText, cellValue, drawn, emptyDiagnosis, norm, type Loose } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;
const levels = { atLeast: [100, 90, 70, 45, 20, 8] };

describe('dataLevelsChart', () => {
  it('draws the customers at each level or above, with what the level enables', () => {
    const chart = drawn(dataLevelsChart(levels, es));
    const option = chart.option as Loose;
    expect(option.series[0].data.map((x: Loose) => x.value)).toEqual([90, 70, 45, 20, 8]);
    expect(option.xAxis.data[0]).toBe('Nivel 1\nMailing');
    expect(option.xAxis.data[4]).toBe('Nivel 5\nMedir la fidelidad');
    expect(chart.table.rows.map((r) => cellValue(r[2]))).toEqual([90, 70, 45, 20, 8]);
    expect(chart.table.rows.map((r) => cellValue(r[3]))).toEqual([0.9, 0.7, 0.45, 0.2, 0.08]);
    expect(chart.table.rows.map((r) => typeof r[2] !== 'string' && r[2].metric)).toEqual([
      'data_level_1', 'data_level_2', 'data_level_3', 'data_level_4', 'data_level_5',
    ]);
    expect(cellText(chart.table.rows[3][1])).toBe('ROI por campaña');
  });

  it.each([
    [es, 'El 90 % de los clientes tiene datos para hacer mailing (nivel 1) y el 8 % llega al nivel 5, el que permite medir la fidelidad.'],
    [en, '90% of customers have the data for mailing (level 1) and 8% reach level 5, which lets you measure loyalty.'],
  ] as const)('reads mailing and loyalty coverage (%s)', (locale, reading) => {
    expect(norm(drawn(dataLevelsChart(levels, locale)).reading)).toBe(reading);
  });

  it('selects a level only when each customer’s level is known', () => {
    expect(drawn(dataLevelsChart(levels, es)).table.selections).toEqual([null, null, null, null, null]);
    const chart = drawn(dataLevelsChart(levels, es, true));
    expect(chart.select!({ componentType: 'series', dataIndex: 1 })).toEqual({ kind: 'data-level', level: 2 });
  });

  it('is missing without a customers file', () => {
    expect(dataLevelsChart(null, en)).toMatchObject({ ok: false, reason: 'Needs the customers file.' });
    expect(dataLevelsChart({ atLeast: [0, 0, 0, 0, 0, 0] }, en).ok).toBe(false);
  });
});

describe('levelsFromFigures', () => {
  const figures = { customers_total: 120, data_level_1: 90, data_level_2: 70, data_level_3: 45, data_level_4: 20, data_level_5: 8 };

  it('counts over the rows of the customers file, where there is one', () => {
    const d = emptyDiagnosis({ figures, basis: { ...emptyDiagnosis().basis, customerFileRows: 100 } });
    expect(levelsFromFigures(d)).toEqual({ atLeast: [100, 90, 70, 45, 20, 8] });
  });

  it('counts over every customer otherwise, and gives nothing without levels', () => {
    expect(levelsFromFigures(emptyDiagnosis({ figures }))?.atLeast[0]).toBe(120);
    expect(levelsFromFigures(emptyDiagnosis({ figures: { customers_total: 5 } }))).toBeNull();
  });
});

describe('dataLevelsChart, levels at 0 %', () => {
  it('points to the part of step 1 that names the missing column', () => {
    const chart = drawn(dataLevelsChart({ atLeast: [10, 0, 0, 0, 0, 0] }, { language: 'es', currency: 'EUR' }));
    expect(norm(chart.reading)).toBe(
      'El 0 % de los clientes tiene datos para hacer mailing (nivel 1) y el 0 % llega al nivel 5, el que permite medir la fidelidad. Para cada nivel al 0 %, «Calidad de la base» dice qué columna falta para subirlo.',
    );
    expect(norm(drawn(dataLevelsChart({ atLeast: [10, 9, 8, 7, 6, 5] }, { language: 'es', currency: 'EUR' })).reading)).not.toContain('Calidad de la base');
  });
});
