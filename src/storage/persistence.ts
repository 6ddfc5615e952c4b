export type PersistenceState = 'persisted' | 'refused' | 'unsupported';

/** Asks the browser not to clear our data under storage pressure. */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'refused';
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}
