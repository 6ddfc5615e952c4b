import type { Plan } from '../domain/plan';
import type { FieldEdits, PlansRepository } from '../storage/plans-repository';
import type { StoredConflict } from '../storage/db';
import { LiveQuery } from './live-query.svelte';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';
export type SaveError = 'quota' | 'other';

const PENDING_PREFIX = 'fideliza.pending.';

/**
 * One open plan: shows stored text merged with this tab's unsaved drafts and saves them,
 * debounced, flushed when the tab is hidden or closed. Drafts are mirrored synchronously
 * to localStorage so that a tab killed mid-save loses nothing; they are replayed on open.
 */
export class PlanEditor {
  #plan: LiveQuery<Plan | undefined>;
  #conflicts: LiveQuery<StoredConflict[]>;
  #drafts = $state<Record<string, string>>({});
  #bases: Record<string, string> = {};
  #status = $state<SaveStatus>('saved');
  #error = $state<SaveError | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saving: Promise<void> = Promise.resolve();
  #onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  #onPageHide = () => void this.flush();

  constructor(
    readonly planId: string,
    private readonly repository: PlansRepository,
    private readonly debounceMs = 600,
  ) {
    this.#plan = new LiveQuery(() => repository.get(planId));
    this.#conflicts = new LiveQuery(() => repository.conflictsOf(planId));
    this.#replayPending();
    document.addEventListener('visibilitychange', this.#onHide);
    addEventListener('pagehide', this.#onPageHide);
  }

  get plan(): Plan | undefined {
    return this.#plan.current;
  }

  get loaded(): boolean {
    return this.#plan.loaded;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  get error(): SaveError | null {
    return this.#error;
  }

  get conflicts(): StoredConflict[] {
    return this.#conflicts.current ?? [];
  }

  text(key: string): string {
    return this.#drafts[key] ?? this.plan?.fields[key] ?? '';
  }

  edit(key: string, text: string): void {
    if (!(key in this.#bases)) this.#bases[key] = this.plan?.fields[key] ?? '';
    this.#drafts[key] = text;
    this.#status = 'pending';
    this.#mirrorPending();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  /** Saves every draft now; resolves once they are stored (or the save failed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#saving = this.#saving.then(() => this.#save());
    return this.#saving;
  }

  async restoreConflict(conflict: StoredConflict): Promise<void> {
    this.edit(conflict.key, conflict.overwrittenText);
    await this.flush();
    if (conflict.id !== undefined) await this.repository.dismissConflict(conflict.id);
  }

  async dismissConflict(conflict: StoredConflict): Promise<void> {
    if (conflict.id !== undefined) await this.repository.dismissConflict(conflict.id);
  }

  async dispose(): Promise<void> {
    document.removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.#onPageHide);
    await this.flush();
    this.#plan.stop();
    this.#conflicts.stop();
  }

  async #save(): Promise<void> {
    const edits: FieldEdits = {};
    for (const [key, text] of Object.entries(this.#drafts)) edits[key] = { base: this.#bases[key] ?? '', text };
    if (Object.keys(edits).length === 0) return;
    this.#status = 'saving';
    try {
      await this.repository.saveFields(this.planId, edits);
    } catch (error) {
      this.#status = 'error';
      this.#error = isQuotaError(error) ? 'quota' : 'other';
      return;
    }
    this.#error = null;
    for (const [key, { text }] of Object.entries(edits)) {
      if (this.#drafts[key] === text) {
        delete this.#drafts[key];
        delete this.#bases[key];
      } else {
        this.#bases[key] = text;
      }
    }
    this.#mirrorPending();
    this.#status = Object.keys(this.#drafts).length > 0 ? 'pending' : 'saved';
  }

  #mirrorPending(): void {
    const key = PENDING_PREFIX + this.planId;
    const pending: FieldEdits = {};
    for (const [field, text] of Object.entries(this.#drafts)) pending[field] = { base: this.#bases[field] ?? '', text };
    try {
      if (Object.keys(pending).length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(pending));
    } catch {
      // A full localStorage only loses this safety net; the IndexedDB save still runs.
    }
  }

  #replayPending(): void {
    let pending: FieldEdits;
    try {
      pending = JSON.parse(localStorage.getItem(PENDING_PREFIX + this.planId) ?? '{}');
    } catch {
      return;
    }
    const entries = Object.entries(pending).filter(
      ([, edit]) => typeof edit?.text === 'string' && typeof edit?.base === 'string',
    );
    if (entries.length === 0) return;
    for (const [field, { base, text }] of entries) {
      this.#bases[field] = base;
      this.#drafts[field] = text;
    }
    this.#status = 'pending';
    void this.flush();
  }
}

function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
