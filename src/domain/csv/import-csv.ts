import type { Result } from '../result';
import type { ImportError, ImportOptions, ImportResult } from './import-types';
import { decodeBytes } from './decode-bytes';
import { beginImport, type TextFacts } from './import-run';
import type { KindEvidence } from './kind-evidence';
import { forEachRow } from './parse-rows';
import { spreadSample } from './sample-rows';

export type * from './import-types';

/**
 * Pasted text or an uploaded file's bytes → the transactions or customers table, every rejected
 * row with its line and reason, counts, and what was detected. Fails with a code (and, once the
 * file is readable, what the user needs to fix it) when nothing usable comes out. The kind of
 * file is weighed again on the whole file once read (rows per customer id over every row); where
 * it turns out the other kind, the file is read again as that (`decided` carries the evidence).
 * A large file is read in parts instead (`src/workers/stream-import.ts`), through the same steps.
 */
export function importCsv(input: string | Uint8Array, options: ImportOptions, decided?: KindEvidence): Result<ImportResult, ImportError> {
  let text: string;
  let facts: TextFacts = { encoding: null, bom: false, misread: null };
  if (typeof input === 'string') {
    facts.bom = input.charCodeAt(0) === 0xfeff;
    text = facts.bom ? input.slice(1) : input;
  } else {
    const decoded = decodeBytes(input, options.encoding);
    if (!decoded.ok) return decoded;
    const { text: decodedText, ...rest } = decoded.value;
    text = decodedText;
    facts = rest;
  }

  const begun = beginImport({ head: text, length: text.length, spread: (d, n, w) => spreadSample(text, d, n, w) }, facts, options, decided);
  if (!begun.ok) return begun;
  const run = begun.value;
  const parsed = forEachRow(text, { delimiter: run.delimiter, newline: run.newline }, run.row);
  if (!parsed.ok) return { ok: false, error: { ...parsed.error, view: run.view } };
  const otherKind = run.end(text.endsWith(run.newline));
  if (otherKind) {
    const other = importCsv(input, { ...options, kind: otherKind.kind }, otherKind);
    if (other.ok) return other;
  }
  return run.result();
}
