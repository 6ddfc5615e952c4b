/** The writes a person starts, named so the notice can say which one did not happen. */
export type StorageAction =
  | 'create' | 'sample' | 'rename' | 'duplicate' | 'delete' | 'undo' | 'import'
  | 'useData' | 'removeData' | 'clean' | 'other';

export interface StorageFailureNotice {
  action: StorageAction;
  quota: boolean;
}

const STORAGE_ERRORS = new Set(['QuotaExceededError', 'AbortError', 'UnknownError', 'DatabaseClosedError', 'InvalidStateError', 'OpenFailedError', 'DataError', 'ConstraintError']);

function causes(error: unknown): { name?: string }[] {
  const found: { name?: string }[] = [];
  let here = error as { name?: string; inner?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; here && depth < 5; depth++) {
    found.push(here);
    here = (here.inner ?? here.cause) as typeof here;
  }
  return found;
}

/** A full disk or a quota refusal, however Dexie wraps it (an aborted transaction, an inner error). */
export function isQuotaError(error: unknown): boolean {
  return causes(error).some((e) => e.name === 'QuotaExceededError');
}

/** An error from IndexedDB rather than from a bug in our code. */
export function isStorageError(error: unknown): boolean {
  return causes(error).some((e) => e.name !== undefined && STORAGE_ERRORS.has(e.name));
}

/** The one notice that says a write did not happen, why, and what to do. */
class StorageFailure {
  current = $state.raw<StorageFailureNotice | null>(null);

  report(action: StorageAction, error: unknown): void {
    this.current = { action, quota: isQuotaError(error) };
  }

  dismiss(): void {
    this.current = null;
  }
}

export const storageFailure = new StorageFailure();

/**
 * Runs a write that is one transaction (all or nothing); if the browser refuses it, says so and
 * resolves to undefined, so the caller keeps its form or its choice open for another try.
 */
export async function guardWrite<T>(action: StorageAction, write: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await write();
    if (storageFailure.current?.action === action) storageFailure.dismiss();
    return result;
  } catch (error) {
    storageFailure.report(action, error);
    return undefined;
  }
}
