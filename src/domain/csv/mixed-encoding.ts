/** Lines of a file that, read in the encoding chosen for the whole file, come out garbled. */
export interface MisreadLines {
  /** The encoding those lines seem to be written in. */
  likely: 'utf-8' | 'windows-1252';
  /** 1-based line numbers, the first `MAX_LISTED`. */
  lines: number[];
  total: number;
  /** One word as it was read, and as it was probably meant («JosÃ©» for «José»). */
  example: { read: string; meant: string };
}

const MAX_LISTED = 10;

/**
 * Finds the lines written in the other of UTF-8 and Windows-1252 than `chosen`, as when rows
 * typed on two computers are pasted into one file: lines with bytes above 0x7F that are valid
 * UTF-8 in a file read as Windows-1252, or invalid UTF-8 in a file read as UTF-8.
 */
export function findMisreadLines(bytes: Uint8Array, chosen: string): MisreadLines | null {
  if (chosen !== 'utf-8' && chosen !== 'windows-1252') return null;
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: number[] = [];
  let total = 0;
  let example: MisreadLines['example'] | null = null;
  let line = 1;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0x0a;
    if (b >= 0x80) high = true;
    if (b !== 0x0a) continue;
    if (high) {
      const content = bytes.subarray(start, i);
      let utf8 = true;
      try {
        strict.decode(content);
      } catch {
        utf8 = false;
      }
      if (utf8 === (chosen === 'windows-1252')) {
        total++;
        if (lines.length < MAX_LISTED) lines.push(line);
        example ??= misreadWord(content, chosen);
      }
    }
    line++;
    start = i + 1;
    high = false;
  }
  return total > 0 && example ? { likely: chosen === 'utf-8' ? 'windows-1252' : 'utf-8', lines, total, example } : null;
}

function misreadWord(line: Uint8Array, chosen: 'utf-8' | 'windows-1252'): MisreadLines['example'] {
  const other = chosen === 'utf-8' ? 'windows-1252' : 'utf-8';
  const words = (encoding: string) => new TextDecoder(encoding, { ignoreBOM: true }).decode(line).split(/[\s,;\t|"]+/);
  const read = words(chosen);
  const meant = words(other);
  const index = Math.max(0, meant.findIndex((word) => /[^\x00-\x7f]/.test(word)));
  return { read: read[index] ?? '', meant: meant[index] ?? '' };
}
