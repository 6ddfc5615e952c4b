import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createUtf8Check } from '../../../src/domain/csv/utf8-check';

const fatalDecoderAccepts = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The bytes fed in parts cut at the given places, each part a view at an odd place of a larger buffer. */
function checkInParts(bytes: Uint8Array, cuts: number[]): boolean {
  const check = createUtf8Check();
  const places = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  let valid = true;
  for (const to of [...places, bytes.length]) {
    const padded = new Uint8Array(to - from + 3);
    padded.set(bytes.subarray(from, to), 3);
    valid = check.feed(padded.subarray(3), to === bytes.length);
    from = to;
  }
  return valid;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Text of every width of character, then bytes of it changed, cut or added at random. */
const mostlyText = fc
  .tuple(
    fc.string({ unit: fc.oneof(fc.constantFrom('a', ';', '\n', '1'), fc.constantFrom('é', 'ñ', '€', '国', '😀', '\u{10FFFF}', '\uFFFD')), maxLength: 60 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
    fc.nat(),
  )
  .map(([text, changes, cut]) => {
    const bytes = [...utf8(text)];
    for (const [at, byte] of changes) bytes.splice(at % (bytes.length + 1), 0, byte);
    return Uint8Array.from(cut % 3 === 0 ? bytes.slice(0, bytes.length - (cut % 4)) : bytes);
  });

describe('UTF-8 checked without decoding', () => {
  it.each([
    ['plain ASCII', [0x61, 0x3b, 0x31, 0x0a], true],
    ['two, three and four bytes', [...utf8('é€😀')], true],
    ['an overlong two-byte form', [0xc0, 0xaf], false],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], false],
    ['a surrogate', [0xed, 0xa0, 0x80], false],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
    ['a byte no character starts with', [0xf5, 0x80, 0x80, 0x80], false],
    ['a continuation byte alone', [0x61, 0x80], false],
    ['a character cut at the end', [0x61, 0xe2, 0x82], false],
    ['Windows-1252 text', [0x47, 0x61, 0x72, 0x63, 0xed, 0x61], false],
  ])('%s', (_, bytes, valid) => {
    expect(checkInParts(Uint8Array.from(bytes), [])).toBe(valid);
    expect(fatalDecoderAccepts(Uint8Array.from(bytes))).toBe(valid);
  });

  it('accepts exactly what a fatal TextDecoder accepts, however the bytes are cut into parts', () => {
    fc.assert(
      fc.property(fc.oneof(mostlyText, fc.uint8Array({ maxLength: 40 })), fc.array(fc.nat(), { maxLength: 4 }), (bytes, cuts) => {
        expect(checkInParts(bytes, cuts)).toBe(fatalDecoderAccepts(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a bad byte deep in a long ASCII run, past the words read four at a time', () => {
    const bytes = new Uint8Array(4099).fill(0x61);
    expect(checkInParts(bytes, [1000])).toBe(true);
    for (const at of [0, 1, 2, 3, 4095, 4096, 4098]) {
      const bad = bytes.slice();
      bad[at] = 0xff;
      expect(checkInParts(bad, [1000])).toBe(false);
    }
  });

  it('stays false once a part was not UTF-8', () => {
    const check = createUtf8Check();
    expect(check.feed(Uint8Array.from([0xff]), false)).toBe(false);
    expect(check.feed(utf8('abc'), true)).toBe(false);
  });
});
