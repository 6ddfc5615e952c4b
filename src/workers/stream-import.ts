import { binaryFormat, decodeChunk, detectBom, type TextEncodingName } from '../domain/csv/decode-bytes';
import { importCsv, type ImportError, type ImportOptions, type ImportResult } from '../domain/csv/import-csv';
import { createByteRowReader } from '../domain/csv/byte-rows';
import { createUtf8Check } from '../domain/csv/utf8-check';
import { beginImport, type TextOutline } from '../domain/csv/import-run';
import type { KindEvidence } from '../domain/csv/kind-evidence';
import { createMisreadScanner } from '../domain/csv/mixed-encoding';
import { createRowFeeder, type RowParseError } from '../domain/csv/parse-rows';
import { rowsOfSlice, sliceStart, SLICE_CHARS, SLICES } from '../domain/csv/sample-rows';
import type { Result } from '../domain/result';
import { StoppedError } from './work-stops';

/** How far a read has got: bytes of the file and data rows so far. */
export interface ReadProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface StreamSettings {
  /** Bytes read at a time after the first 128 KB; a file no larger than those is read whole, as text. */
  chunkBytes?: number;
  onprogress?: (progress: ReadProgress) => void;
  /** Asked between parts: true once the page has stopped the read (it then ends with `StoppedError`). */
  stopped?: () => boolean;
}

const CHUNK_BYTES = 4 << 20;
/** The start read first, for the detectors: past their 64K-character sample in any encoding. */
const HEAD_BYTES = 1 << 17;
/** Characters handed to the parser at a time, so each part's rows die young. */
const PARSE_CHARS = 1 << 18;

type Attempt = Result<ImportResult, ImportError> | 'not-utf-8';
const binary = { ok: false, error: { code: 'binary', format: 'unknown' } } as const;

/**
 * A file read as `importCsv` reads its bytes, but a part at a time: the bytes are decoded,
 * parsed and turned into the table's typed columns as they arrive, so neither the file's bytes
 * nor its text are ever held whole (only the start, which the detectors read, and slices spread
 * over the rest, for the formats). Valid UTF-8 is assumed until a byte says otherwise; then the
 * file is read again as Windows-1252, as `decodeBytes` would have chosen.
 */
