import { epochDayToIso } from '../../domain/dates';
import type { DiagnosisView } from '../../state/diagnosis-context';

/** The date the diagnosis figures refer to: its analysis date, else the day it was computed, else `fallback`. */
export function diagnosisDate(view: DiagnosisView, fallback: string): string {
  const day = view.diagnosis?.analysisDate;
  if (day !== null && day !== undefined) return epochDayToIso(day);
  return view.computedAt?.slice(0, 10) ?? fallback;
}
