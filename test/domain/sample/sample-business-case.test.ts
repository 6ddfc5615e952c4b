import { beforeAll, describe, expect, it } from 'vitest';
import { planBusinessCase, type PlanBusinessCase } from '../../../src/domain/business/plan-business-case';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { epochDay } from '../../../src/domain/dates';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { buildSampleBundle } from '../../../src/domain/sample/sample-bundle';
import { sampleAnalysis } from '../../../src/domain/sample/sample-plan';

const TODAY = epochDay(2026, 5, 20);
let result: PlanBusinessCase;

beforeAll(() => {
  const built = buildSampleBundle({ language: 'es', today: TODAY });
  if (!built.ok) throw new Error(built.error.code);
  const tables = Object.fromEntries(built.value.datasets.map((d) => {
    const read = importCsv(d.text, { today: TODAY, language: 'es', kind: d.kind });
    if (!read.ok) throw new Error(d.kind);
    return [d.kind, read.value.data];
  }));
  const transactions = tables.transactions.kind === 'transactions' ? tables.transactions.transactions : null;
  const customers = tables.customers.kind === 'customers' ? tables.customers.customers : null;
  const diagnosis = diagnose({ transactions, customers }, sampleAnalysis().params);
  const { objectives, implementation, strategies } = built.value.content.sections;
  result = planBusinessCase({
    objectives: objectives.specific, horizonEnd: objectives.horizonEnd, actions: implementation.actions,
    strategies: strategies.strategies, diagnosis, settings: { optimisticReach: 1.2 }, today: '2026-05-20',
  });
}, 60_000);

describe('the sample plan\'s business case', () => {
  it('values churn and active customers by formula and counts only the larger, as they count the same customers', () => {
    const [churn, , active] = result.lines;
    expect(churn.result).toMatchObject({ ok: true, source: 'formula', flag: 'none' });
    expect(active.result).toMatchObject({ ok: true, source: 'formula', flag: 'none' });
    const larger = churn.result.ok && active.result.ok && active.result.value > churn.result.value ? active : churn;
    const smaller = larger === active ? churn : active;
    expect([larger.counted, smaller.counted, smaller.overlappedBy]).toEqual([true, false, larger.objective.id]);
  });

  it('carries the planner\'s typed value and reasoning for share of wallet and opositores', () => {
    for (const line of [result.lines[1], result.lines[3]]) {
      expect(line.result).toMatchObject({ ok: true, source: 'typed', flag: 'none' });
      expect(line.result.ok && line.result.source === 'typed' && line.result.reason.length).toBeGreaterThan(60);
      expect(line.counted).toBe(true);
    }
  });

  it('sets a positive value against the 8.400 € budget, with an ROI and a payback month inside the horizon', () => {
    expect(result.budget).toBe(8400);
    expect(result.value).toBeGreaterThan(result.budget);
    expect(result.roi).toBeCloseTo((result.value - 8400) / 8400, 12);
    expect(result.paybackMonths).toBeGreaterThanOrEqual(1);
    expect(result.paybackMonths).toBeLessThanOrEqual(result.horizon.months);
    expect(result.gaps).toEqual([]);
  });
});