export async function importBlob(blob: Blob, options: ImportOptions, settings: StreamSettings = {}, decided?: KindEvidence): Promise<Result<ImportResult, ImportError>> {
  const chunkBytes = settings.chunkBytes ?? CHUNK_BYTES;
  const read = async (from: number, to = from + chunkBytes) => new Uint8Array(await blob.slice(from, to).arrayBuffer());
  // A file no larger than a part is read whole; a larger one starts with the detectors' head.
  if (blob.size <= Math.max(HEAD_BYTES, chunkBytes)) return importCsv(await read(0, blob.size), options, decided);
  const headBytes = HEAD_BYTES;
  const first = await read(0, headBytes);

  const bomEncoding = detectBom(first);
  const format = binaryFormat(first, bomEncoding);
  if (format) return { ok: false, error: { code: 'binary', format } };
  const given = options.encoding ?? bomEncoding;
  const attempt = await readAs(given ?? 'utf-8', given === null);
  if (attempt !== 'not-utf-8') return attempt;
  return (await readAs('windows-1252', false)) as Result<ImportResult, ImportError>;

  async function readAs(encoding: TextEncodingName, strict: boolean): Promise<Attempt> {
    const bom = bomEncoding !== null && bomEncoding === given;
    const skip = bom ? (encoding === 'utf-8' ? 3 : 2) : 0;
    const textDecoder = () => {
      const decoder = new TextDecoder(encoding, { fatal: strict, ignoreBOM: true });
      return (bytes: Uint8Array, more: boolean): string | null => {
        try {
          return decodeChunk(decoder, encoding, bytes, more);
        } catch {
          return null;
        }
      };
    };
    let decode = textDecoder();
    // Parts read as rows from their bytes are only checked, not decoded (only strict reads are UTF-8).
    const utf8 = strict ? createUtf8Check() : null;
    // Lines in another encoding can only be in a file not read as strict UTF-8.
    const misread = strict ? null : createMisreadScanner(encoding);
    const wide = encoding === 'utf-16le' || encoding === 'utf-16be';

    misread?.feed(first.subarray(skip));
    utf8?.feed(first.subarray(skip), false);
    const head = decode(first.subarray(skip), true);
    if (head === null) return 'not-utf-8';
    const outline: TextOutline = { head, length: blob.size - skip, spread: await spreadSlices(blob, skip, encoding) };
    const begun = beginImport(outline, { encoding, bom, misread: null }, options, decided);
    if (!begun.ok) return begun;
    const run = begun.value;
    let feeder = createRowFeeder(run, run.row);
    const feed = (text: string, last: boolean): Result<void, RowParseError> => {
      for (let at = 0; at < text.length || (last && at === 0); at += PARSE_CHARS) {
        const fed = feeder.feed(text.slice(at, at + PARSE_CHARS), last && at + PARSE_CHARS >= text.length);
        if (!fed.ok) return fed;
      }
      return { ok: true, value: undefined };
    };

    // The head's whole lines go to the text parser; from there on, rows are read from the bytes
    // where the file allows it, until a line only the text parser can read.
    const headLines = wide ? head.length : head.lastIndexOf('\n') + 1;
    let fed = feed(head.slice(0, headLines), false);
    const byRows = !wide && fed.ok && !feeder.pending ? run.readsBytes(feeder.line) : null;
    const lineDecoder = new TextDecoder(encoding, { ignoreBOM: true });
    let reading = byRows && createByteRowReader(byRows.plan, byRows.sink, (bytes) => decodeChunk(lineDecoder, encoding, bytes), {
      line: feeder.line,
      carry: first.subarray(first.lastIndexOf(10) + 1),
    });
    if (fed.ok && !reading) fed = feed(head.slice(headLines), false);

    let tail = head.slice(-2);
    let next = read(headBytes);
    for (let from = headBytes; fed.ok && from < blob.size; from += chunkBytes) {
      const part = await next;
      if (settings.stopped?.()) throw new StoppedError();
      const last = from + chunkBytes >= blob.size;
      if (!last) next = read(from + chunkBytes);
      // The byte reader stops at a NUL byte and hands it on, so only bytes it hands on are searched.
      if (!reading && !wide && part.indexOf(0) !== -1) return binary;
      misread?.feed(part);
      if (reading) {
        if (utf8 && !utf8.feed(part, last)) return 'not-utf-8';
        const rest = reading.read(part, last);
        if (rest) {
          if (rest.indexOf(0) !== -1) return binary;
          // The text parser takes over at a line start: a decoder of its own starts there.
          feeder = createRowFeeder(run, run.row, reading.line);
          reading = null;
          decode = textDecoder();
          const text = decode(rest, !last);
          if (text === null) return 'not-utf-8';
          fed = feed(text, last);
        }
        tail = (tail + String.fromCharCode(...part.subarray(-2))).slice(-2);
      } else {
        const text = decode(part, !last);
        if (text === null) return 'not-utf-8';
        if (wide && text.includes('\u0000')) return binary;
        fed = feed(text, last);
        // The last two characters read, without joining the part to them (that would copy it).
        tail = text.length >= 2 ? text.slice(-2) : (tail + text).slice(-2);
      }
      settings.onprogress?.({ bytes: Math.min(blob.size, from + chunkBytes), totalBytes: blob.size, rows: run.counts.rows });
    }
    if (!fed.ok) return { ok: false, error: { ...fed.error, view: run.view } };
    const otherKind = run.end(tail.endsWith(run.newline));
    if (otherKind) {
      const other = await importBlob(blob, { ...options, kind: otherKind.kind }, settings, otherKind);
      if (other.ok) return other;
    }
    return run.result(misread ? misread.end() : null);
  }
}

/** The slices of `spreadSample`, taken from the file's bytes at the same places. */
async function spreadSlices(blob: Blob, skip: number, encoding: TextEncodingName): Promise<TextOutline['spread']> {
  const slices: { text: string; atEnd: boolean }[] = [];
  const length = blob.size - skip;
  for (let k = 1; k <= SLICES; k++) {
    let from = sliceStart(length, k);
    if (from === null) break;
    // UTF-16 is read from an even byte, or every character comes out wrong.
    if (encoding.startsWith('utf-16')) from -= from % 2;
    const bytes = new Uint8Array(await blob.slice(skip + from, skip + from + SLICE_CHARS).arrayBuffer());
    slices.push({ text: decodeChunk(new TextDecoder(encoding, { ignoreBOM: true }), encoding, bytes), atEnd: k === SLICES && from + SLICE_CHARS >= length });
  }
  return (delimiter, newline, width) => slices.flatMap((slice) => rowsOfSlice(slice.text, slice.atEnd, delimiter, newline, width));
}
