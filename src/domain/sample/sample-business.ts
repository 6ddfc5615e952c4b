import { epochDay, type EpochDay } from '../dates';

/**
 * The fictitious business of the sample plan: «Panaderías Trigo y Sal», three bakeries in
 * Burgos with a loyalty card («Tarjeta Amiga»), a web shop for orders and a phone line.
 * Every name, address and figure here is invented.
 */

export const SAMPLE_COMPANY = 'Panaderías Trigo y Sal';

/** The three bakeries, each with the postal codes of the customers it mostly serves. */
export const SHOPS = [
  { name: 'Centro', postalCodes: ['09003', '09004', '09005'] },
  { name: 'Gamonal', postalCodes: ['09006', '09007'] },
  { name: 'San Pedro', postalCodes: ['09001', '09002'] },
] as const;

/** Where customers live: the city's postal codes, and a few villages around it. */
export const TOWNS = [
  { name: 'Burgos', postalCodes: ['09001', '09002', '09003', '09004', '09005', '09006', '09007'], weight: 88 },
  { name: 'Villagonzalo Pedernales', postalCodes: ['09195'], weight: 5 },
  { name: 'Villalbilla de Burgos', postalCodes: ['09196'], weight: 4 },
  { name: 'Sarracín', postalCodes: ['09620'], weight: 3 },
] as const;

/** Street names as a clerk writes them on the card form: `C/`, `Avda.`, `Pza.`, `Pº`. */
export const STREETS = [
  'C/ Vitoria', 'Avda. del Cid', 'C/ Santander', 'Avda. de la Paz', 'C/ San Pedro de Cardeña', 'Avda. Reyes Católicos',
  'C/ Madrid', 'C/ Santiago', 'Pza. Mayor', 'C/ Lavaderos', 'Avda. Eladio Perlado', 'C/ Calzadas', 'Pº del Espolón',
  'C/ Progreso', 'C/ Laín Calvo', 'Avda. de Cantabria', 'C/ Juan de Padilla', 'C/ Federico Martínez Varea',
  'C/ Francisco Sarmiento', 'Avda. Castilla y León', 'C/ San Francisco', 'C/ Pablo Casals', 'Pza. de Vega',
  'C/ Clunia', 'C/ Duque de Frías',
];

export type SaleChannel = 'tienda' | 'web' | 'teléfono';

/** What the bakeries sell, with a price range per line and the usual cost share of a line. */
export interface Category {
  name: string;
  price: readonly [number, number];
  costShare: number;
}

export const CATEGORIES = {
  bread: { name: 'Pan', price: [1.2, 6.5], costShare: 0.34 },
  pastries: { name: 'Bollería', price: [2.2, 9.5], costShare: 0.38 },
  cakes: { name: 'Pastelería', price: [6, 26], costShare: 0.4 },
  coffee: { name: 'Cafetería', price: [1.6, 7.5], costShare: 0.26 },
  orders: { name: 'Tartas por encargo', price: [24, 65], costShare: 0.42 },
  roscon: { name: 'Roscón de Reyes', price: [16, 34], costShare: 0.37 },
  christmas: { name: 'Dulces navideños', price: [8, 28], costShare: 0.45 },
} as const satisfies Record<string, Category>;

export type CategoryKey = keyof typeof CATEGORIES;

/** Written the way the card form's drop-down lists them. */
export const ORIGINS = ['Tienda', 'Web', 'Recomendación', 'Redes sociales', 'Sorteo Instagram', 'Feria de Muestras'];
export const PAYMENT_METHODS = ['Tarjeta', 'Efectivo', 'Bizum'];

/**
 * Reasons former customers gave, in the words the shop staff wrote them, with the seed's
 * reference shares of each kind (indifference 68 %, variety 10 %, price 9 %, a friend's
 * recommendation 5 %, changing needs 4 %, moving 3 %, death 1 %).
 */
export const CHURN_REASONS: readonly { weight: number; texts: readonly string[] }[] = [
  { weight: 68, texts: ['Indiferencia', 'Indiferencia, sin motivo concreto', 'Desinterés', 'Se sintió desatendido'] },
  { weight: 10, texts: ['Busca variedad', 'Quiere probar otras panaderías'] },
  { weight: 9, texts: ['Precio', 'Encuentra el pan más barato en el súper'] },
  { weight: 5, texts: ['Recomendación de un amigo', 'Un amigo le recomendó otra panadería'] },
  { weight: 4, texts: ['Cambio de necesidades', 'Ya no necesita encargos'] },
  { weight: 3, texts: ['Mudanza', 'Cambio de domicilio a otra ciudad'] },
  { weight: 1, texts: ['Fallecimiento'] },
];

/**
 * The campaigns that had started between two days: each year's roscón campaign (from
 * 1 December of the year before), «Tarjeta Amiga» (from 1 March) and summer (from 1 July).
 */
export function campaignsBetween(from: EpochDay, to: EpochDay): string[] {
  const year = (day: EpochDay) => new Date(day * 86_400_000).getUTCFullYear();
  const names: string[] = [];
  for (let y = year(from); y <= year(to) + 1; y++) {
    const starts: [string, EpochDay][] = [
      [`Roscón ${y}`, epochDay(y - 1, 12, 1)], [`Tarjeta Amiga ${y}`, epochDay(y, 3, 1)], [`Verano ${y}`, epochDay(y, 7, 1)],
    ];
    for (const [name, start] of starts) if (start >= from && start <= to) names.push(name);
  }
  return names;
}
