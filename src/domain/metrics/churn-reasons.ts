import { foldText, hasStem } from './text-normalise';

export type ChurnReasonCategory =
  | 'indifference' | 'variety' | 'price' | 'friend-recommendation' | 'changing-needs' | 'moving' | 'death' | 'other';

/** Why customers leave, reference shares of seed 004 (*¿Por qué se pierden clientes?*). */
export const CHURN_REASON_REFERENCE: Readonly<Record<Exclude<ChurnReasonCategory, 'other'>, number>> = {
  indifference: 0.68,
  variety: 0.1,
  price: 0.09,
  'friend-recommendation': 0.05,
  'changing-needs': 0.04,
  moving: 0.03,
  death: 0.01,
};

/** Word stems of each category in Spanish and English, tried in this order (the most specific first). */
const STEMS: readonly [Exclude<ChurnReasonCategory, 'other'>, readonly string[]][] = [
  ['death', ['fallec', 'muert', 'murio', 'defuncion', 'obito', 'death', 'dead ', 'died', 'deceased', 'passed away']],
  ['moving', ['mudanz', 'mudo', 'mude', 'mudamos', 'mudaron', 'mudarse', 'mudad', 'traslad', 'cambio de ubicacion', 'cambio de domicilio', 'cambio de residencia', 'cambio de ciudad', 'otra ciudad', 'ubicacion', 'moved', 'moving', 'relocat', 'location']],
  ['changing-needs', ['necesidad', 'necesit', 'cambio de necesidad', 'evolucion de', 'need', 'no longer']],
  ['friend-recommendation', ['recomend', 'recommend', 'amig', 'friend', 'boca a boca', 'word of mouth', 'referid', 'referr', 'conocido']],
  ['price', ['precio', 'caro ', 'caros ', 'cara ', 'caras ', 'carisim', 'barat', 'price', 'pricing', 'expensive', 'cheap', 'costo', 'coste', 'cost ', 'costs', 'costly', 'tarifa', 'tariff', 'economic']],
  ['variety', ['variedad', 'variety', 'probar', 'novedad', 'cambiar de marca', 'otras marcas', 'otra marca', 'try', 'other brand', 'different brand', 'switch']],
  ['indifference', ['indiferen', 'indifferen', 'desinteres', 'disinterest', 'desatend', 'desatencion', 'no le importa', 'no les importa', 'ignor', 'apatia', 'apathy', 'mala atencion', 'mal servicio', 'mal trato', 'poor service', 'bad service', 'not care', 'didn t care', 'uncaring']],
];

/** The reference category a reason text belongs to, from its keywords; `other` when none matches. */
export function classifyChurnReason(text: string): ChurnReasonCategory {
  const folded = foldText(text);
  return STEMS.find(([, stems]) => hasStem(folded, stems))?.[0] ?? 'other';
}

/** Each customer's reason category (null without a reason); each distinct text is classified once. */
export function churnCategories(texts: readonly (string | null)[]): (ChurnReasonCategory | null)[] {
  const known = new Map<string, ChurnReasonCategory>();
  return texts.map((text) => {
    const folded = text ? foldText(text) : '';
    if (!folded) return null;
    let category = known.get(folded);
    if (category === undefined) known.set(folded, (category = classifyChurnReason(folded)));
    return category;
  });
}

export interface ChurnReasonSummary {
  total: number;
  /** Each reference category and `other`, in the seed's order, with count, share and reference share. */
  categories: { category: ChurnReasonCategory; count: number; share: number; referenceShare: number | null }[];
  /** The reasons as written (first spelling of each folded text), most frequent first. */
  reasons: { text: string; category: ChurnReasonCategory; count: number; share: number }[];
}

/** Counts and shares of the non-empty reasons; empty input gives total 0 and zero shares. */
export function summariseChurnReasons(texts: Iterable<string>): ChurnReasonSummary {
  const byText = new Map<string, { text: string; category: ChurnReasonCategory; count: number }>();
  let total = 0;
  for (const raw of texts) {
    const text = raw.trim();
    const folded = foldText(text);
    if (!folded) continue;
    total++;
    const entry = byText.get(folded);
    if (entry) entry.count++;
    else byText.set(folded, { text, category: classifyChurnReason(text), count: 1 });
  }
  const share = (count: number) => (total > 0 ? count / total : 0);
  const counts = new Map<ChurnReasonCategory, number>();
  for (const { category, count } of byText.values()) counts.set(category, (counts.get(category) ?? 0) + count);
  const order = [...(Object.keys(CHURN_REASON_REFERENCE) as Exclude<ChurnReasonCategory, 'other'>[]), 'other' as const];
  return {
    total,
    categories: order.map((category) => ({
      category,
      count: counts.get(category) ?? 0,
      share: share(counts.get(category) ?? 0),
      referenceShare: category === 'other' ? null : CHURN_REASON_REFERENCE[category],
    })),
    reasons: [...byText.values()]
      .map((r) => ({ ...r, share: share(r.count) }))
      .sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0)),
  };
}
