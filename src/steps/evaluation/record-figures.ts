import { measurementsFromFigures, recordFigureMeasurements, type MeasurementProposal } from '../../domain/evaluation/figure-measurements';
import type { Figures } from '../../domain/metric-ids';
import type { PlanEditor } from '../../state/plan-editor.svelte';

export type SectionEditor = Pick<PlanEditor, 'section' | 'editSection'>;

/**
 * Before/after, as the diagnosis import offers it: the new figures, dated `date` (ISO, the
 * new diagnosis's cut-off date), that would become measurements of the KPIs following them.
 * Nothing is written.
 */
export function pendingFigureMeasurements(editor: SectionEditor, figures: Figures, date: string): MeasurementProposal[] {
  return measurementsFromFigures(editor.section('evaluation').kpis, figures, date);
}

/**
 * Records the new figures as measurements of the KPIs whose metric they are (with `note`,
 * e.g. the file's name) and saves step 6; returns what was recorded (empty: nothing saved).
 * A figure dated on or before a KPI's baseline date, or already recorded, is skipped.
 */
export function recordDiagnosisFigures(editor: SectionEditor, figures: Figures, date: string, note = ''): MeasurementProposal[] {
  const section = editor.section('evaluation');
  const { kpis, recorded } = recordFigureMeasurements(section.kpis, figures, date, note);
  if (recorded.length > 0) editor.editSection('evaluation', { ...section, kpis });
  return recorded;
}
