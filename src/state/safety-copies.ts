import type { FidelizaDb, StoredDraft } from '../storage/db';

export type DraftEdits = StoredDraft['edits'];

const PREFIX = 'fideliza.pending.';
const LOCK_PREFIX = 'fideliza.tab.';
const OPENED_CHANNEL = 'fideliza.tab-opened';

/** The unsaved edits a tab left behind: still there because the tab died before saving them. */
export interface Orphan {
  tabId: string;
  at: number;
  /** Orders one tab's copies: the highest is the latest state (0 for copies of older versions). */
  seq: number;
  edits: DraftEdits;
}

/**
 * This tab's safety copies of its unsaved edits to one plan: a synchronous one in localStorage
 * (`fideliza.pending.<plan>.<tab>`) and one in IndexedDB, each written whole at every edit in its
 * own small transaction, durable when it completes. Each state carries a sequence number, and
 * a save stores an empty state with its own number in the save's transaction (`settled`), so an
 * older copy can never outlive the save that stored it. Each tab holds a Web Lock for its life,
 * so a tab opening the plan tells the copies of dead tabs (to recover) from those of live ones.
 */
export class SafetyCopies {
  readonly tabId = crypto.randomUUID();
  #release: () => void = () => {};
  /** Resolves once this tab holds its lock: only then may other tabs wait on it. */
  readonly #locked: Promise<void>;
  #seq = 0;
  /** The latest state not yet handed to IndexedDB: states typed meanwhile replace it. */
  #next: StoredDraft | null = null;
  #writing: Promise<void> = Promise.resolve();
  /** Other tabs, each watched until it ends. */
  readonly #watched = new Set<string>();
  readonly #stopWatching = new AbortController();

  constructor(
    private readonly planId: string,
    private readonly db: FidelizaDb,
  ) {
    const locks = globalThis.navigator?.locks;
    this.#locked = new Promise<void>((locked) => {
      void locks?.request(LOCK_PREFIX + this.tabId, () => {
        locked();
        return new Promise<void>((resolve) => (this.#release = resolve));
      });
    });
  }

