import type { MetricId } from '../../domain/metric-ids';
import { METRIC_CATALOGUE } from '../../domain/metrics/metric-catalogue';
import {
  composeGeneralSentence, createObjective, withGeneralParts,
  type GeneralObjective, type SpecificObjective,
} from '../../domain/objectives/objective';
import type { ObjectivesSection } from '../../domain/objectives/restore-objectives';
import { checkSmart, type SmartCheck } from '../../domain/objectives/smart-check';
import type { StrategiesSection } from '../../domain/strategies/restore-strategies';
import type { SegmentRef, SegmentSizes } from '../../domain/strategies/segment-ref';
import { segmentSizes } from '../../domain/strategies/segment-sizes';
import type { Strategy } from '../../domain/strategies/strategy';
import { fieldKey, STEP_FIELDS } from '../../domain/steps';
import { epochDayToIso, localToday } from '../../domain/dates';
import type { DiagnosisView } from '../../state/diagnosis-context';
import type { PlanEditor } from '../../state/plan-editor.svelte';
import { BusinessCaseState } from '../../state/business-case-state.svelte';
import { diagnosisDate } from './diagnosis-date';

type GeneralPart = 'what' | 'where' | 'whatFor';

/** Step 2 of one plan: the general objective, the specific objectives and their live SMART check. */
export class ObjectivesState {
  readonly #editor: PlanEditor;
  readonly #diagnosis: DiagnosisView;
  /** Read once: the day does not change under the user's feet while the step is open. */
  readonly today = epochDayToIso(localToday(new Date()));
  /** The step's free-text answers written before it had a form, with content when the step opened. */
  readonly legacyFields: readonly string[];

