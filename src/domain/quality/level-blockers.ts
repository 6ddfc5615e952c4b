import type { LevelLift, LevelRequirement } from './data-levels';

export interface LevelBlockers {
  /** Requirements no customer below the level meets and the file has no column for: adding one lifts the level. */
  columnsToAdd: LevelRequirement[];
  /** Requirements no customer below meets although the file has a column for them (empty or invalid). */
  columnsToFill: LevelRequirement[];
}

/**
 * Why no customer reaches a level (a level at 0 %): the requirements every customer below it
 * lacks, split into those the file has no column for and those whose column is empty or invalid.
 * Null when someone reaches the level.
 */
export function levelBlockers(lift: LevelLift, atLeast: number): LevelBlockers | null {
  if (atLeast > 0 || lift.below === 0) return null;
  const everyone = lift.missing.filter((m) => m.customers === lift.below);
  return {
    columnsToAdd: everyone.filter((m) => !m.mapped).map((m) => m.requirement),
    columnsToFill: everyone.filter((m) => m.mapped).map((m) => m.requirement),
  };
}
