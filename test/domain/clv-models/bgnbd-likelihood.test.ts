import { describe, expect, it } from 'vitest';
import gammaln from '@stdlib/math-base-special-gammaln';
import { bgnbdLogLikelihood, groupRepeatData, type BgNbdParams } from '../../../src/domain/clv-models/bgnbd-likelihood';
import { seededRandom, simulateRepeatData } from './simulate';

const betaln = (a: number, b: number) => gammaln(a) + gammaln(b) - gammaln(a + b);

/** FHL 2005 eq. 6 term by term with log-gamma and log-beta. */
function directLogLikelihood({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  const common = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) - betaln(a, b);
  const alive = betaln(a, b + x) - (r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const dead = betaln(a + 1, b + x - 1) - (r + x) * Math.log(alpha + tx);
  const top = Math.max(alive, dead);
  return common + top + Math.log(Math.exp(alive - top) + Math.exp(dead - top));
}

const params: BgNbdParams = { r: 0.6, alpha: 3.2, a: 1.4, b: 2.9 };
const random = seededRandom(7);
const ages = Array.from({ length: 400 }, () => Math.floor(random() * 52) + 1);
const data = simulateRepeatData(random, params, ages);
// Every customer twice, so that grouping has something to merge.
const doubled = {
  length: data.length * 2,
  x: Float64Array.from([...data.x, ...data.x]),
  tx: Float64Array.from([...data.tx, ...data.tx]),
  T: Float64Array.from([...data.T, ...data.T]),
};

function grouped(d: typeof data) {
  const g = groupRepeatData(d);
  if (!g.ok) throw new Error(g.error.code);
  return g.value;
}

describe('bgnbdLogLikelihood', () => {
  it.each([
    params,
    { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    { r: 3, alpha: 0.5, a: 0.2, b: 20 },
  ])('equals the sum of the log-gamma form of eq. 6 (%o)', (p) => {
    let expected = 0;
    for (let i = 0; i < doubled.length; i++) expected += directLogLikelihood(p, doubled.x[i], doubled.tx[i], doubled.T[i]);
    expect(bgnbdLogLikelihood(p, grouped(doubled))).toBeCloseTo(expected, 7);
  });

  it('merges customers without repeat purchases by T and lists distinct T and t_x once', () => {
    const g = grouped(doubled);
    expect(g.customers).toBe(800);
    const repeat = Array.from(data.x).filter((x) => x > 0).length;
    expect(g.repeatBuyers).toBe(2 * repeat);
    expect(g.x.length).toBe(2 * repeat);
    expect(g.zeroWeight.reduce((s, w) => s + w, 0)).toBe(800 - 2 * repeat);
    expect(g.zeroT.length).toBe(new Set(Array.from(data.T).filter((_, i) => data.x[i] === 0)).size);
    expect(g.tValues.length).toBe(new Set(Array.from(data.T).filter((_, i) => data.x[i] > 0)).size);
  });

  it('returns the gradient in log-parameters (checked by central differences)', () => {
    const g = grouped(data);
    const gradient = new Float64Array(4);
    bgnbdLogLikelihood(params, g, gradient);
    const names = ['r', 'alpha', 'a', 'b'] as const;
    names.forEach((name, k) => {
      const h = 1e-5;
      const up = { ...params, [name]: params[name] * Math.exp(h) };
      const down = { ...params, [name]: params[name] * Math.exp(-h) };
      const numeric = (bgnbdLogLikelihood(up, g) - bgnbdLogLikelihood(down, g)) / (2 * h);
      expect(gradient[k]).toBeCloseTo(numeric, 4);
    });
  });

  it.each([
    ['a negative x', [-1], [0], [3]],
    ['a fractional x', [1.5], [1], [3]],
    ['t_x beyond T', [2], [4], [3]],
    ['a missing T', [0], [0], [Number.NaN]],
  ])('rejects %s with bad-input and the customer', (_, x, tx, T) => {
    const result = groupRepeatData({ length: 2, x: [0, ...x], tx: [0, ...tx], T: [5, ...T] });
    expect(result).toEqual({ ok: false, error: { code: 'bad-input', customer: 1 } });
  });
});