  #key(tabId: string): string {
    return `${PREFIX}${this.planId}.${tabId}`;
  }

  #draft(edits: DraftEdits): StoredDraft {
    return { id: `${this.planId} ${this.tabId}`, planId: this.planId, tabId: this.tabId, at: Date.now(), seq: ++this.#seq, edits };
  }

  /** Replaces this tab's copies with `edits`; resolves once IndexedDB holds them. */
  keep(edits: DraftEdits): Promise<void> {
    const draft = this.#draft(edits);
    try {
      if (Object.keys(edits).length === 0) localStorage.removeItem(this.#key(this.tabId));
      else localStorage.setItem(this.#key(this.tabId), JSON.stringify({ at: draft.at, seq: draft.seq, edits }));
    } catch {
      // A full localStorage only loses one of the two copies.
    }
    const queued = this.#next !== null;
    this.#next = draft;
    if (!queued) {
      this.#writing = this.#writing
        .then(() => {
          const latest = this.#next!;
          this.#next = null;
          return writeDraft(this.db, latest);
        })
        .catch(() => {});
    }
    return this.#writing;
  }

  /** The empty state a save about to store every current edit writes in its own transaction. */
  settled(): StoredDraft {
    return this.#draft({});
  }

  /** Copies left by tabs that are no longer open, oldest first. */
  async orphans(): Promise<Orphan[]> {
    const live = await liveTabs();
    const found = new Map<string, Orphan>();
    const consider = (orphan: Orphan) => {
      if (orphan.tabId === this.tabId || live?.has(orphan.tabId)) return;
      const known = found.get(orphan.tabId);
      if (!known || known.seq < orphan.seq) found.set(orphan.tabId, orphan);
    };
    for (const key of localStorageKeys()) {
      const tabId = key === PREFIX + this.planId ? '' : key.startsWith(this.#key('')) ? key.slice(this.#key('').length) : null;
      if (tabId === null) continue;
      const parsed = parseCopy(localStorage.getItem(key));
      if (parsed) consider({ tabId, ...parsed });
    }
    try {
      for (const draft of await this.db.drafts.where('planId').equals(this.planId).toArray()) consider({ ...draft, seq: draft.seq ?? 0 });
    } catch {
      // Unreadable drafts leave the localStorage copies to recover.
    }
    return [...found.values()].sort((a, b) => a.at - b.at);
  }

  /** Forgets a dead tab's copies once their edits are stored. */
  async discard(orphan: Orphan): Promise<void> {
    try {
      localStorage.removeItem(orphan.tabId === '' ? PREFIX + this.planId : this.#key(orphan.tabId));
    } catch {
      // Nothing to do: the copy is replayed again, harmlessly, next time.
    }
    await this.db.drafts.delete(`${this.planId} ${orphan.tabId}`);
  }

  /**
   * Calls `ended` each time another tab ends, whether it closed or crashed (its lock is free only
   * then), so that what a crashed tab left is recovered by the tabs still open. The tabs open now
   * are watched at once; a tab opening this plan later says so on a channel once it holds its lock.
   */
  watchOtherTabs(ended: () => void): void {
    const locks = globalThis.navigator?.locks;
    if (!locks || typeof BroadcastChannel === 'undefined') return;
    const { signal } = this.#stopWatching;
    const watch = (tabId: string) => {
      if (tabId === this.tabId || this.#watched.has(tabId)) return;
      this.#watched.add(tabId);
      locks.request(LOCK_PREFIX + tabId, { signal }, () => {}).then(ended, () => {});
    };
    const channel = new BroadcastChannel(OPENED_CHANNEL);
    channel.onmessage = ({ data }) => {
      if (data?.planId === this.planId && typeof data.tabId === 'string') watch(data.tabId);
    };
    signal.addEventListener('abort', () => channel.close());
    void liveTabs().then((tabs) => tabs?.forEach(watch));
    void this.#locked.then(() => signal.aborted || channel.postMessage({ planId: this.planId, tabId: this.tabId }));
  }

  stopWatching(): void {
    this.#stopWatching.abort();
  }

  release(): void {
    this.#release();
  }
}

/** Drops the localStorage copies of every tab for these plans (a backup has replaced them). */
export function forgetSafetyCopies(planIds: string[]): void {
  for (const key of localStorageKeys()) {
    if (planIds.some((id) => key === PREFIX + id || key.startsWith(`${PREFIX}${id}.`))) localStorage.removeItem(key);
  }
}

/**
 * Writes one tab's state in its own transaction, asking the browser to flush it to disk; a state
 * older than the one stored (a save's, say) is left out. An empty state is kept, not deleted: it
 * outranks an older localStorage copy that a killed browser had not yet written to disk.
 */
async function writeDraft(db: FidelizaDb, draft: StoredDraft): Promise<void> {
  if (!db.isOpen()) await db.open();
  const backend = db.backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = backend.transaction('drafts', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('drafts');
    const get = store.get(draft.id);
    get.onsuccess = () => {
      const stored = get.result as StoredDraft | undefined;
      try {
        if (!stored || (stored.seq ?? 0) <= draft.seq) store.put(draft);
      } catch (error) {
        // A full disk refuses the write here; the transaction is dropped and the caller told.
        tx.abort();
        reject(error);
      }
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function liveTabs(): Promise<Set<string> | null> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return null;
  const { held = [] } = await locks.query();
  return new Set(held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])));
}

function localStorageKeys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter((k) => k.startsWith(PREFIX));
  } catch {
    return [];
  }
}

/** A copy as written by `keep`, or by earlier versions (the edits alone). */
function parseCopy(text: string | null): { at: number; seq: number; edits: DraftEdits } | null {
  try {
    const raw = JSON.parse(text ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const current = typeof raw.at === 'number' && typeof raw.edits === 'object';
    return {
      at: current ? raw.at : 0,
      seq: current && typeof raw.seq === 'number' ? raw.seq : 0,
      edits: validEdits(current ? raw.edits : raw),
    };
  } catch {
    return null;
  }
}

function validEdits(raw: Record<string, unknown>): DraftEdits {
  const edits: DraftEdits = {};
  for (const [address, edit] of Object.entries(raw ?? {})) {
    if (/^(fields|sections)\./.test(address) && typeof edit === 'object' && edit !== null && 'value' in edit) {
      edits[address] = { base: (edit as { base?: unknown }).base, value: (edit as { value: unknown }).value };
    }
  }
  return edits;
}
