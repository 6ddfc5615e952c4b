import { mulberry32 } from './mulberry32';

/** Seeded draws the sample generator needs; one stream, so the same seed gives the same data. */
export interface SampleRandom {
  next(): number;
  chance(probability: number): boolean;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** A number in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
}

export function sampleRandom(seed: number): SampleRandom {
  const next = mulberry32(seed);
  const random: SampleRandom = {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (weights) => {
      let target = next() * weights.reduce((a, b) => a + b, 0);
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i];
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
  return random;
}
