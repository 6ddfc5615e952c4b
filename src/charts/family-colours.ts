import type { StrategyFamily } from '../domain/strategies/strategy';
import { inkOn, orderedColours } from './palette';

/**
 * The one colour of each strategy family, for its badges and its Gantt bars alike: four steps of
 * viridis, unlike in lightness, so the families stay apart in grey too.
 */
const [acquisition, retention, extension, recovery] = orderedColours(4);
export const FAMILY_COLOURS: Record<StrategyFamily, string> = { acquisition, retention, extension, recovery };

/** Text readable on a family's colour. */
export function familyInk(family: StrategyFamily): string {
  return inkOn(FAMILY_COLOURS[family]);
}
