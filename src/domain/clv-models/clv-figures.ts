import type { Figures } from '../metric-ids';
import type { BgNbdFit } from './bgnbd';
import type { GammaGammaFit } from './gamma-gamma';
import type { HoldoutValidation } from './holdout';

/**
 * The model figures under their `data-metric` ids (METRICS.md, "Ids in the app"); a figure whose
 * model is missing is absent.
 */
export function clvFigures(bg: BgNbdFit | null, gg: GammaGammaFit | null, holdout: HoldoutValidation | null): Figures {
  const figures: Figures = {};
  if (bg) {
    figures.bgnbd_r = bg.params.r;
    figures.bgnbd_alpha = bg.params.alpha;
    figures.bgnbd_a = bg.params.a;
    figures.bgnbd_b = bg.params.b;
    figures.bgnbd_ll = bg.logLikelihood;
  }
  if (gg) {
    figures.gg_p = gg.params.p;
    figures.gg_q = gg.params.q;
    figures.gg_gamma = gg.params.gamma;
  }
  if (holdout) {
    figures.holdout_expected = holdout.totalExpected;
    figures.holdout_actual = holdout.totalActual;
  }
  return figures;
}
