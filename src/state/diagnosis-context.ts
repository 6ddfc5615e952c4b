import { getContext, setContext } from 'svelte';
import type { Figures } from '../domain/metric-ids';
import type { Diagnosis } from '../domain/metrics/diagnosis';

/** The diagnosis of the open plan, as every step reads it (figures for baselines, segments, suggestions). */
export interface DiagnosisView {
  /** Null until data is imported and analysed. */
  readonly diagnosis: Diagnosis | null;
  /** `diagnosis.figures`, or an empty map. */
  readonly figures: Figures;
  /** When the figures were computed (ISO), null without a diagnosis. */
  readonly computedAt: string | null;
}

const KEY = Symbol('diagnosis');

export function setDiagnosisContext(view: DiagnosisView): void {
  setContext(KEY, view);
}

/** Inside a plan page; a component rendered alone (in a test) gets an empty diagnosis. */
export function getDiagnosisContext(): DiagnosisView {
  return getContext<DiagnosisView | undefined>(KEY) ?? { diagnosis: null, figures: {}, computedAt: null };
}
