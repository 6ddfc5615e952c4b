import { assignAbc } from './assign-abc';
import { assignPyramid } from './assign-pyramid';
import { assignRfm } from './assign-rfm';
import { assignTypes } from './assign-types';
import { assignValue } from './assign-value';
import type { CustomerContext, FigureGroup } from './figure-group';

/** Every per-customer classification, adding its counts and hints to `out`. */
export function classifyCustomers(ctx: CustomerContext, out: FigureGroup) {
  return {
    pyramid: assignPyramid(ctx, out),
    rfm: assignRfm(ctx, out),
    abc: assignAbc(ctx, out),
    types: assignTypes(ctx, out),
    value: assignValue(ctx, out),
  };
}

export type CustomerClasses = ReturnType<typeof classifyCustomers>;
