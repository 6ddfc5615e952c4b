import type { Figures } from '../metric-ids';
import type { SpecificObjective } from '../objectives/objective';
import type { Language } from '../plan';

/** The figures of the segments the sample's typed values rest on: class A customers and the opositores. */
export interface SampleSegmentFigures {
  classA?: Figures;
  opponents?: Figures;
}

type Typed = Pick<SpecificObjective, 'plannerValue' | 'plannerReason'>;

const REASONS: Record<Language, {
  wallet: (p: { customers: string; spend: string; points: string; extra: string; margin: string }) => string;
  opponents: (p: { fewer: string; kept: string; clv: string }) => string;
}> = {
  es: {
    wallet: (p) => `Los ${p.customers} clientes A gastan unos ${p.spend} al año en pan y pastelería; ${p.points} puntos más de cuota son ${p.extra} más por cliente, con un ${p.margin} de margen. Redondeado a la centena.`,
    opponents: (p) => `Si la mitad de los ${p.fewer} opositores que dejan de serlo se queda en vez de irse, son ${p.kept} clientes × ${p.clv} de valor de vida cada uno. Redondeado a la centena.`,
  },
  en: {
    wallet: (p) => `The ${p.customers} A customers spend about ${p.spend} a year on bread and pastry; ${p.points} more points of share are ${p.extra} more per customer, at a ${p.margin} margin. Rounded to the hundred.`,
    opponents: (p) => `If half of the ${p.fewer} detractors who stop being so stay instead of leaving, that is ${p.kept} customers × ${p.clv} of lifetime value each. Rounded to the hundred.`,
  },
};

const finite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

/**
 * The value the sample's planner types for the objectives no formula values, and how they got
 * it from the diagnosis: share of wallet of class A (more spend from the same customers, at
 * the margin) and fewer opositores (half of them kept, at their own lifetime value). Nothing
 * when the figures needed are missing.
 */
export function sampleTypedValue(
  key: 'wallet' | 'opponents',
  objective: Pick<SpecificObjective, 'baseline' | 'target'>,
  segments: SampleSegmentFigures,
  language: Language,
): Typed {
  const { baseline, target } = objective;
  if (baseline === null || target === null) return {};
  const money = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-GB', { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 });
  const points = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-GB', { maximumFractionDigits: 1 });
  const hundred = (n: number) => Math.round(n / 100) * 100;
  if (key === 'wallet') {
    const a = segments.classA ?? {};
    const [customers, v, share, margin] = [a.active_customers, a.revenue_per_customer, a.share_of_wallet, a.margin_rate];
    if (!finite(customers) || !finite(v) || !finite(share) || !finite(margin) || share <= 0) return {};
    const spend = v / share;
    const extra = (target - baseline) * spend;
    return {
      plannerValue: hundred(extra * customers * margin),
      plannerReason: REASONS[language].wallet({
        customers: count.format(customers), spend: money.format(spend), points: points.format((target - baseline) * 100),
        extra: money.format(extra), margin: percent.format(margin),
      }),
    };
  }
  const clv = segments.opponents?.clv_discounted;
  if (!finite(clv)) return {};
  const fewer = baseline - target;
  const kept = Math.round(fewer / 2);
  return {
    plannerValue: hundred(kept * clv),
    plannerReason: REASONS[language].opponents({ fewer: count.format(fewer), kept: count.format(kept), clv: money.format(clv) }),
  };
}
