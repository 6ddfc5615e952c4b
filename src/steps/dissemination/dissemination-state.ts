import type { ChecklistItem } from '../../domain/checklist';
import { AUDIENCE_KINDS, AUDIENCE_SCOPE, type Audience, type AudienceScope } from '../../domain/dissemination/audience';
import type { DisseminationSection } from '../../domain/dissemination/restore-dissemination';
import type { PlanEditor } from '../../state/plan-editor.svelte';

export type SectionEditor = Pick<PlanEditor, 'section' | 'editSection'>;

/** Step 4's edits, each replacing the section whole. */
export class DisseminationState {
  constructor(
    private readonly editor: SectionEditor,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  get section(): DisseminationSection {
    return this.editor.section('dissemination');
  }

  #save(changes: Partial<DisseminationSection>): void {
    this.editor.editSection('dissemination', { ...this.section, ...changes });
  }

  /** A new audience of the scope's first kind; returns its id. */
  addAudience(scope: AudienceScope): string {
    const id = this.newId();
    const kind = AUDIENCE_KINDS.find((k) => AUDIENCE_SCOPE[k] === scope) ?? 'employees';
    const audience: Audience = { id, kind, message: '', channel: scope === 'internal' ? 'meeting' : 'email', schedule: { kind: 'date', date: '' }, owner: '' };
    this.#save({ audiences: [...this.section.audiences, audience] });
    return id;
  }

  updateAudience(id: string, changes: Partial<Omit<Audience, 'id'>>): void {
    this.#save({ audiences: this.section.audiences.map((a) => (a.id === id ? { ...a, ...changes } : a)) });
  }

  removeAudience(id: string): void {
    this.#save({ audiences: this.section.audiences.filter((a) => a.id !== id) });
  }

  updateCondition(id: string, changes: Partial<Omit<ChecklistItem, 'id'>>): void {
    this.#save({ conditions: this.section.conditions.map((c) => (c.id === id ? { ...c, ...changes } : c)) });
  }
}
