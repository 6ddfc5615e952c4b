/** How many columns the review lays out: enough for any real export, few enough to draw at once. */
export const MAX_SHOWN_COLUMNS = 60;

/** The columns the review shows: the first `max`, and any later one that already has a meaning. */
export function shownColumns(count: number, mapped: Iterable<number | undefined>, max = MAX_SHOWN_COLUMNS): number[] {
  const shown = new Set(Array.from({ length: Math.min(count, max) }, (_, i) => i));
  for (const column of mapped) if (column !== undefined && column < count) shown.add(column);
  return [...shown].sort((a, b) => a - b);
}
