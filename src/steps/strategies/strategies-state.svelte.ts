import { SvelteSet } from 'svelte/reactivity';
import type { SpecificObjective } from '../../domain/objectives/objective';
import type { Language } from '../../domain/plan';
import { fieldKey, STEP_FIELDS } from '../../domain/steps';
import type { StrategiesSection } from '../../domain/strategies/restore-strategies';
import { buildSegmentChannelMap, type SegmentChannelMap } from '../../domain/strategies/segment-channel-map';
import { segmentKey, type SegmentRef, type SegmentSizes } from '../../domain/strategies/segment-ref';
import { segmentSizes } from '../../domain/strategies/segment-sizes';
import type { Alliance, Channel, MessageVersion, Strategy, StrategyFamily } from '../../domain/strategies/strategy';
import {
  shareOfWalletOfA, strategyFromSuggestion, suggestStrategies, type Suggestion,
} from '../../domain/strategies/suggestions';
import type { MessageParams } from '../../i18n/define-messages';
import { wordsIn } from '../../i18n/words';
import type { DiagnosisView } from '../../state/diagnosis-context';
import type { PlanEditor } from '../../state/plan-editor.svelte';

/** A text of the plan itself (not of the interface), in the plan's language; '' for a key no text has. */
function planText(language: Language, key: string, params?: MessageParams): string {
  const words = wordsIn(language);
  return words.has(key) ? words.t(key, params) : '';
}

const toggled = <T>(list: readonly T[], item: T, same: (a: T, b: T) => boolean = Object.is): T[] =>
  list.some((x) => same(x, item)) ? list.filter((x) => !same(x, item)) : [...list, item];

/** Step 3 of one plan: the strategies of the four families, their map, the suggestions and the alliances. */
export class StrategiesState {
  readonly #editor: PlanEditor;
  readonly #diagnosis: DiagnosisView;
  /** The step's free-text answers written before it had a form, with content when the step opened. */
  readonly legacyFields: readonly string[];
  /** Strategies shown with their whole form (the others as a summary). */
  readonly open = new SvelteSet<string>();

