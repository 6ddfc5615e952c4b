import { ACTIVE, PURCHASED } from './aggregate';
import type { CustomerContext, FigureGroup } from './figure-group';
import { pyramidLevel, pyramidRest, type PyramidLevel } from './pyramid';

/**
 * Each person's pyramid level and the five counts. *Probables* are the typed number when there
 * is one, else the prospects of a status column; *resto del mundo* needs the typed market size.
 * With sales data, the customers with no level are those whose rows up to T are all returns or
 * cancellations (or all after T): `customers_no_purchase`, so that the levels plus it make the total.
 */
export function assignPyramid(ctx: CustomerContext, out: FigureGroup): (PyramidLevel | null)[] {
  const { agg, attributes, params } = ctx;
  const levels = new Array<PyramidLevel | null>(ctx.size);
  const counts = { active: 0, inactive: 0, potential: 0, probable: 0, none: 0 };
  for (let u = 0; u < ctx.size; u++) {
    const flags = agg ? agg.flags[u] : 0;
    const level = pyramidLevel({
      hasTransactions: agg !== null,
      purchased: (flags & PURCHASED) !== 0,
      active: (flags & ACTIVE) !== 0,
      inFile: attributes ? attributes.inFile[u] === 1 : false,
      status: attributes ? attributes.status[u] : null,
      lost: attributes ? attributes.churned[u] === 1 : false,
    });
    levels[u] = level;
    if (level) counts[level]++;
    else counts.none++;
  }
  if (agg) out.figures.customers_no_purchase = counts.none;
  else out.missing(['customers_no_purchase'], { code: 'needs-dataset', dataset: 'transactions' });

  const hasStatus = attributes?.mapped.has('status') ?? false;
  if (agg || hasStatus) {
    out.figures.pyramid_active = counts.active;
    out.figures.pyramid_inactive = counts.inactive;
  } else out.missing(['pyramid_active', 'pyramid_inactive'], { code: 'needs-dataset', dataset: 'transactions' });
  if (attributes) out.figures.pyramid_potential = counts.potential;
  else out.missing(['pyramid_potential'], { code: 'needs-dataset', dataset: 'customers' });
  if (params.probables !== null) {
    out.figures.pyramid_probable = params.probables;
    out.note({ code: 'probables-typed', value: params.probables });
  } else if (hasStatus) out.figures.pyramid_probable = counts.probable;
  else out.missing(['pyramid_probable'], attributes ? { code: 'needs-column', dataset: 'customers', field: 'status' } : { code: 'needs-input', field: 'probables' });

  if (params.marketSize === null) out.missing(['pyramid_rest'], { code: 'needs-input', field: 'marketSize' });
  else {
    const f = out.figures;
    const others = (f.pyramid_active ?? 0) + (f.pyramid_inactive ?? 0) + (f.pyramid_potential ?? 0) + (f.pyramid_probable ?? 0);
    if (params.marketSize < others) out.note({ code: 'market-size-below-pyramid', others });
    out.figures.pyramid_rest = pyramidRest(params.marketSize, others);
  }
  return levels;
}
