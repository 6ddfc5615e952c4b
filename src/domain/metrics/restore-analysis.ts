import { DEFAULT_PARAMS, sanitizeParams, type AnalysisParams } from './params';

/** The plan's `analysis` section: the parameters the diagnosis was last computed with. */
export interface AnalysisSection {
  params: AnalysisParams;
}

/** Stored or imported data → a usable section: unknown keys dropped, bad values back to defaults. */
export function restoreAnalysis(raw: unknown): AnalysisSection {
  const stored = typeof raw === 'object' && raw !== null ? (raw as { params?: unknown }).params : undefined;
  const candidate: Record<string, unknown> = { ...DEFAULT_PARAMS };
  if (typeof stored === 'object' && stored !== null) {
    for (const key of Object.keys(DEFAULT_PARAMS)) {
      if (key in stored) candidate[key] = (stored as Record<string, unknown>)[key];
    }
  }
  return { params: sanitizeParams(candidate as unknown as AnalysisParams).params };
}
