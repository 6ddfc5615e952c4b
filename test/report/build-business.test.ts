import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { createObjective } from '../../src/domain/objectives/objective';
import { createPlan, type Plan } from '../../src/domain/plan';
import { planSections } from '../../src/domain/plan-sections';
import { businessSection, businessSummaryBlocks } from '../../src/report/build-business';
import type { ReportBlock, TableBlock } from '../../src/report/report-model';
import { day, transactionTable } from '../domain/metrics/tables';
import { WORKED_EXAMPLE } from '../domain/metrics/worked-example';

const diagnosis = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31') });

function plan(budget: number): Plan {
  const base = createPlan({ name: 'P', company: 'Sol', sector: '', currency: 'EUR', language: 'es' }, 'p1', new Date('2026-01-01T00:00:00Z'));
  const churn = { ...createObjective({ id: 'o1', metric: 'churn_rate', figures: diagnosis.figures, asOf: '2025-12-31' }), target: 0.2 };
  const wallet = createObjective({ id: 'o2', metric: 'share_of_wallet', figures: diagnosis.figures, asOf: '2025-12-31' });
  base.sections = {
    objectives: { general: {}, specific: [churn, wallet], horizonEnd: '2026-12-31' },
    strategies: { strategies: [{ id: 's1', family: 'retention', name: 'Club', segments: [], objectiveIds: ['o1'], channels: [] }] },
    implementation: { actions: [{ id: 'a1', strategyId: 's1', name: 'Club', owner: '', start: '2026-01-01', end: '2026-03-01', budget, status: 'planned' }] },
  };
  return base;
}

const input = (stored: Plan) => ({ plan: stored, sections: planSections(stored), diagnosis, today: '2026-01-01' });
const keyFigures = (blocks: ReportBlock[]) => blocks.find((b): b is Extract<ReportBlock, { kind: 'key-figures' }> => b.kind === 'key-figures')!.items;
const table = (blocks: ReportBlock[], id: string) => blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id)!;

describe('the business case in the documents', () => {
  it('gives the summary the four figures of the worked example: 31,11 € of value for 20 € of budget, ROI 55,6 %', () => {
    const blocks = businessSummaryBlocks(input(plan(20)));
    expect(blocks[0]).toEqual({ kind: 'subheading', text: 'Caso de negocio' });
    const figures = keyFigures(blocks);
    expect(figures.map((f) => f.metric)).toEqual(['business_value', 'business_budget', 'business_roi', 'business_payback_months']);
    expect(figures[0].raw).toBeCloseTo(31.1142857, 6);
    expect(figures[2].raw).toBeCloseTo(0.5557142857, 9);
    expect(figures[3]).toMatchObject({ raw: 8, value: 'Mes 8' });
    expect(blocks.some((b) => b.kind === 'paragraph' && /Sin valor todavía: O2 · Cuota de cliente/.test(b.text))).toBe(true);
  });

  it('writes its own chapter: chart from the screen\'s builder, every formula in words, the three scenarios', () => {
    const section = businessSection(input(plan(20)));
    expect(section).toMatchObject({ id: 'business', title: 'Caso de negocio', pending: false });
    expect(section.blocks.find((b) => b.kind === 'chart')).toMatchObject({ id: 'business-case', title: 'Valor esperado y presupuesto por objetivo' });
    const objectives = table(section.blocks, 'business-objectives');
    const [churn, wallet] = objectives.rows;
    expect(churn[1]).toMatch(/^0,05 × 4 clientes activos × 155,57\s€ \(valor de vida actualizado\) = 31\s€$/);
    expect(churn[2]).toMatchObject({ metric: 'objective_value' });
    expect((wallet[1] as { text: string }).text).toMatch(/no tiene fórmula/);
    const scenarios = table(section.blocks, 'business-scenarios');
    expect(scenarios.rows.map((r) => (r[1] as { value: number }).value / (churn[2] as { value: number }).value)).toEqual([0.5, 1, 1.2]);
  });

  it('says what is missing without a budget, and gives no ROI', () => {
    const blocks = businessSummaryBlocks(input(plan(0)));
    expect(keyFigures(blocks).map((f) => f.metric)).toEqual(['business_value', 'business_budget']);
    expect(blocks).toContainEqual({ kind: 'pending', text: expect.stringMatching(/^Aún no hay presupuesto/) });
  });
});
