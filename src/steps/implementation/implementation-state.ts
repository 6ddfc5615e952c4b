import type { ChecklistItem } from '../../domain/checklist';
import { epochDayToIso, isoToEpochDay, localToday } from '../../domain/dates';
import { withoutAction, type Action } from '../../domain/implementation/action';
import type { ImplementationSection } from '../../domain/implementation/restore-implementation';
import type { Strategy } from '../../domain/strategies/strategy';
import type { PlanEditor } from '../../state/plan-editor.svelte';


export type SectionEditor = Pick<PlanEditor, 'section' | 'editSection'>;

/** A new action runs for this many days unless the planner says otherwise. */
const DEFAULT_DAYS = 30;

/** Step 5's edits, each replacing the section whole. */
export class ImplementationState {
  constructor(
    private readonly editor: SectionEditor,
    private readonly newId: () => string = () => crypto.randomUUID(),
    private readonly today: () => string = () => epochDayToIso(localToday(new Date())),
  ) {}

  get section(): ImplementationSection {
    return this.editor.section('implementation');
  }

  /** Step 3's strategies, read through their own restore. */
  get strategies(): Strategy[] {
    return this.editor.section('strategies').strategies;
  }

  #save(changes: Partial<ImplementationSection>): void {
    this.editor.editSection('implementation', { ...this.section, ...changes });
  }

  /**
   * A new action from today for 30 days, in the strategy of the last action (or the first
   * strategy, or none); returns its id.
   */
  addAction(): string {
    const { actions } = this.section;
    const strategyIds = new Set(this.strategies.map((s) => s.id));
    const previous = actions.at(-1)?.strategyId;
    const strategyId = previous !== undefined && strategyIds.has(previous) ? previous : (this.strategies[0]?.id ?? '');
    const start = this.today();
    const startDay = isoToEpochDay(start);
    const end = startDay === null ? '' : epochDayToIso(startDay + DEFAULT_DAYS - 1);
    const id = this.newId();
    const action: Action = { id, strategyId, name: '', owner: '', start, end, budget: 0, status: 'planned' };
    this.#save({ actions: [...actions, action] });
    return id;
  }

  /** Changes fields of one action; a predecessor of undefined or '' removes the link. */
  updateAction(id: string, changes: Partial<Omit<Action, 'id'>>): void {
    const actions = this.section.actions.map((a) => {
      if (a.id !== id) return a;
      const next = { ...a, ...changes };
      if (!next.predecessorId) delete next.predecessorId;
      return next;
    });
    this.#save({ actions });
  }

  removeAction(id: string): void {
    this.#save({ actions: withoutAction(this.section.actions, id) });
  }

  updateRollout(id: string, changes: Partial<Omit<ChecklistItem, 'id'>>): void {
    this.#save({ rollout: this.section.rollout.map((item) => (item.id === id ? { ...item, ...changes } : item)) });
  }
}
