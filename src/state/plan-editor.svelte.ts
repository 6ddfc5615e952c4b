import { readAddress, type Plan, type PlanAddress } from '../domain/plan';
import { PLAN_SECTIONS, restoreSection, type PlanSection, type SectionName } from '../domain/plan-sections';
import type { PlanEdits, PlansRepository } from '../storage/plans-repository';
import type { StoredConflict } from '../storage/db';
import { setAt } from '../domain/merge/merge-three-way';
import { LiveQuery } from './live-query.svelte';
import { onRestored } from '../storage/backup/restored-channel';
import { SafetyCopies } from './safety-copies';
import { isQuotaError } from './storage-failure.svelte';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';
export type SaveError = 'quota' | 'other';

/**
 * One open plan: shows what is stored merged with this tab's unsaved drafts and saves them,
 * debounced, flushed when the tab is hidden or closed. Every edit is kept at once in this tab's
 * safety copies (`SafetyCopies`) so that a tab or browser killed before the save loses nothing;
 * the copies of dead tabs are merged into the plan when it opens.
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
  #recovering: Promise<void> = Promise.resolve();
  readonly #copies: SafetyCopies;
  readonly #restorers = new Map<string, (raw: unknown) => unknown>();
  #restored = $state(false);
  readonly #stopRestored: () => void;
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
    this.#copies = new SafetyCopies(planId, repository.db);
    this.#recoverOrphans();
    this.#copies.watchOtherTabs(() => this.#recoverOrphans());
    this.#stopRestored = onRestored((ids) => {
      if (ids.includes(planId)) void this.#showRestored();
    });
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

  /** True once another tab has replaced this plan with a backup: this tab shows the restored text. */
  get restored(): boolean {
    return this.#restored;
  }

  dismissRestored(): void {
    this.#restored = false;
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

  /** A step's structured content, restored (old or missing data gets its defaults). */
  section<N extends SectionName>(name: N): PlanSection<N> {
    this.#restorers.set(name, PLAN_SECTIONS[name]);
    return restoreSection(name, this.#read(`sections.${name}`));
  }

  editSection(name: SectionName, value: unknown): void {
    this.#write(`sections.${name}`, $state.snapshot(value));
  }

  /** Saves every draft now; resolves once they are stored (or the save failed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#saving = this.#saving.then(() => this.#save());
    return this.#saving;
  }

  /** Puts the other tab's version back in the one place the conflict is about, nothing else. */
  async restoreConflict(conflict: StoredConflict): Promise<void> {
    const path = conflict.path ?? [];
    const current = this.#read(conflict.address);
    this.#write(conflict.address, setAt(current, path, conflict.overwritten));
    await this.flush();
    await this.dismissConflict(conflict);
  }

  async dismissConflict(conflict: StoredConflict): Promise<void> {
    if (conflict.id !== undefined) await this.repository.dismissConflict(conflict.id);
  }

  async dispose(): Promise<void> {
    document.removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.#onPageHide);
    this.#stopRestored();
    this.#copies.stopWatching();
    await this.flush();
    if (this.#status === 'saved') this.#copies.release();
    this.#plan.stop();
    this.#conflicts.stop();
  }

  /**
   * What an edit at `address` starts from: what is stored, or for a section never stored its
   * defaults (from its restore function), so that two tabs filling a new section in at once
   * do not take each other's defaults for changes when their saves are merged.
   */
  #storedAsShown(address: PlanAddress): unknown {
    const raw = this.plan ? readAddress(this.plan, address) : undefined;
    const restore = this.#restorers.get(address.slice('sections.'.length));
    return raw === undefined && address.startsWith('sections.') && restore ? $state.snapshot(restore(undefined)) : raw;
  }

  #read(address: PlanAddress): unknown {
    if (address in this.#drafts) return this.#drafts[address];
    return this.plan ? readAddress(this.plan, address) : undefined;
  }

  #write(address: PlanAddress, value: unknown): void {
    if (!(address in this.#bases)) this.#bases[address] = this.#storedAsShown(address);
    this.#drafts = { ...this.#drafts, [address]: value };
    this.#status = 'pending';
    void this.#copies.keep(this.#pendingEdits());
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
      this.#saved = (await this.repository.saveEdits(this.planId, edits, this.#copies.settled())).plan;
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
    void this.#copies.keep(this.#pendingEdits());
    this.#status = Object.keys(drafts).length > 0 ? 'pending' : 'saved';
  }

  /**
   * Another tab restored this plan from a backup: what this tab saved before is no longer the
   * plan, so it shows the stored one; its unsaved typing is kept as conflicts, never saved over it.
   */
  async #showRestored(): Promise<void> {
    clearTimeout(this.#timer);
    await this.#saving;
    const pending = this.#pendingEdits();
    this.#drafts = {};
    this.#bases = {};
    this.#saved = undefined;
    this.#status = 'saved';
    this.#error = null;
    this.#restored = true;
    await this.#copies.keep({});
    if (Object.keys(pending).length > 0) await this.repository.keepAsConflicts(this.planId, pending).catch(() => {});
  }

  /** Stores what tabs that died before saving left in their safety copies, one pass at a time. */
  #recoverOrphans(): void {
    this.#recovering = this.#recovering.then(() => this.#recoverOrphansNow()).catch(() => {});
  }

  async #recoverOrphansNow(): Promise<void> {
    for (const orphan of await this.#copies.orphans()) {
      if (Object.keys(orphan.edits).length > 0) {
        try {
          this.#saved = (await this.repository.saveEdits(this.planId, orphan.edits)).plan;
        } catch (error) {
          this.#adopt(orphan.edits, error);
          continue;
        }
      }
      await this.#copies.discard(orphan).catch(() => {});
    }
  }

  /** Takes edits that could not be stored as this tab's own drafts, so they are shown and retried. */
  #adopt(edits: PlanEdits, error: unknown): void {
    const drafts = { ...this.#drafts };
    for (const [address, edit] of Object.entries(edits) as [PlanAddress, { base: unknown; value: unknown }][]) {
      if (address in drafts) continue;
      drafts[address] = edit.value;
      this.#bases[address] = edit.base;
    }
    this.#drafts = drafts;
    this.#status = 'error';
    this.#error = isQuotaError(error) ? 'quota' : 'other';
    void this.#copies.keep(this.#pendingEdits());
  }
}
