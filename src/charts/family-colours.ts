import type { StrategyFamily } from '../domain/strategies/strategy';

/** Each strategy family's colour, as its tag shows it on screen and the documents print it. */
export const FAMILY_TAG_COLOURS: Record<StrategyFamily, string> = {
  acquisition: '#d6e6fb',
  retention: '#d3f2dd',
  extension: '#fdeeb8',
  recovery: '#f9dbe9',
};
