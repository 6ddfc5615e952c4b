import * as v from 'valibot';

/**
 * A stored list of records with ids read back through `schema` (whose fields carry their
 * own fallbacks): entries the schema refuses are dropped, and so is any entry repeating an
 * earlier id, since the UI keys its lists by id. Not an array: empty. Never throws.
 */
export function restoreRecords<T extends { id: string }>(
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
): T[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const records: T[] = [];
  for (const entry of raw as unknown[]) {
    const result = v.safeParse(schema, entry);
    if (!result.success || seen.has(result.output.id)) continue;
    seen.add(result.output.id);
    records.push(result.output);
  }
  return records;
}

/** A non-empty id of at most 100 characters. */
export const recordId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Text with '' in place of anything that is not a string. */
export const text = v.fallback(v.string(), '');

/** A finite number; −0 becomes 0, as a JSON round trip would make it. */
export const finiteNumber = v.pipe(v.number(), v.finite(), v.transform((n) => n + 0));

/** A finite number, or null. */
export const numberOrNull = v.fallback(v.nullable(finiteNumber), null);
