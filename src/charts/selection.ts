import type { AbcClass } from '../domain/metrics/abc';
import type { ChurnReasonCategory } from '../domain/metrics/churn-reasons';
import type { CustomerType } from '../domain/metrics/customer-types';
import type { CustomerResult } from '../domain/metrics/diagnosis';
import type { PyramidLevel } from '../domain/metrics/pyramid';
import type { RfmSegment } from '../domain/metrics/rfm';

/** High or low real value (first) and strategic value (second), split at their medians. */
export type ValueQuadrant = 'high-high' | 'high-low' | 'low-high' | 'low-low';

export const VALUE_QUADRANTS: readonly ValueQuadrant[] = ['high-high', 'low-high', 'high-low', 'low-low'];

/** Medians of real and strategic value over the customers that have both. */
export interface ValueCuts {
  real: number;
  strategic: number;
}

/** What a click on a chart asks to list. */
export type CustomerSelection =
  | { kind: 'pyramid'; level: PyramidLevel }
  | { kind: 'abc'; abc: AbcClass }
  | { kind: 'rfm'; segment: RfmSegment }
  | { kind: 'type'; type: CustomerType }
  /** Typed customers one experience away from another type. */
  | { kind: 'type-border' }
  | { kind: 'churn'; category: ChurnReasonCategory }
  | { kind: 'value'; quadrant: ValueQuadrant; cuts: ValueCuts }
  /** Customers whose data reach this level or above. */
  | { kind: 'data-level'; level: 1 | 2 | 3 | 4 | 5 };

/** The quadrant of one (real, strategic) pair: on the median counts as high. */
export function valueQuadrant(real: number, strategic: number, cuts: ValueCuts): ValueQuadrant {
  return `${real >= cuts.real ? 'high' : 'low'}-${strategic >= cuts.strategic ? 'high' : 'low'}` as ValueQuadrant;
}

/** Real and strategic value of the customers that have both, as two parallel arrays. */
export function valuePoints(customers: readonly CustomerResult[]): { real: Float64Array; strategic: Float64Array } {
  let n = 0;
  for (const c of customers) if (c.clv !== null && c.strategicValue !== null) n++;
  const real = new Float64Array(n);
  const strategic = new Float64Array(n);
  let k = 0;
  for (const { clv, strategicValue } of customers) {
    if (clv === null || strategicValue === null) continue;
    real[k] = clv;
    strategic[k++] = strategicValue;
  }
  return { real, strategic };
}

/**
 * The customers a selection names, in the diagnosis' order. A data-level selection needs each
 * customer's level (`dataLevelOf`); without it nobody matches.
 */
export function selectCustomers(
  customers: readonly CustomerResult[],
  selection: CustomerSelection,
  dataLevelOf?: (id: string) => number | undefined,
): CustomerResult[] {
  switch (selection.kind) {
    case 'pyramid':
      return customers.filter((c) => c.pyramid === selection.level);
    case 'abc':
      return customers.filter((c) => c.abc === selection.abc);
    case 'rfm':
      return customers.filter((c) => c.segment === selection.segment);
    case 'type':
      return customers.filter((c) => c.type === selection.type);
    case 'type-border':
      return customers.filter((c) => c.type !== null && c.nearTypeBorder);
    case 'churn':
      return customers.filter((c) => c.churnCategory === selection.category);
    case 'value':
      return customers.filter(
        (c) => c.clv !== null && c.strategicValue !== null && valueQuadrant(c.clv, c.strategicValue, selection.cuts) === selection.quadrant,
      );
    case 'data-level':
      return dataLevelOf ? customers.filter((c) => (dataLevelOf(c.id) ?? 0) >= selection.level) : [];
  }
}
