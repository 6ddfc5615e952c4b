import type { EpochDay } from '../dates';
import { CATEGORIES, SHOPS, type CategoryKey, type SaleChannel } from './sample-business';
import type { SamplePerson, SamplePeriod } from './sample-people';
import type { SampleRandom } from './sample-random';
import { dayFactor, isRosconSeason, monthAndDay } from './seasonality';

/** One line of a sale as the till exports it; a return repeats its order id, dated later. */
export interface SampleLine {
  orderId: string;
  day: EpochDay;
  customerId: string;
  shop: string;
  channel: SaleChannel;
  category: string;
  amount: number;
  cost: number;
  returned: boolean;
}

interface Order {
  day: EpochDay;
  customerId: string;
  shop: string;
  channel: SaleChannel;
  lines: { category: CategoryKey; amount: number; cost: number }[];
  returnDay: EpochDay | null;
}

/**
 * Every purchase of every buying customer between the period's days: on each day a customer
 * buys with probability 1 − exp(−rate / 7 × dayFactor(day)), so purchases follow the bakery's
 * week and year. `cardOf` says which card a purchase was made with (a customer registered twice
 * uses the newer card after some day). Order ids run in date order, `P-<year>-<number>`.
 */
export function sampleOrders(
  people: readonly SamplePerson[],
  period: SamplePeriod,
  random: SampleRandom,
  cardOf: (person: SamplePerson, day: EpochDay) => string = (p) => p.id,
): SampleLine[] {
  const orders: Order[] = [];
  const factors = Float64Array.from({ length: period.last - period.first + 1 }, (_, k) => dayFactor(period.first + k));
  for (const person of people) {
    if (person.rate <= 0) continue;
    const from = Math.max(person.registered, period.first);
    const to = Math.min(person.stop ?? period.last, period.last);
    for (let day = from; day <= to; day++) {
      if (!random.chance(1 - Math.exp((-person.rate / 7) * factors[day - period.first]))) continue;
      orders.push(newOrder(person, day, cardOf(person, day), period, random));
    }
  }
  orders.sort((a, b) => a.day - b.day || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));

  const lines: SampleLine[] = [];
  const perYear = new Map<number, number>();
  for (const order of orders) {
    const year = new Date(order.day * 86_400_000).getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const orderId = `P-${year}-${String(n).padStart(6, '0')}`;
    const line = (category: CategoryKey, amount: number, cost: number, day: EpochDay, returned: boolean): SampleLine => ({
      orderId, day, customerId: order.customerId, shop: order.shop, channel: order.channel,
      category: CATEGORIES[category].name, amount, cost, returned,
    });
    for (const l of order.lines) lines.push(line(l.category, l.amount, l.cost, order.day, false));
    if (order.returnDay !== null) {
      const first = order.lines[0];
      lines.push(line(first.category, first.amount, first.cost, order.returnDay, true));
    }
  }
  return lines.sort((a, b) => a.day - b.day);
}

function newOrder(person: SamplePerson, day: EpochDay, customerId: string, period: SamplePeriod, random: SampleRandom): Order {
  const r = random.next();
  const channel: SaleChannel = r < person.webShare ? 'web' : r < person.webShare + person.phoneShare ? 'teléfono' : 'tienda';
  const categories = basket(channel, day, random);
  const lines = categories.map((category) => {
    const [min, max] = CATEGORIES[category].price;
    const amount = round2(random.between(min, max));
    return { category, amount, cost: round2(amount * CATEGORIES[category].costShare * random.between(0.9, 1.1)) };
  });
  let returnDay: EpochDay | null = random.chance(channel === 'tienda' ? 0.002 : 0.025) ? day + random.int(1, 3) : null;
  // Returns are taken at the counter, so never on a day the shops are closed.
  if (returnDay !== null && dayFactor(returnDay) === 0) returnDay++;
  if (returnDay !== null && returnDay > period.last) returnDay = null;
  return { day, customerId, shop: SHOPS[person.shop].name, channel, lines, returnDay };
}

/** What goes into one order: bread at the counter, cakes to order on the web, roscón at Twelfth Night. */
function basket(channel: SaleChannel, day: EpochDay, random: SampleRandom): CategoryKey[] {
  const { month, date } = monthAndDay(day);
  const roscon = isRosconSeason(day) ? (month === 1 && date >= 5 ? 0.55 : 0.18) : 0;
  const christmas = month === 12 && date >= 12 ? 0.15 : 0;
  const odds: [CategoryKey, number][] = channel === 'tienda'
    ? [['bread', 0.85], ['pastries', 0.35], ['cakes', 0.1], ['coffee', 0.18], ['roscon', roscon], ['christmas', christmas]]
    : [['orders', 0.6], ['roscon', roscon > 0 ? 0.7 : 0], ['cakes', 0.3], ['bread', 0.2], ['christmas', christmas]];
  const chosen = odds.filter(([, p]) => random.chance(p)).map(([category]) => category);
  return chosen.length > 0 ? chosen : [channel === 'tienda' ? 'bread' : 'orders'];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
