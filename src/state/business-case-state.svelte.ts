import { objectiveFiguresReader, planBusinessCase, type PlanBusinessCase } from '../domain/business/plan-business-case';
import { BUSINESS_SECTION, restoreBusiness, type BusinessSettings } from '../domain/business/restore-business';
import { restoreImplementation } from '../domain/implementation/restore-implementation';
import { OBJECTIVES_SECTION, restoreObjectives } from '../domain/objectives/restore-objectives';
import { restoreStrategies, STRATEGIES_SECTION } from '../domain/strategies/restore-strategies';
import type { DiagnosisView } from './diagnosis-context';
import type { PlanEditor } from './plan-editor.svelte';

type SectionEditor = Pick<PlanEditor, 'section' | 'editSection'>;

/** The plan's business case, live: step 2's objectives, step 5's budget and the diagnosis of step 1. */
export class BusinessCaseState {
  readonly #editor: SectionEditor;
  readonly #diagnosis: DiagnosisView;
  readonly #today: string;

  readonly settings: BusinessSettings = $derived.by(() => this.#editor.section(BUSINESS_SECTION, restoreBusiness));
  readonly objectives = $derived.by(() => this.#editor.section(OBJECTIVES_SECTION, restoreObjectives));
  /** Each segment's figures, computed once per diagnosis (not on every keystroke). */
  readonly figuresOf = $derived.by(() => objectiveFiguresReader(this.#diagnosis.diagnosis));

  readonly result: PlanBusinessCase = $derived.by(() => {
    const objectives = this.objectives;
    return planBusinessCase({
      objectives: objectives.specific,
      horizonEnd: objectives.horizonEnd,
      actions: this.#editor.section('implementation', restoreImplementation).actions,
      strategies: this.#editor.section(STRATEGIES_SECTION, restoreStrategies).strategies,
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
    this.#editor.editSection(BUSINESS_SECTION, { ...this.settings, optimisticReach });
  }
}
