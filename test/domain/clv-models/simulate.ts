/** Seeded generators for the CLV-model tests and bench: BG/NBD purchase histories, Gamma-Gamma spends. */
import type { TransactionTable } from '../../../src/domain/dataset';
import type { BgNbdParams } from '../../../src/domain/clv-models/bgnbd';
import type { GammaGammaParams } from '../../../src/domain/clv-models/gamma-gamma';
import { mulberry32 } from '../../../src/domain/sample/mulberry32';

export type Random = () => number;

/** Uniform in [0, 1), from a seed: the sample business's generator. */
export const seededRandom: (seed: number) => Random = mulberry32;

function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000), with the u^(1/shape) boost below shape 1. */
export function gammaVariate(random: Random, shape: number, rate: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1, rate) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export function betaVariate(random: Random, a: number, b: number): number {
  const x = gammaVariate(random, a, 1);
  return x / (x + gammaVariate(random, b, 1));
}

/**
 * One BG/NBD customer from the first purchase at time 0, observed over (0, T]: repeat purchases
 * at rate λ ~ Gamma(r, α); after each one the customer drops out with probability p ~ Beta(a, b).
 * Returns the repeat purchase times.
 */
export function simulateCustomer(random: Random, params: BgNbdParams, T: number): number[] {
  const lambda = gammaVariate(random, params.r, params.alpha);
  const p = betaVariate(random, params.a, params.b);
  const times: number[] = [];
  let t = 0;
  for (;;) {
    t += -Math.log(1 - random()) / lambda;
    if (t > T) return times;
    times.push(t);
    if (random() < p) return times;
  }
}

/** x, t_x, T per customer straight from the generative process (continuous time). */
export function simulateRepeatData(random: Random, params: BgNbdParams, ages: number[]) {
  const x = new Float64Array(ages.length);
  const tx = new Float64Array(ages.length);
  const T = Float64Array.from(ages);
  ages.forEach((age, i) => {
    const times = simulateCustomer(random, params, age);
    x[i] = times.length;
    tx[i] = times.length > 0 ? times[times.length - 1] : 0;
  });
  return { length: ages.length, x, tx, T };
}

/** Mean of x spends of one customer: ν ~ Gamma(q, γ), each spend ~ Gamma(p, ν). */
export function simulateMeanSpend(random: Random, params: GammaGammaParams, x: number): number {
  const nu = gammaVariate(random, params.q, params.gamma);
  let sum = 0;
  for (let k = 0; k < x; k++) sum += gammaVariate(random, params.p, nu);
  return sum / x;
}

export interface SimulatedShop {
  params: BgNbdParams;
  spend: GammaGammaParams;
  customers: number;
  /** First purchases fall uniformly on days firstDay … firstDay + acquisitionDays − 1. */
  firstDay: number;
  acquisitionDays: number;
  /** Histories run to this day, included. */
  lastDay: number;
  /** Days per time unit of `params` (7 for weekly rates). */
  unitDays: number;
}

/**
 * A transaction table from the BG/NBD process: purchase at continuous time t (days after the
 * first) is booked on day first + ⌈t⌉; each purchase's amount ~ Gamma(p, ν) of the customer.
 */
export function simulateTable(random: Random, shop: SimulatedShop): TransactionTable {
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let c = 0; c < shop.customers; c++) {
    const first = shop.firstDay + Math.floor(random() * shop.acquisitionDays);
    const nu = gammaVariate(random, shop.spend.q, shop.spend.gamma);
    const times = simulateCustomer(random, shop.params, (shop.lastDay - first) / shop.unitDays);
    for (const t of [0, ...times]) {
      customer.push(c);
      day.push(first + Math.ceil(t * shop.unitDays));
      amount.push(gammaVariate(random, shop.spend.p, nu));
    }
  }
  return {
    length: customer.length,
    customerIds: Array.from({ length: shop.customers }, (_, c) => `C${c}`),
    customer: Uint32Array.from(customer),
    day: Int32Array.from(day),
    amount: Float64Array.from(amount),
    order: new Int32Array(customer.length).fill(-1),
    margin: null,
    channel: null,
    channels: [],
  };
}
