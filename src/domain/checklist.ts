/** One item of a checklist the planner ticks and comments; the UI translates `id`. */
export interface ChecklistItem {
  id: string;
  ticked: boolean;
  comment: string;
}

/**
 * The checklist for a fixed list of item ids, in that order, keeping the ticks and comments
 * of `saved` (a stored copy, possibly from an older list): known ids keep their state, new
 * ids start unticked, ids no longer in the list are dropped.
 */
export function checklistFor(ids: readonly string[], saved: readonly ChecklistItem[] = []): ChecklistItem[] {
  const byId = new Map(saved.map((item) => [item.id, item]));
  return ids.map((id) => {
    const old = byId.get(id);
    return { id, ticked: old?.ticked ?? false, comment: old?.comment ?? '' };
  });
}

/**
 * A stored checklist read back: entries that are not objects with a string id are dropped,
 * `ticked` defaults to false and `comment` to ''; a repeated id keeps its first entry.
 * Never throws.
 */
export function restoreChecklistItems(raw: unknown): ChecklistItem[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const items: ChecklistItem[] = [];
  for (const entry of raw as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, ticked, comment } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || seen.has(id)) continue;
    seen.add(id);
    items.push({ id, ticked: ticked === true, comment: typeof comment === 'string' ? comment : '' });
  }
  return items;
}
