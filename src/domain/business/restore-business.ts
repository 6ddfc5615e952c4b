import { DEFAULT_OPTIMISTIC_REACH } from './business-case';

export interface BusinessSettings {
  /** How far the optimistic scenario reaches each target: 1.2 = 120 %. */
  optimisticReach: number;
}

/** The optimistic figure a planner may give: from reaching the targets (100 %) to five times them. */
export const OPTIMISTIC_RANGE = { min: 1, max: 5 } as const;

export function validOptimisticReach(reach: number | null): reach is number {
  return reach !== null && Number.isFinite(reach) && reach >= OPTIMISTIC_RANGE.min && reach <= OPTIMISTIC_RANGE.max;
}

/** The stored settings, or the defaults (120 %) for anything missing or out of range. Never throws. */
export function restoreBusiness(raw: unknown): BusinessSettings {
  const reach = typeof raw === 'object' && raw !== null ? (raw as { optimisticReach?: unknown }).optimisticReach : undefined;
  return { optimisticReach: typeof reach === 'number' && validOptimisticReach(reach) ? reach : DEFAULT_OPTIMISTIC_REACH };
}
