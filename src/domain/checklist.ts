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