  readonly section: ObjectivesSection = $derived.by(() => this.#editor.section('objectives'));
  readonly strategies: StrategiesSection = $derived.by(() => this.#editor.section('strategies'));

  readonly hasGeneralObjective = $derived.by(() => {
    const { sentence, what } = this.section.general;
    return sentence.trim() !== '' || what.trim() !== '';
  });

  /** Customers per segment, where the diagnosis gives them. */
  readonly sizes: SegmentSizes = $derived.by(() =>
    segmentSizes(this.#diagnosis.figures, this.#diagnosis.diagnosis?.customers ?? []),
  );

  /** The SMART check of every specific objective, by id. */
  readonly checks: ReadonlyMap<string, SmartCheck> = $derived.by(() => {
    const context = {
      today: this.today,
      horizonEnd: this.section.horizonEnd || null,
      hasGeneralObjective: this.hasGeneralObjective,
      strategies: this.strategies.strategies,
      figures: this.#diagnosis.figures,
    };
    return new Map(this.section.specific.map((o) => [o.id, checkSmart(o, context)]));
  });

  constructor(editor: PlanEditor, diagnosis: DiagnosisView) {
    this.#editor = editor;
    this.#diagnosis = diagnosis;
    this.legacyFields = STEP_FIELDS.objectives.filter((f) => editor.text(fieldKey('objectives', f)).trim() !== '');
    this.business = new BusinessCaseState(editor, diagnosis, this.today);
  }

  /** What each objective is worth, live (the plan's business case). */
  readonly business: BusinessCaseState;

  get language() {
    return this.#editor.plan?.language ?? 'es';
  }

  get currency() {
    return this.#editor.plan?.currency ?? 'EUR';
  }

  get figures() {
    return this.#diagnosis.figures;
  }

  get hasDiagnosis(): boolean {
    return this.#diagnosis.diagnosis !== null;
  }

  /** The date new baselines are taken at. */
  get asOf(): string {
    return diagnosisDate(this.#diagnosis, this.today);
  }

  /** The diagnosis's current value of a metric, of the segment's own customers when there is one. */
  latest(metric: MetricId | 'custom', segment?: SegmentRef): number | undefined {
    if (metric === 'custom') return undefined;
    const figures = segment ? this.business.figuresOf({ segment })?.figures : this.#diagnosis.figures;
    const value = figures?.[metric];
    return value !== undefined && Number.isFinite(value) ? value : undefined;
  }

  /** True when the diagnosis now gives a different baseline than the one frozen in the objective. */
  baselineOutdated(objective: SpecificObjective): boolean {
    const value = this.latest(objective.metric, objective.segment);
    return value !== undefined && (value !== objective.baseline || this.asOf !== objective.baselineDate);
  }

  strategiesServing(id: string): Strategy[] {
    return this.strategies.strategies.filter((s) => s.objectiveIds.includes(id));
  }

  setGeneralPart(part: GeneralPart, text: string): void {
    this.#saveGeneral(withGeneralParts(this.section.general, { [part]: text }, this.language));
  }

  /** The user's own sentence: from now on it is no longer recomposed. */
  setSentence(sentence: string): void {
    this.#saveGeneral({ ...this.section.general, sentence, sentenceEdited: true });
  }

  recomposeSentence(): void {
    const general = this.section.general;
    this.#saveGeneral({ ...general, sentence: composeGeneralSentence(general, this.language), sentenceEdited: false });
  }

  /** Copies the old free-text answers into the general objective's three parts. */
  copyLegacyGeneral(): void {
    const text = (field: string) => this.#editor.text(fieldKey('objectives', field)).trim();
    this.#saveGeneral(withGeneralParts(
      this.section.general,
      { what: text('generalWhat'), where: text('generalWhere'), whatFor: text('generalWhatFor') },
      this.language,
    ));
  }

  setHorizon(iso: string): void {
    this.#save({ ...this.section, horizonEnd: iso });
  }

  /** Adds an objective on `metric` with its baseline frozen from the diagnosis; returns its id. */
  add(metric: MetricId | 'custom'): string {
    const objective = createObjective({ id: crypto.randomUUID(), metric, figures: this.#diagnosis.figures, asOf: this.asOf });
    this.#save({ ...this.section, specific: [...this.section.specific, objective] });
    return objective.id;
  }

  update(id: string, changes: Partial<Omit<SpecificObjective, 'id'>>): void {
    this.#save({
      ...this.section,
      specific: this.section.specific.map((o) => {
        if (o.id !== id) return o;
        const next = { ...o, ...changes };
        if ('segment' in changes && changes.segment === undefined) delete next.segment;
        return next;
      }),
    });
  }

  /** Another metric: its usual unit and direction, and a baseline frozen anew from the diagnosis. */
  changeMetric(id: string, metric: MetricId | 'custom'): void {
    const defaults = metric === 'custom' ? null : METRIC_CATALOGUE[metric].objective;
    const value = this.latest(metric, this.section.specific.find((o) => o.id === id)?.segment);
    this.update(id, {
      metric,
      unit: defaults?.unit ?? null,
      direction: defaults?.direction ?? 'raise',
      baseline: value ?? null,
      baselineDate: this.asOf,
    });
  }

  /** Takes the baseline again from the current diagnosis, on the user's request only. */
  refreshBaseline(id: string): void {
    const objective = this.section.specific.find((o) => o.id === id);
    const value = objective && this.latest(objective.metric, objective.segment);
    if (value !== undefined) this.update(id, { baseline: value, baselineDate: this.asOf });
  }

  /** Removes the objective, and its links from the strategies that served it. */
  remove(id: string): void {
    this.#save({ ...this.section, specific: this.section.specific.filter((o) => o.id !== id) });
    const strategies = this.strategies;
    if (strategies.strategies.some((s) => s.objectiveIds.includes(id))) {
      this.#editor.editSection('strategies', {
        ...strategies,
        strategies: strategies.strategies.map((s) => ({ ...s, objectiveIds: s.objectiveIds.filter((o) => o !== id) })),
      });
    }
  }

  #saveGeneral(general: GeneralObjective): void {
    this.#save({ ...this.section, general });
  }

  #save(section: ObjectivesSection): void {
    this.#editor.editSection('objectives', section);
  }
}
