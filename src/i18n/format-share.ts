import type { Language } from '../domain/plan';
import { formatPercent } from './format';

/**
 * A share as a percentage that never reads as all or nothing unless it is: 7,032 of 7,043
 * filled shows «99,8 %», not «100 %» beside «11 vacías». One or two more decimals where whole
 * numbers would round to 0 % or 100 %.
 */
export function formatShareExact(share: number, language: Language): string {
  if (share <= 0 || share >= 1) return formatPercent(share, language, 0);
  for (const digits of [0, 1, 2]) {
    const whole = 100 * 10 ** digits;
    const scaled = Math.round(share * whole);
    if (scaled !== 0 && scaled !== whole) return formatPercent(scaled / whole, language, digits);
  }
  return formatPercent(share < 0.5 ? 0.0001 : 0.9999, language, 2);
}
