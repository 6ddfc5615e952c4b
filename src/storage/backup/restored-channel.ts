const CHANNEL = 'fideliza.restored';

/** Tells the other tabs which plans a backup has just replaced, so they show the restored text. */
export function announceRestored(planIds: string[]): void {
  if (typeof BroadcastChannel === 'undefined' || planIds.length === 0) return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(planIds);
  channel.close();
}

/** Calls `listener` with the ids of the plans another tab restored; returns the way to stop. */
export function onRestored(listener: (planIds: string[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (Array.isArray(event.data)) listener(event.data.map(String));
  };
  return () => channel.close();
}
