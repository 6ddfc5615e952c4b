import { kpiFromControlRatio, type ControlRatioId } from '../../domain/evaluation/control-ratios';
import { addMeasurement, kpiFromObjective, type Kpi, type Measurement, type MeasurementError } from '../../domain/evaluation/kpi';
import type { EvaluationSection, RoiEntry } from '../../domain/evaluation/restore-evaluation';
import type { Action } from '../../domain/implementation/action';
import { epochDayToIso, localToday } from '../../domain/dates';
import type { Figures } from '../../domain/metric-ids';
import type { SpecificObjective } from '../../domain/objectives/objective';
import { recordDiagnosisFigures, type SectionEditor } from './record-figures';

/** Step 6's edits, each replacing the section whole. */
export class EvaluationState {
  constructor(
    private readonly editor: SectionEditor,
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly today: () => string = () => epochDayToIso(localToday(new Date())),
  ) {}

  get section(): EvaluationSection {
    return this.editor.section('evaluation');
  }

  /** Step 2's specific objectives, read through their own restore. */
  get objectives(): SpecificObjective[] {
    return this.editor.section('objectives').specific;
  }

  /** Step 5's actions. */
  get actions(): Action[] {
    return this.editor.section('implementation').actions;
  }

  /** Specific objectives that have no KPI yet. */
  get objectivesWithoutKpi(): SpecificObjective[] {
    const followed = new Set(this.section.kpis.map((k) => k.objectiveId));
    return this.objectives.filter((o) => !followed.has(o.id));
  }

  #save(changes: Partial<EvaluationSection>): void {
    this.editor.editSection('evaluation', { ...this.section, ...changes });
  }

  #saveKpis(kpis: Kpi[]): void {
    this.#save({ kpis });
  }

  /** A KPI for each specific objective without one (baseline, target, deadline, owner carried over); returns their ids. */
  addKpisFromObjectives(): string[] {
    const added = this.objectivesWithoutKpi.map((o) => kpiFromObjective(o, this.newId()));
    if (added.length > 0) this.#saveKpis([...this.section.kpis, ...added]);
    return added.map((k) => k.id);
  }

  addRatioKpi(ratio: ControlRatioId): string {
    const kpi = kpiFromControlRatio({ id: this.newId(), ratio, owner: '', startDate: this.today(), deadline: '' });
    this.#saveKpis([...this.section.kpis, kpi]);
    return kpi.id;
  }

  addCustomKpi(): string {
    const kpi: Kpi = {
      id: this.newId(), name: '', unit: 'number', baseline: null, target: null, direction: 'raise',
      startDate: this.today(), deadline: '', owner: '', measurements: [],
    };
    this.#saveKpis([...this.section.kpis, kpi]);
    return kpi.id;
  }

  updateKpi(id: string, changes: Partial<Omit<Kpi, 'id' | 'measurements'>>): void {
    this.#saveKpis(this.section.kpis.map((k) => (k.id === id ? { ...k, ...changes } : k)));
  }

  removeKpi(id: string): void {
    this.#saveKpis(this.section.kpis.filter((k) => k.id !== id));
  }

  /** Adds a measurement in date order; a bad date or value is refused and named. */
  addMeasurement(id: string, measurement: Measurement): { ok: true } | { ok: false; error: MeasurementError; field: 'date' | 'value' } {
    const kpi = this.section.kpis.find((k) => k.id === id);
    if (!kpi) return { ok: true };
    const added = addMeasurement(kpi, measurement);
    if (!added.ok) return added;
    this.#saveKpis(this.section.kpis.map((k) => (k.id === id ? added.value : k)));
    return { ok: true };
  }

  removeMeasurement(id: string, index: number): void {
    this.#saveKpis(this.section.kpis.map((k) => (k.id === id ? { ...k, measurements: k.measurements.filter((_, i) => i !== index) } : k)));
  }

  /** What the planner typed in the ROI calculator for an action. */
  updateRoi(actionId: string, changes: Partial<Omit<RoiEntry, 'id'>>): void {
    const { roi } = this.section;
    const old = roi.find((r) => r.id === actionId) ?? { id: actionId, revenue: null, margin: null, cost: null };
    const entry = { ...old, ...changes };
    this.#save({ roi: roi.some((r) => r.id === actionId) ? roi.map((r) => (r.id === actionId ? entry : r)) : [...roi, entry] });
  }

  /** Records a newer diagnosis's figures as measurements (see `recordDiagnosisFigures`). */
  recordFigures(figures: Figures, date: string, note: string) {
    return recordDiagnosisFigures(this.editor, figures, date, note);
  }
}
