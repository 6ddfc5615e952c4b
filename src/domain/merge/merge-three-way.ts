/** One step into a value: an object's key, or the item of a list that carries this `id`. */
export type PathStep = string | { id: string };

/** A place both sides changed to different values. */
export interface Clash {
  path: PathStep[];
  mine: unknown;
  theirs: unknown;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((item) => isRecord(item) && typeof item.id === 'string') &&
  new Set(v.map((item) => (item as { id: string }).id)).size === v.length;

/**
 * Merges two edits of one value made from a common `base`: what only one side changed is taken
 * from it, object keys and lists of items with an `id` are merged one by one, and where both
 * sides changed the same place differently `mine` is kept and the place is reported as a clash.
 */
export function mergeThreeWay(base: unknown, mine: unknown, theirs: unknown): { merged: unknown; clashes: Clash[] } {
  const clashes: Clash[] = [];
  const merged = mergeAt(base, mine, theirs, [], clashes);
  return { merged, clashes };
}

function mergeAt(base: unknown, mine: unknown, theirs: unknown, path: PathStep[], clashes: Clash[]): unknown {
  if (same(mine, theirs) || same(theirs, base)) return mine;
  if (same(mine, base)) return theirs;
  if (isRecord(mine) && isRecord(theirs)) {
    const from = isRecord(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeAt(from[key], mine[key], theirs[key], [...path, key], clashes);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (hasIds(mine) && hasIds(theirs) && (base === undefined || hasIds(base))) {
    return mergeLists(base ?? [], mine, theirs, path, clashes);
  }
  clashes.push({ path, mine, theirs });
  return mine;
}

function mergeLists(base: { id: string }[], mine: { id: string }[], theirs: { id: string }[], path: PathStep[], clashes: Clash[]) {
  const byId = (list: { id: string }[]) => new Map(list.map((item) => [item.id, item]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const ids = [...m.keys(), ...[...t.keys()].filter((id) => !m.has(id))];
  const out: unknown[] = [];
  for (const id of ids) {
    const gone = (side: Map<string, unknown>, other: Map<string, unknown>) =>
      b.has(id) && !side.has(id) && same(other.get(id), b.get(id));
    if (gone(m, t) || gone(t, m)) continue;
    out.push(mergeAt(b.get(id), m.get(id) ?? b.get(id), t.get(id) ?? b.get(id), [...path, { id }], clashes));
  }
  return out;
}

export function getAt(value: unknown, path: PathStep[]): unknown {
  let here = value;
  for (const step of path) {
    if (typeof step === 'string') here = isRecord(here) ? here[step] : undefined;
    else here = Array.isArray(here) ? here.find((item) => isRecord(item) && item.id === step.id) : undefined;
  }
  return here;
}

/** A copy of `value` with `replacement` at `path`; a list item no longer there is left out. */
export function setAt(value: unknown, path: PathStep[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [step, ...rest] = path;
  if (typeof step === 'string') {
    const record = isRecord(value) ? value : {};
    return { ...record, [step]: setAt(record[step], rest, replacement) };
  }
  if (!Array.isArray(value)) return value;
  return value.map((item) => (isRecord(item) && item.id === step.id ? setAt(item, rest, replacement) : item));
}
