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
  const scanner = createMisreadScanner(chosen);
  scanner.feed(bytes);
  return scanner.end();
}

export interface MisreadScanner {
  /** The next bytes of the file, in order, cut anywhere. */
  feed(bytes: Uint8Array): void;
  /** After the last bytes: what `findMisreadLines` gives for the whole file. */
  end(): MisreadLines | null;
}

/** `findMisreadLines` over a file read in parts. */
export function createMisreadScanner(chosen: string): MisreadScanner {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: number[] = [];
  let total = 0;
  let example: MisreadLines['example'] | null = null;
  let line = 1;
  let high = false;
  // The bytes of the line begun in earlier parts.
  let carried: Uint8Array[] = [];

  const check = (content: Uint8Array) => {
    let utf8 = true;
    try {
      strict.decode(content);
    } catch {
      utf8 = false;
    }
    if (utf8 === (chosen === 'windows-1252')) {
      total++;
      if (lines.length < MAX_LISTED) lines.push(line);
      example ??= misreadWord(content, chosen as 'utf-8' | 'windows-1252');
    }
  };
  const joined = (tail: Uint8Array) => {
    if (carried.length === 0) return tail;
    const parts = [...carried, tail];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    carried = [];
    return out;
  };
  const scan = (bytes: Uint8Array, final: boolean) => {
    let start = 0;
    const n = bytes.length;
    for (let i = 0; i <= n; i++) {
      let b: number;
      if (i < n) b = bytes[i];
      else if (final) b = 0x0a;
      else break;
      if (b >= 0x80) high = true;
      if (b !== 0x0a) continue;
      if (high) check(joined(bytes.subarray(start, i)));
      carried = [];
      line++;
      start = i + 1;
      high = false;
    }
    if (!final && start < n) carried.push(bytes.slice(start));
  };

  return {
    feed(bytes) {
      if (chosen === 'utf-8' || chosen === 'windows-1252') scan(bytes, false);
    },
    end() {
      if (chosen !== 'utf-8' && chosen !== 'windows-1252') return null;
      scan(new Uint8Array(0), true);
      return total > 0 && example ? { likely: chosen === 'utf-8' ? 'windows-1252' : 'utf-8', lines, total, example } : null;
    },
  };
}

function misreadWord(line: Uint8Array, chosen: 'utf-8' | 'windows-1252'): MisreadLines['example'] {
  const other = chosen === 'utf-8' ? 'windows-1252' : 'utf-8';
  const words = (encoding: string) => new TextDecoder(encoding, { ignoreBOM: true }).decode(line).split(/[\s,;\t|"]+/);
  const read = words(chosen);
  const meant = words(other);
  const index = Math.max(0, meant.findIndex((word) => /[^\x00-\x7f]/.test(word)));
  return { read: read[index] ?? '', meant: meant[index] ?? '' };
}
