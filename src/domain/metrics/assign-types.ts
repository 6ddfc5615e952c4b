import { ACTIVE } from './aggregate';
import { customerType, CUSTOMER_TYPES, inferScaleMax, isHigh, loyalByBehaviour, type CustomerType } from './customer-types';
import type { CustomerContext, FigureGroup } from './figure-group';
import type { MetricId } from '../metric-ids';

const TYPE_IDS: readonly MetricId[] = CUSTOMER_TYPES.map((type) => `type_${type}` as MetricId);

/**
 * Customer types for the people with a satisfaction score: high satisfaction is ≥ the share
 * of the scale's maximum (typed or inferred); loyalty from the loyalty column (yes/no, or a score
 * judged like satisfaction on its own inferred scale), else from behaviour.
 */
export function assignTypes(ctx: CustomerContext, out: FigureGroup): (CustomerType | null)[] {
  const { attributes, agg, params } = ctx;
  const types = new Array<CustomerType | null>(ctx.size).fill(null);
  if (!attributes) {
    out.missing(TYPE_IDS, { code: 'needs-dataset', dataset: 'customers' });
    return types;
  }
  if (!attributes.mapped.has('satisfaction')) {
    out.missing(TYPE_IDS, { code: 'needs-column', dataset: 'customers', field: 'satisfaction' });
    return types;
  }
  const hasLoyalty = attributes.mapped.has('loyalty');
  if (!hasLoyalty && !agg) {
    out.missing(TYPE_IDS, { code: 'needs-column', dataset: 'customers', field: 'loyalty' });
    return types;
  }
  const scale = params.satisfactionScaleMax ?? inferScaleMax(attributes.satisfaction);
  const loyaltyScale = inferScaleMax(attributes.loyaltyScore);
  if (scale === null || attributes.satisfaction.every(Number.isNaN)) {
    out.missing(TYPE_IDS, { code: 'no-values' });
    return types;
  }
  out.note({ code: 'satisfaction-scale', max: scale, inferred: params.satisfactionScaleMax === null });
  out.note({ code: 'loyalty-source', source: hasLoyalty ? 'column' : 'behaviour' });
  const counts: Record<CustomerType, number> = { prescriptor: 0, cautivo: 0, mercenario: 0, opositor: 0 };
  for (let u = 0; u < ctx.size; u++) {
    const satisfaction = attributes.satisfaction[u];
    if (Number.isNaN(satisfaction)) continue;
    let loyal: boolean | null = null;
    if (attributes.loyal[u] >= 0) loyal = attributes.loyal[u] === 1;
    else if (loyaltyScale !== null && !Number.isNaN(attributes.loyaltyScore[u])) {
      loyal = isHigh(attributes.loyaltyScore[u], loyaltyScale, params.satisfactionHighShare);
    } else if (agg) loyal = loyalByBehaviour((agg.flags[u] & ACTIVE) !== 0, agg.currentOrders[u]);
    if (loyal === null) continue;
    const type = customerType(isHigh(satisfaction, scale, params.satisfactionHighShare), loyal);
    types[u] = type;
    counts[type]++;
  }
  CUSTOMER_TYPES.forEach((type, k) => (out.figures[TYPE_IDS[k]] = counts[type]));
  return types;
}
