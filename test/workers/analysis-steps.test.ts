import { describe, expect, it } from 'vitest';
import type { CustomerResult } from '../../src/domain/metrics/diagnosis';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { analysisSteps } from '../../src/workers/analysis-steps';
import { CUSTOMERS_PER_PART } from '../../src/workers/diagnosis-protocol';
import type { WorkStep } from '../../src/workers/work-progress';
import { transactionTable, type Row } from '../domain/metrics/tables';

/** `customers` customers with two purchases each, a day apart. */
function rows(customers: number): Row[] {
  return Array.from({ length: customers }, (_, i) => [
    [`C${i}`, '2025-03-01', 10 + (i % 7)],
    [`C${i}`, '2025-03-02', 5],
  ] as Row[]).flat();
}

describe('analysisSteps', () => {
  it('says each part before it starts, with the rows, the customers and how many have been sent', () => {
    const customers = 2 * CUSTOMERS_PER_PART + 5;
    const transactions = transactionTable(rows(customers));
    const sent: CustomerResult[][] = [];
    const steps: WorkStep[] = [];
    const work = analysisSteps({ transactions, customers: null }, DEFAULT_PARAMS, (part) => sent.push(part));
    let next = work.next();
    for (; !next.done; next = work.next()) steps.push(next.value);

    expect(steps).toEqual([
      { stage: 'grouping', done: 0, total: 2 * customers },
      { stage: 'figures', done: 0, total: customers },
      { stage: 'sending', done: 0, total: customers },
      { stage: 'sending', done: CUSTOMERS_PER_PART, total: customers },
      { stage: 'sending', done: 2 * CUSTOMERS_PER_PART, total: customers },
    ]);
    expect(sent.map((part) => part.length)).toEqual([CUSTOMERS_PER_PART, CUSTOMERS_PER_PART, 5]);
    const whole = diagnose({ transactions, customers: null }, DEFAULT_PARAMS);
    expect(sent.flat()).toEqual(whole.customers);
    expect(next.value.customers).toEqual([]);
    expect(next.value.figures).toEqual(whole.figures);
  });

  it('sends nothing more once the work is left at a part (as the worker leaves it when stopped)', () => {
    const transactions = transactionTable(rows(3 * CUSTOMERS_PER_PART));
    const sent: CustomerResult[][] = [];
    const work = analysisSteps({ transactions, customers: null }, DEFAULT_PARAMS, (part) => sent.push(part));
    while (true) {
      const next = work.next();
      if (next.done || (next.value.stage === 'sending' && next.value.done > 0)) break;
    }
    expect(sent).toHaveLength(1);
  });
});
