import { objectiveFiguresReader, planBusinessCase, type PlanBusinessCase } from '../domain/business/plan-business-case';
import type { BusinessSettings } from '../domain/business/restore-business';
import type { DiagnosisView } from './diagnosis-context';
import type { PlanEditor } from './plan-editor.svelte';

type SectionEditor = Pick<PlanEditor, 'section' | 'editSection'>;

/** The plan's business case, live: step 2's objectives, step 5's budget and the diagnosis of step 1. */
export class BusinessCaseState {
  readonly #editor: SectionEditor;
  readonly #diagnosis: DiagnosisView;
  readonly #today: string;

  readonly settings: BusinessSettings = $derived.by(() => this.#editor.section('business'));
  readonly objectives = $derived.by(() => this.#editor.section('objectives'));
  /** Each segment's figures, computed once per diagnosis (not on every keystroke). */
  readonly figuresOf = $derived.by(() => objectiveFiguresReader(this.#diagnosis.diagnosis));

  readonly result: PlanBusinessCase = $derived.by(() => {
    const objectives = this.objectives;
    return planBusinessCase({
      objectives: objectives.specific,
      horizonEnd: objectives.horizonEnd,
      actions: this.#editor.section('implementation').actions,
      strategies: this.#editor.section('strategies').strategies,
      diagnosis: this.#diagnosis.diagnosis,
      settings: this.settings,
      today: this.#today,
      figuresOf: this.figuresOf,
    });
  });

  constructor(editor: SectionEditor, diagnosis: DiagnosisView, today: string) {
    this.#editor = editor;
    this.#diagnosis = diagnosis;
    this.#today = today;
  }

  /** The optimistic scenario's reach (1.2 = 120 %), already checked by the caller. */
  setOptimisticReach(optimisticReach: number): void {
    this.#editor.editSection('business', { ...this.settings, optimisticReach });
  }
}
