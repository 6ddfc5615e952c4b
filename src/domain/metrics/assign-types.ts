import { ACTIVE } from './aggregate';
import {
  customerType, CUSTOMER_TYPES, inferScaleMax, isHigh, loyalByBehaviour, nearHighLine, nearLoyaltyByBehaviour, type CustomerType,
} from './customer-types';
import type { CustomerContext, FigureGroup } from './figure-group';
import type { MetricId } from '../metric-ids';

const TYPE_IDS: readonly MetricId[] = [...CUSTOMER_TYPES.map((type) => `type_${type}` as MetricId), 'type_near_border'];

export interface CustomerTypes {
  type: (CustomerType | null)[];
  /** 1 where satisfaction or loyalty is near the line between high and low (see `nearHighLine`). */
  nearBorder: Uint8Array;
}

/**
 * Customer types for the people with a satisfaction score: high satisfaction is ≥ the share
 * of the scale's maximum (typed or inferred); loyalty from the loyalty column (yes/no, or a score
 * judged like satisfaction on its own inferred scale), else from behaviour. A yes/no loyalty has
 * no border of its own.
 */
export function assignTypes(ctx: CustomerContext, out: FigureGroup): CustomerTypes {
  const { attributes, agg, params } = ctx;
  const types = new Array<CustomerType | null>(ctx.size).fill(null);
  const nearBorder = new Uint8Array(ctx.size);
  const none = { type: types, nearBorder };
  if (!attributes) {
    out.missing(TYPE_IDS, { code: 'needs-dataset', dataset: 'customers' });
    return none;
  }
  if (!attributes.mapped.has('satisfaction')) {
    out.missing(TYPE_IDS, { code: 'needs-column', dataset: 'customers', field: 'satisfaction' });
    return none;
  }
  const hasLoyalty = attributes.mapped.has('loyalty');
  if (!hasLoyalty && !agg) {
    out.missing(TYPE_IDS, { code: 'needs-column', dataset: 'customers', field: 'loyalty' });
    return none;
  }
  const scale = params.satisfactionScaleMax ?? inferScaleMax(attributes.satisfaction);
  const loyaltyScale = inferScaleMax(attributes.loyaltyScore);
  if (scale === null || attributes.satisfaction.every(Number.isNaN)) {
    out.missing(TYPE_IDS, { code: 'no-values' });
    return none;
  }
  out.note({ code: 'satisfaction-scale', max: scale, inferred: params.satisfactionScaleMax === null });
  out.note({ code: 'loyalty-source', source: hasLoyalty ? 'column' : 'behaviour' });
  const share = params.satisfactionHighShare;
  const counts: Record<CustomerType, number> = { prescriptor: 0, cautivo: 0, mercenario: 0, opositor: 0 };
  let near = 0;
  for (let u = 0; u < ctx.size; u++) {
    const satisfaction = attributes.satisfaction[u];
    if (Number.isNaN(satisfaction)) continue;
    let loyal: boolean | null = null;
    let loyaltyNear = false;
    if (attributes.loyal[u] >= 0) loyal = attributes.loyal[u] === 1;
    else if (loyaltyScale !== null && !Number.isNaN(attributes.loyaltyScore[u])) {
      loyal = isHigh(attributes.loyaltyScore[u], loyaltyScale, share);
      loyaltyNear = nearHighLine(attributes.loyaltyScore[u], loyaltyScale, share);
    } else if (agg) {
      const active = (agg.flags[u] & ACTIVE) !== 0;
      loyal = loyalByBehaviour(active, agg.currentOrders[u]);
      loyaltyNear = nearLoyaltyByBehaviour(active, agg.currentOrders[u]);
    }
    if (loyal === null) continue;
    const type = customerType(isHigh(satisfaction, scale, share), loyal);
    types[u] = type;
    counts[type]++;
    if (loyaltyNear || nearHighLine(satisfaction, scale, share)) {
      nearBorder[u] = 1;
      near++;
    }
  }
  CUSTOMER_TYPES.forEach((type, k) => (out.figures[TYPE_IDS[k]] = counts[type]));
  out.figures.type_near_border = near;
  return { type: types, nearBorder };
}
