import { describe, expect, it } from 'vitest';
import { clvFigures } from '../../../src/domain/clv-models/clv-figures';
import type { BgNbdFit } from '../../../src/domain/clv-models/bgnbd';
import type { GammaGammaFit } from '../../../src/domain/clv-models/gamma-gamma';
import type { HoldoutValidation } from '../../../src/domain/clv-models/holdout';
import { METRIC_IDS } from '../../../src/domain/metric-ids';

const bg: BgNbdFit = {
  params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, logLikelihood: -9582.4,
  converged: true, gradientNorm: 0, iterations: 20, customers: 2357, repeatBuyers: 946,
};
const gg: GammaGammaFit = {
  params: { p: 6.25, q: 3.74, gamma: 15.44 }, logLikelihood: -4000, converged: true, gradientNorm: 0,
  iterations: 20, repeatBuyers: 946, nonPositiveSpend: 0, frequencySpendCorrelation: 0.1,
};
const holdout = { totalExpected: 1653.4, totalActual: 1882 } as HoldoutValidation;

describe('clvFigures', () => {
  it('puts every model figure under its METRICS.md id', () => {
    const figures = clvFigures(bg, gg, holdout);
    expect(figures).toEqual({
      bgnbd_r: 0.243, bgnbd_alpha: 4.414, bgnbd_a: 0.793, bgnbd_b: 2.426, bgnbd_ll: -9582.4,
      gg_p: 6.25, gg_q: 3.74, gg_gamma: 15.44, holdout_expected: 1653.4, holdout_actual: 1882,
    });
    for (const id of Object.keys(figures)) expect(METRIC_IDS).toContain(id);
  });

  it('leaves out the figures of a missing model', () => {
    expect(clvFigures(null, null, null)).toEqual({});
    expect(Object.keys(clvFigures(bg, null, null))).toEqual(['bgnbd_r', 'bgnbd_alpha', 'bgnbd_a', 'bgnbd_b', 'bgnbd_ll']);
  });
});