  readonly section: StrategiesSection = $derived.by(() => this.#editor.section('strategies'));
  readonly objectives: SpecificObjective[] = $derived.by(() => this.#editor.section('objectives').specific);

  readonly sizes: SegmentSizes = $derived.by(() =>
    segmentSizes(this.#diagnosis.figures, this.#diagnosis.diagnosis?.customers ?? []),
  );

  readonly map: SegmentChannelMap = $derived.by(() => buildSegmentChannelMap(this.section.strategies, this.sizes));

  /** Everything the diagnosis suggests now, dismissed or not. */
  readonly suggestions: Suggestion[] = $derived.by(() => {
    const diagnosis = this.#diagnosis.diagnosis;
    if (!diagnosis) return [];
    return suggestStrategies({
      figures: this.#diagnosis.figures,
      periodMonths: diagnosis.params.periodMonths,
      shareOfWalletA: shareOfWalletOfA(diagnosis.customers),
      churnReasons: diagnosis.churnReasons?.reasons.map(({ text, count }) => ({ text, count })) ?? [],
      channels: [...new Set(this.section.strategies.flatMap((s) => s.channels))],
    });
  });

  /** The suggestions still to decide on: not dismissed, and no strategy made from them. */
  readonly offered: Suggestion[] = $derived.by(() => this.suggestions.filter((s) =>
    !this.section.dismissedSuggestions.includes(s.key) && !this.section.strategies.some((x) => x.fromSuggestion === s.key),
  ));

  /** Suggestions the diagnosis still makes but the user dismissed. */
  readonly dismissed: Suggestion[] = $derived.by(() =>
    this.suggestions.filter((s) => this.section.dismissedSuggestions.includes(s.key)),
  );

  constructor(editor: PlanEditor, diagnosis: DiagnosisView) {
    this.#editor = editor;
    this.#diagnosis = diagnosis;
    this.legacyFields = STEP_FIELDS.strategies.filter((f) => editor.text(fieldKey('strategies', f)).trim() !== '');
  }

  get language(): Language {
    return this.#editor.plan?.language ?? 'es';
  }

  get currency(): string {
    return this.#editor.plan?.currency ?? 'EUR';
  }

  get hasDiagnosis(): boolean {
    return this.#diagnosis.diagnosis !== null;
  }

  /** The period of the diagnosis in months (churn is per period). */
  get periodMonths(): number {
    return this.#diagnosis.diagnosis?.params.periodMonths ?? 12;
  }

  ofFamily(family: StrategyFamily): Strategy[] {
    return this.section.strategies.filter((s) => s.family === family);
  }

  add(family: StrategyFamily): string {
    const strategy: Strategy = {
      id: crypto.randomUUID(), family, name: '', segments: [], objectiveIds: [], channels: [], offer: '',
      messages: [], responseProtocol: '', learningGoal: '', notes: '',
    };
    this.#saveStrategies([...this.section.strategies, strategy]);
    this.open.add(strategy.id);
    return strategy.id;
  }

  update(id: string, changes: Partial<Omit<Strategy, 'id'>>): void {
    this.#saveStrategies(this.section.strategies.map((s) => (s.id === id ? { ...s, ...changes } : s)));
  }

  remove(id: string): void {
    this.#saveStrategies(this.section.strategies.filter((s) => s.id !== id));
    this.open.delete(id);
  }

  toggleSegment(strategy: Strategy, segment: SegmentRef): void {
    this.update(strategy.id, { segments: toggled(strategy.segments, segment, (a, b) => segmentKey(a) === segmentKey(b)) });
  }

  toggleChannel(strategy: Strategy, channel: Channel): void {
    this.update(strategy.id, { channels: toggled(strategy.channels, channel) });
  }

  toggleObjective(strategy: Strategy, objectiveId: string): void {
    this.update(strategy.id, { objectiveIds: toggled(strategy.objectiveIds, objectiveId) });
  }

  addMessage(strategy: Strategy): void {
    this.update(strategy.id, { messages: [...strategy.messages, { text: '' }] });
  }

  /** Replaces one message version whole (an unset segment or channel means every one). */
  setMessage(strategy: Strategy, index: number, message: MessageVersion): void {
    const clean: MessageVersion = { text: message.text };
    if (message.segment) clean.segment = message.segment;
    if (message.channel) clean.channel = message.channel;
    this.update(strategy.id, { messages: strategy.messages.map((m, i) => (i === index ? clean : m)) });
  }

  removeMessage(strategy: Strategy, index: number): void {
    this.update(strategy.id, { messages: strategy.messages.filter((_, i) => i !== index) });
  }

  /**
   * Creates the strategy a suggestion drafts, with its texts in the plan's language, and opens
   * it to edit when asked; returns its id. A suggestion without a draft is only set aside.
   */
  accept(suggestion: Suggestion, edit: boolean): string | null {
    const language = this.language;
    const key = `strategies.draft.${suggestion.rule}`;
    const reasons = (suggestion.churnReasons ?? []).map((r) => `${r.text} (${r.count})`).join(', ');
    const strategy = strategyFromSuggestion(suggestion, crypto.randomUUID(), {
      name: planText(language, `${key}.name`),
      offer: planText(language, `${key}.offer`),
      responseProtocol: planText(language, `${key}.protocol`),
      learningGoal: planText(language, `${key}.learning`),
      notes: reasons ? planText(language, 'strategies.draft.reasons', { reasons }) : '',
    });
    if (!strategy) {
      this.dismiss(suggestion.key);
      return null;
    }
    this.#saveStrategies([...this.section.strategies, strategy]);
    if (edit) this.open.add(strategy.id);
    return strategy.id;
  }

  dismiss(key: string): void {
    this.#save({ ...this.section, dismissedSuggestions: [...new Set([...this.section.dismissedSuggestions, key])] });
  }

  undismiss(key: string): void {
    this.#save({ ...this.section, dismissedSuggestions: this.section.dismissedSuggestions.filter((k) => k !== key) });
  }

  addAlliance(): void {
    const alliance: Alliance = { id: crypto.randomUUID(), kind: 'partial', partner: '', goal: '' };
    this.#save({ ...this.section, alliances: [...this.section.alliances, alliance] });
  }

  updateAlliance(id: string, changes: Partial<Omit<Alliance, 'id'>>): void {
    this.#save({ ...this.section, alliances: this.section.alliances.map((a) => (a.id === id ? { ...a, ...changes } : a)) });
  }

  removeAlliance(id: string): void {
    this.#save({ ...this.section, alliances: this.section.alliances.filter((a) => a.id !== id) });
  }

  #saveStrategies(strategies: Strategy[]): void {
    this.#save({ ...this.section, strategies });
  }

  #save(section: StrategiesSection): void {
    this.#editor.editSection('strategies', section);
  }
}
