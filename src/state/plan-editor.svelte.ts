import { readAddress, type Plan, type PlanAddress } from '../domain/plan';
import type { PlanEdits, PlansRepository } from '../storage/plans-repository';
import type { StoredConflict } from '../storage/db';
import { LiveQuery } from './live-query.svelte';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';
export type SaveError = 'quota' | 'other';

const PENDING_PREFIX = 'fideliza.pending.';

/**
 * One open plan: shows what is stored merged with this tab's unsaved drafts and saves them,
 * debounced, flushed when the tab is hidden or closed. Drafts are mirrored synchronously
 * to localStorage so that a tab killed mid-save loses nothing; they are replayed on open.
 * A draft is addressed `fields.<step>.<question>` (free text) or `sections.<name>` (a step's
 * structured content, read through the step's own restore function).
 */
export class PlanEditor {
  #plan: LiveQuery<Plan | undefined>;
  /** What our last save stored: newer than the live query until the query catches up. */
  #saved = $state.raw<Plan | undefined>(undefined);
  #conflicts: LiveQuery<StoredConflict[]>;
  #drafts = $state.raw<Partial<Record<PlanAddress, unknown>>>({});
  #bases: Partial<Record<PlanAddress, unknown>> = {};
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
    const live = this.#plan.current;
    const saved = this.#saved;
    return live && saved && saved.updatedAt > live.updatedAt ? saved : live;
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

  /** The free-text answer `<step>.<question>`, with this tab's unsaved typing. */
  text(key: string): string {
    return String(this.#read(`fields.${key}`) ?? '');
  }

  edit(key: string, text: string): void {
    this.#write(`fields.${key}`, text);
  }

  /** A step's structured content, passed through `restore` so that old or missing data gets its defaults. */
  section<T>(name: string, restore: (raw: unknown) => T): T {
    return restore(this.#read(`sections.${name}`));
  }

  editSection(name: string, value: unknown): void {
    this.#write(`sections.${name}`, $state.snapshot(value));
  }

  /** Saves every draft now; resolves once they are stored (or the save failed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#saving = this.#saving.then(() => this.#save());
    return this.#saving;
  }

  async restoreConflict(conflict: StoredConflict): Promise<void> {
    this.#write(conflict.address, conflict.overwritten);
    await this.flush();
    await this.dismissConflict(conflict);
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

  #read(address: PlanAddress): unknown {
    if (address in this.#drafts) return this.#drafts[address];
    return this.plan ? readAddress(this.plan, address) : undefined;
  }

  #write(address: PlanAddress, value: unknown): void {
    if (!(address in this.#bases)) this.#bases[address] = this.plan ? readAddress(this.plan, address) : undefined;
    this.#drafts = { ...this.#drafts, [address]: value };
    this.#status = 'pending';
    this.#mirrorPending();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  #pendingEdits(): PlanEdits {
    const edits: PlanEdits = {};
    for (const [address, value] of Object.entries(this.#drafts) as [PlanAddress, unknown][]) {
      edits[address] = { base: this.#bases[address], value };
    }
    return edits;
  }

  async #save(): Promise<void> {
    const edits = this.#pendingEdits();
    if (Object.keys(edits).length === 0) return;
    this.#status = 'saving';
    try {
      this.#saved = (await this.repository.saveEdits(this.planId, edits)).plan;
    } catch (error) {
      this.#status = 'error';
      this.#error = isQuotaError(error) ? 'quota' : 'other';
      return;
    }
    this.#error = null;
    const drafts = { ...this.#drafts };
    for (const [address, edit] of Object.entries(edits) as [PlanAddress, { value: unknown }][]) {
      if (drafts[address] === edit.value) {
        delete drafts[address];
        delete this.#bases[address];
      } else {
        this.#bases[address] = edit.value;
      }
    }
    this.#drafts = drafts;
    this.#mirrorPending();
    this.#status = Object.keys(drafts).length > 0 ? 'pending' : 'saved';
  }

  #mirrorPending(): void {
    const key = PENDING_PREFIX + this.planId;
    const pending = this.#pendingEdits();
    try {
      if (Object.keys(pending).length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(pending));
    } catch {
      // A full localStorage only loses this safety net; the IndexedDB save still runs.
    }
  }

  #replayPending(): void {
    let pending: Record<string, { base?: unknown; value?: unknown }>;
    try {
      pending = JSON.parse(localStorage.getItem(PENDING_PREFIX + this.planId) ?? '{}');
    } catch {
      return;
    }
    const drafts: Partial<Record<PlanAddress, unknown>> = {};
    for (const [address, edit] of Object.entries(pending)) {
      if (!/^(fields|sections)\./.test(address) || typeof edit !== 'object' || edit === null || !('value' in edit)) continue;
      drafts[address as PlanAddress] = edit.value;
      this.#bases[address as PlanAddress] = edit.base;
    }
    if (Object.keys(drafts).length === 0) return;
    this.#drafts = drafts;
    this.#status = 'pending';
    void this.flush();
  }
}

function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}
