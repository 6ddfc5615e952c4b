/**
 * Whether a file's bytes, given a part at a time, are valid UTF-8, by the Encoding standard's
 * decoder (what a fatal `TextDecoder` accepts), without decoding them: decoding every part of
 * a file read from its bytes only to check it took as long as reading its rows' dates and
 * amounts. Plain ASCII is passed over eight bytes at a time where the part’s buffer allows it.
 */
export interface Utf8Check {
  /** False once a byte is not valid UTF-8 (`last`: the file ends here, no character may be left open). */
  feed(bytes: Uint8Array, last: boolean): boolean;
}

const HIGH_BITS = 0x80808080 | 0;
const NO_WORDS = new Int32Array(0);

export function createUtf8Check(): Utf8Check {
  // The open character: continuation bytes it still needs, the range its next one must be in.
  const open = new Int32Array([0, 0x80, 0xbf]);
  let valid = true;

  const check = (bytes: Uint8Array): boolean => {
    // The bytes before the part's first whole word of its buffer, the words, and the bytes after.
    const lead = (4 - (bytes.byteOffset % 4)) % 4;
    const aligned = Math.min(bytes.length, lead);
    const count = bytes.length > lead ? (bytes.length - lead) >> 2 : 0;
    const words = count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + lead, count) : NO_WORDS;
    const wordsEnd = aligned + words.length * 4;
    let needed = decode(bytes, 0, aligned, open);
    // Words two at a time: in most text, a pair of words with no high bit is the common case.
    let w = 0;
    for (; w + 1 < words.length && needed >= 0; w += 2) {
      if (needed === 0 && ((words[w] | words[w + 1]) & HIGH_BITS) === 0) continue;
      needed = decode(bytes, aligned + w * 4, aligned + w * 4 + 8, open);
    }
    if (w < words.length && needed >= 0) needed = decode(bytes, aligned + w * 4, wordsEnd, open);
    if (needed >= 0) needed = decode(bytes, wordsEnd, bytes.length, open);
    return needed >= 0;
  };

  return {
    feed(bytes, last) {
      valid &&= check(bytes) && (!last || open[0] === 0);
      return valid;
    },
  };
}

/**
 * `bytes[from, to)` through the standard's decoder, from and into the open character's state
 * (`open`: bytes still needed, lower and upper bound of the next); the bytes still needed, or -1
 * at a byte not valid there. The state is in locals while it runs: this is the hot loop.
 */
function decode(bytes: Uint8Array, from: number, to: number, open: Int32Array): number {
  let needed = open[0];
  let lower = open[1];
  let upper = open[2];
  for (let k = from; k < to; k++) {
    const byte = bytes[k];
    if (needed === 0) {
      if (byte < 0x80) continue;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        needed = 2;
        if (byte === 0xe0) lower = 0xa0;
        else if (byte === 0xed) upper = 0x9f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        needed = 3;
        if (byte === 0xf0) lower = 0x90;
        else if (byte === 0xf4) upper = 0x8f;
      } else return -1;
      continue;
    }
    if (byte < lower || byte > upper) return -1;
    lower = 0x80;
    upper = 0xbf;
    needed--;
  }
  open[0] = needed;
  open[1] = lower;
  open[2] = upper;
  return needed;
}
