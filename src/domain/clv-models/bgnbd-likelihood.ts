import { fail, type ClvResult } from './result';

/** BG/NBD parameters: purchase rates λ ~ Gamma(shape r, rate α), dropout p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Repeat purchases x, time of last purchase t_x and age T per customer (an `RfmSummary` fits). */
export interface RepeatPurchaseData {
  length: number;
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/**
 * The data ready for repeated evaluation: customers with x = 0 merged by T (they only need T),
 * the others kept one by one with indexes into the distinct T and t_x values, so that each
 * evaluation takes one logarithm per distinct value rather than per customer.
 */
export interface GroupedRepeatData {
  customers: number;
  repeatBuyers: number;
  maxX: number;
  zeroT: Float64Array;
  zeroWeight: Float64Array;
  x: Uint32Array;
  tIndex: Uint32Array;
  txIndex: Uint32Array;
  tValues: Float64Array;
  txValues: Float64Array;
}

/** Checks and groups the data; `bad-input` names the first customer whose x, t_x or T is impossible. */
export function groupRepeatData(data: RepeatPurchaseData): ClvResult<GroupedRepeatData> {
  const zero = new Map<number, number>();
  const tIds = new Map<number, number>();
  const txIds = new Map<number, number>();
  const id = (ids: Map<number, number>, v: number) => {
    let k = ids.get(v);
    if (k === undefined) ids.set(v, (k = ids.size));
    return k;
  };
  const xs: number[] = [];
  const tIndex: number[] = [];
  const txIndex: number[] = [];
  let maxX = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data.x[i];
    const tx = data.tx[i];
    const T = data.T[i];
    if (!(Number.isInteger(x) && x >= 0 && Number.isFinite(T) && T >= 0)) return fail('bad-input', { customer: i });
    if (x === 0) {
      zero.set(T, (zero.get(T) ?? 0) + 1);
      continue;
    }
    if (!(tx >= 0 && tx <= T)) return fail('bad-input', { customer: i });
    maxX = Math.max(maxX, x);
    xs.push(x);
    tIndex.push(id(tIds, T));
    txIndex.push(id(txIds, tx));
  }
  return {
    ok: true,
    value: {
      customers: data.length,
      repeatBuyers: xs.length,
      maxX,
      zeroT: Float64Array.from(zero.keys()),
      zeroWeight: Float64Array.from(zero.values()),
      x: Uint32Array.from(xs),
      tIndex: Uint32Array.from(tIndex),
      txIndex: Uint32Array.from(txIndex),
      tValues: Float64Array.from(tIds.keys()),
      txValues: Float64Array.from(txIds.keys()),
    },
  };
}

/**
 * BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), summed over customers:
 * L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x))
 *   + [x > 0] · B(a+1, b+x−1)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+t_x)^(r+x)).
 * The gamma and beta ratios of integer steps are sums of logarithms (Γ(r+x)/Γ(r) = Π (r+k)).
 * When `gradient` is given, it receives ∂LL/∂(ln r, ln α, ln a, ln b).
 */
export function bgnbdLogLikelihood(params: BgNbdParams, data: GroupedRepeatData, gradient?: Float64Array): number {
  const { r, alpha, a, b } = params;
  const m = data.maxX;
  // lr[x] = ln Γ(r+x)/Γ(r), lab[x] = ln Γ(b+x)Γ(a+b) / (Γ(b)Γ(a+b+x)), their derivatives; dead[x] = ln a/(b+x−1).
  const lr = new Float64Array(m + 1);
  const dr = new Float64Array(m + 1);
  const lab = new Float64Array(m + 1);
  const da = new Float64Array(m + 1);
  const db = new Float64Array(m + 1);
  const dead = new Float64Array(m + 1);
  for (let k = 0; k < m; k++) {
    dead[k + 1] = Math.log(a / (b + k));
    lr[k + 1] = lr[k] + Math.log(r + k);
    dr[k + 1] = dr[k] + 1 / (r + k);
    lab[k + 1] = lab[k] + Math.log((b + k) / (a + b + k));
    da[k + 1] = da[k] - 1 / (a + b + k);
    db[k + 1] = db[k] + 1 / (b + k) - 1 / (a + b + k);
  }
  const logT = data.tValues.map((T) => Math.log(alpha + T));
  const logTx = data.txValues.map((tx) => Math.log(alpha + tx));
  const logAlpha = Math.log(alpha);

  let ll = 0;
  let gr = 0, gAlpha = 0, ga = 0, gb = 0;
  for (let j = 0; j < data.zeroT.length; j++) {
    const w = data.zeroWeight[j];
    const lt = Math.log(alpha + data.zeroT[j]);
    ll += w * r * (logAlpha - lt);
    gr += w * (logAlpha - lt);
    gAlpha += w * r * (1 / alpha - 1 / (alpha + data.zeroT[j]));
  }
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i];
    const T = data.tValues[data.tIndex[i]];
    const tx = data.txValues[data.txIndex[i]];
    const lt = logT[data.tIndex[i]];
    const ltx = logTx[data.txIndex[i]];
    const alive = -(r + x) * lt;
    const died = dead[x] - (r + x) * ltx;
    const top = Math.max(alive, died);
    const gap = Math.exp(-Math.abs(alive - died));
    ll += lr[x] + r * logAlpha + lab[x] + top + Math.log(1 + gap);
    if (!gradient) continue;
    const pDead = alive >= died ? gap / (1 + gap) : 1 / (1 + gap);
    gr += dr[x] + logAlpha - (1 - pDead) * lt - pDead * ltx;
    gAlpha += r / alpha - (r + x) * ((1 - pDead) / (alpha + T) + pDead / (alpha + tx));
    ga += da[x] + pDead / a;
    gb += db[x] - pDead / (b + x - 1);
  }
  if (gradient) {
    gradient[0] = r * gr;
    gradient[1] = alpha * gAlpha;
    gradient[2] = a * ga;
    gradient[3] = b * gb;
  }
  return ll;
}
