import type { Result } from '../result';
import { findMisreadLines, type MisreadLines } from './mixed-encoding';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** What a file that is not text looks like, so the UI can say "save it as CSV" for a spreadsheet. */
export type BinaryFormat = 'xlsx' | 'xls' | 'ods' | 'zip' | 'pdf' | 'gzip' | 'image' | 'unknown';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the bytes started with a byte order mark (removed from `text`). */
  bom: boolean;
  /** Lines that seem written in another encoding than the file's; null when there are none. */
  misread: MisreadLines | null;
}

export type DecodeError = { code: 'binary'; format: BinaryFormat };

const SAMPLE_BYTES = 65_536;

/**
 * Bytes 0x80–0x9F in Windows-1252 (€, curly quotes, dashes…). Node's decoder reads them as
 * Latin-1 control codes where browsers don't; mapping them here gives the same text in both.
 */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** Above this share of control bytes in the sample the file is not text. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Bytes of an uploaded file → text. A BOM decides (UTF-8, UTF-16); otherwise valid UTF-8 is
 * UTF-8 and anything else is read as Windows-1252, the encoding of Excel's CSV on Spanish
 * Windows. `encoding` forces one; lines that seem written in the other of the two are reported.
 * Files that are not text (spreadsheets, PDF, images, anything with a NUL byte anywhere) are
 * refused with `binary`.
 */
export function decodeBytes(bytes: Uint8Array, encoding?: TextEncodingName): Result<DecodedText, DecodeError> {
  const bomEncoding = detectBom(bytes);
  const format = binaryFormat(bytes, bomEncoding);
  if (format) return { ok: false, error: { code: 'binary', format } };
  const given = encoding ?? bomEncoding;
  const bom = bomEncoding !== null && bomEncoding === given;
  const body = bom ? bytes.subarray(given === 'utf-8' ? 3 : 2) : bytes;
  // Valid UTF-8 is read once, strictly; it has no line in another encoding to look for.
  const strict = given === null ? strictUtf8(body) : null;
  if (strict !== null) return { ok: true, value: { text: strict, encoding: 'utf-8', bom, misread: null } };
  const chosen = given ?? 'windows-1252';
  // TextDecoder is the Encoding standard, global alike in pages, workers and Node: no DOM needed.
  const text = decodeChunk(new TextDecoder(chosen, { ignoreBOM: true }), chosen, body);
  return { ok: true, value: { text, encoding: chosen, bom, misread: findMisreadLines(body, chosen) } };
}

/** A part of the text decoded (`stream`: more follows), Windows-1252's 0x80–0x9F read as browsers read them. */
export function decodeChunk(decoder: TextDecoder, encoding: TextEncodingName, bytes: Uint8Array, stream = false): string {
  const text = decoder.decode(bytes, { stream });
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]) : text;
}

/** The encoding a BOM says, or null without one. */
export function detectBom(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const head = bytes.subarray(0, 4096);
  outer: for (let i = 0; i + text.length <= head.length; i++) {
    for (let j = 0; j < text.length; j++) if (head[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** What a file that is not text is, from its first bytes (and a NUL byte anywhere); null for text. */
export function binaryFormat(bytes: Uint8Array, bom: TextEncodingName | null): BinaryFormat | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, 'xl/')) return 'xlsx';
    if (containsAscii(bytes, 'opendocument.spreadsheet')) return 'ods';
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return 'image';
  }
  if (bom === 'utf-16le' || bom === 'utf-16be') return null;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return 'unknown';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (end > 0 && control / end > MAX_CONTROL_SHARE) return 'unknown';
  // A NUL byte past the sample: text files have none (UTF-16, which does, returned above).
  return bytes.indexOf(0, end) === -1 ? null : 'unknown';
}
