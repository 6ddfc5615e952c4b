export interface RoiInput {
  /** Revenue attributable to the campaign or action. */
  revenue: number;
  /** Gross margin share, 0..1. */
  margin: number;
  cost: number;
}

export interface Roi {
  /** (revenue × margin − cost) / cost: 0.5 means each unit spent returned 1.5 in margin. */
  roi: number;
  /** revenue × margin. */
  contribution: number;
  /** contribution − cost. */
  net: number;
}

export type RoiError = 'not-a-number' | 'negative-revenue' | 'margin-out-of-range' | 'negative-cost' | 'zero-cost';

/**
 * Campaign ROI = (attributable revenue × margin − cost) / cost. A zero cost has no ROI
 * ('zero-cost', not a division by zero); the error names the field at fault.
 */
export function campaignRoi(
  input: RoiInput,
): { ok: true; value: Roi } | { ok: false; error: RoiError; field: keyof RoiInput } {
  for (const field of ['revenue', 'margin', 'cost'] as const) {
    if (!Number.isFinite(input[field])) return { ok: false, error: 'not-a-number', field };
  }
  if (input.revenue < 0) return { ok: false, error: 'negative-revenue', field: 'revenue' };
  if (input.margin < 0 || input.margin > 1) return { ok: false, error: 'margin-out-of-range', field: 'margin' };
  if (input.cost < 0) return { ok: false, error: 'negative-cost', field: 'cost' };
  if (input.cost === 0) return { ok: false, error: 'zero-cost', field: 'cost' };
  const contribution = input.revenue * input.margin;
  const net = contribution - input.cost;
  return { ok: true, value: { roi: net / input.cost, contribution, net } };
}
