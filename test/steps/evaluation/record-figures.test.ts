import { describe, it, expect } from 'vitest';
import { restoreSection, type PlanSection, type SectionName } from '../../../src/domain/plan-sections';
import { pendingFigureMeasurements, recordDiagnosisFigures } from '../../../src/steps/evaluation/record-figures';
import type { Kpi } from '../../../src/domain/evaluation/kpi';

/** A plan's sections in memory, read and written as the plan editor does. */
function memoryEditor(sections: Record<string, unknown>) {
  const writes: unknown[] = [];
  return {
    writes,
    section<N extends SectionName>(name: N): PlanSection<N> {
      return restoreSection(name, sections[name]);
    },
    editSection(name: SectionName, value: unknown) {
      sections[name] = structuredClone(value);
      writes.push(value);
    },
  };
}

const kpi = (id: string, changes: Partial<Kpi>): Kpi => ({
  id, name: '', unit: 'customers', baseline: 400, target: 500, direction: 'raise', startDate: '2026-01-31',
  deadline: '2026-12-31', owner: '', measurements: [], ...changes,
});

describe('recordDiagnosisFigures', () => {
  it('records each new figure as a measurement of the KPI following it and saves the step', () => {
    const editor = memoryEditor({ evaluation: { kpis: [kpi('active', { metric: 'active_customers' }), kpi('own', {})], roi: [] } });
    const figures = { active_customers: 430, churn_rate: 0.2 };
    expect(pendingFigureMeasurements(editor, figures, '2026-06-30').map((p) => p.kpiId)).toEqual(['active']);
    expect(editor.writes).toHaveLength(0);

    const recorded = recordDiagnosisFigures(editor, figures, '2026-06-30', 'ventas-junio.csv');
    expect(recorded).toEqual([
      { kpiId: 'active', metric: 'active_customers', measurement: { date: '2026-06-30', value: 430, note: 'ventas-junio.csv' }, baseline: 400 },
    ]);
    const saved = editor.section('evaluation');
    expect(saved.kpis[0].measurements).toEqual([{ date: '2026-06-30', value: 430, note: 'ventas-junio.csv' }]);
    expect(saved.kpis[1].measurements).toEqual([]);
  });

  it('saves nothing when no KPI follows the figures, or they were recorded already', () => {
    const editor = memoryEditor({ evaluation: { kpis: [kpi('active', { metric: 'active_customers' })] } });
    expect(recordDiagnosisFigures(editor, { revenue: 1000 }, '2026-06-30')).toEqual([]);
    recordDiagnosisFigures(editor, { active_customers: 430 }, '2026-06-30');
    expect(recordDiagnosisFigures(editor, { active_customers: 430 }, '2026-06-30')).toEqual([]);
    expect(editor.writes).toHaveLength(1);
  });

  it('reads a plan without step 6 as having no KPIs', () => {
    const editor = memoryEditor({});
    expect(recordDiagnosisFigures(editor, { active_customers: 430 }, '2026-06-30')).toEqual([]);
    expect(editor.writes).toHaveLength(0);
  });
});
