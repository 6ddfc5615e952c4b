/**
 * Whether a file's bytes, given a part at a time, are valid UTF-8, by the Encoding standard's
 * decoder (what a fatal `TextDecoder` accepts), without decoding them: decoding every part of
 * a file read from its bytes only to check it took as long as reading its rows' dates and
 * amounts. Plain ASCII is passed over four bytes at a time where the part's buffer allows it.
 */
export interface Utf8Check {
  /** False once a byte is not valid UTF-8 (`last`: the file ends here, no character may be left open). */
  feed(bytes: Uint8Array, last: boolean): boolean;
}

const HIGH_BITS = 0x80808080 | 0;
const NO_WORDS = new Int32Array(0);

export function createUtf8Check(): Utf8Check {
  // Continuation bytes the open character still needs, and the range its next one must be in.
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let valid = true;

  /** One byte through the standard's decoder: false when it is not valid there. */
  const step = (byte: number): boolean => {
    if (needed === 0) {
      if (byte < 0x80) return true;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        needed = 2;
        if (byte === 0xe0) lower = 0xa0;
        else if (byte === 0xed) upper = 0x9f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        needed = 3;
        if (byte === 0xf0) lower = 0x90;
        else if (byte === 0xf4) upper = 0x8f;
      } else return false;
      return true;
    }
    if (byte < lower || byte > upper) return false;
    lower = 0x80;
    upper = 0xbf;
    needed--;
    return true;
  };

  const check = (bytes: Uint8Array): boolean => {
    // The bytes before the part's first whole word of its buffer, the words, and the bytes after.
    const lead = (4 - (bytes.byteOffset % 4)) % 4;
    const aligned = Math.min(bytes.length, lead);
    const count = bytes.length > lead ? (bytes.length - lead) >> 2 : 0;
    const words = count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + lead, count) : NO_WORDS;
    const wordsEnd = aligned + words.length * 4;
    for (let k = 0; k < aligned; k++) if (!step(bytes[k])) return false;
    for (let w = 0; w < words.length; w++) {
      if (needed === 0 && (words[w] & HIGH_BITS) === 0) continue;
      const at = aligned + w * 4;
      if (!step(bytes[at]) || !step(bytes[at + 1]) || !step(bytes[at + 2]) || !step(bytes[at + 3])) return false;
    }
    for (let k = wordsEnd; k < bytes.length; k++) if (!step(bytes[k])) return false;
    return true;
  };

  return {
    feed(bytes, last) {
      valid &&= check(bytes) && (!last || needed === 0);
      return valid;
    },
  };
}
