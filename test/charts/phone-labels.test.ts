import { describe, expect, it } from 'vitest';
import { dataLevelsChart } from '../../src/charts/data-levels-option';
import { ganttChart, ganttHeight, NARROW_TOP } from '../../src/charts/gantt-option';
import { QUADRANT_LINE, valueMatrixChart } from '../../src/charts/value-matrix-option';
import type { Action } from '../../src/domain/implementation/action';
import { customer, drawn, emptyDiagnosis, type Loose } from './fixtures';

/** Labels that must not run into each other at 375 px: what the builders do about it. */
describe('chart labels at phone width', () => {
  it.each(['es', 'en'] as const)('value matrix: each quadrant name on short lines, its count below (%s)', (language) => {
    const d = emptyDiagnosis({
      customers: [customer('a', { clv: 100, strategicValue: 10 }), customer('b', { clv: 200, strategicValue: 50 }), customer('c', { clv: 10, strategicValue: 40 }), customer('d', { clv: 20, strategicValue: 5 })],
    });
    const labels = ((drawn(valueMatrixChart(d, { language, currency: 'EUR' })).option as Loose).series[1].data as Loose[]).map((p) => p.label.formatter as string);
    expect(labels).toHaveLength(4);
    for (const label of labels) {
      const lines = label.split('\n');
      expect(lines.at(-1)).toBe('1');
      expect(lines.slice(0, -1).filter((line) => line.length > QUADRANT_LINE && line.includes(' ')), label).toEqual([]);
    }
    if (language === 'es') expect(labels[0]).toBe('Valor alto,\nmucho por\nganar\n1');
  });

  it('data levels: on a phone the axis names only the level; the use stays in the table', () => {
    const chart = drawn(dataLevelsChart({ atLeast: [100, 90, 70, 45, 20, 8] }, { language: 'es', currency: 'EUR' }));
    const option = chart.option as Loose;
    const narrow = option.media.find((m: Loose) => m.query.maxWidth <= 480).option;
    expect((option.xAxis.data as string[]).map((name) => narrow.xAxis.axisLabel.formatter(name))).toEqual(['Nivel 1', 'Nivel 2', 'Nivel 3', 'Nivel 4', 'Nivel 5']);
    expect(option.xAxis.data[1]).toBe('Nivel 2\nTelemarketing');
    expect(chart.table.rows.map((r) => r[1])).toEqual(['Mailing', 'Telemarketing', 'Segmentar', 'ROI por campaña', 'Medir la fidelidad']);
  });

  it('Gantt: on a phone the rows start below a three-line legend, and the chart grows to keep their height', () => {
    const action = (id: string, strategyId: string): Action => ({ id, strategyId, name: id, owner: '', start: '2026-03-01', end: '2026-03-09', budget: 0, status: 'planned' });
    const families = ['acquisition', 'retention', 'extension', 'recovery'] as const;
    const strategies = families.map((family) => ({ id: family, name: family, family }));
    const chart = drawn(ganttChart([...families.map((f) => action(f, f)), action('loose', '')], strategies, 0, { language: 'es', currency: 'EUR' }));
    const option = chart.option as Loose;
    expect(option.legend.data).toHaveLength(5);
    const narrow = option.media.find((m: Loose) => m.query.maxWidth <= 480).option;
    // Two legend items a line on a phone, about 22 px a line, and the «Hoy» label above the rows.
    expect(narrow.grid.top).toBe(NARROW_TOP);
    expect(NARROW_TOP).toBeGreaterThanOrEqual(3 * 22 + 24);
    expect(ganttHeight(5, true) - NARROW_TOP).toBe(ganttHeight(5) - 36);
  });
});
