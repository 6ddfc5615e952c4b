import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteKeyTable, hashBytes } from '../../../src/domain/csv/byte-key-table';

/** The keys laid one after the other in a buffer, each key found at its place. */
function laidOut(keys: Uint8Array[]): { bytes: Uint8Array; places: [number, number][] } {
  const bytes = new Uint8Array(keys.reduce((sum, key) => sum + key.length, 1));
  const places: [number, number][] = [];
  let at = 1;
  for (const key of keys) {
    bytes.set(key, at);
    places.push([at, at + key.length]);
    at += key.length;
  }
  return { bytes, places };
}

/** Numbers the keys through the table as a reader does, with `hashOf` standing in for the hash. */
function numbered(keys: Uint8Array[], hashOf: (bytes: Uint8Array, start: number, end: number) => number): number[] {
  const table = new ByteKeyTable();
  const { bytes, places } = laidOut(keys);
  let next = 0;
  return places.map(([start, end]) => {
    const hash = hashOf(bytes, start, end);
    let number = table.get(bytes, start, end, hash);
    if (number < 0) table.add(bytes, start, end, hash, (number = next++));
    return number;
  });
}

/** What a Map of the keys as text numbers them. */
function numberedByMap(keys: Uint8Array[]): number[] {
  const numbers = new Map<string, number>();
  return keys.map((key) => {
    const text = Array.from(key).join(',');
    if (!numbers.has(text)) numbers.set(text, numbers.size);
    return numbers.get(text)!;
  });
}

// Few byte values and lengths around the 8 bytes kept in a slot, so keys often share a start.
const key = fc.uint8Array({ minLength: 0, maxLength: 14, size: 'max' }).map((bytes) => bytes.map((b) => 48 + (b % 3)));
const keyList = fc.array(key, { minLength: 1, maxLength: 400, size: 'max' });

describe('ByteKeyTable', () => {
  it('numbers keys as a Map of their text does, through growth', () => {
    fc.assert(fc.property(keyList, (keys) => {
      expect(numbered(keys, hashBytes)).toEqual(numberedByMap(keys));
    }), { numRuns: 300 });
  });

  it('tells apart keys whose hashes are all equal', () => {
    fc.assert(fc.property(keyList, (keys) => {
      expect(numbered(keys, () => 0x12345678)).toEqual(numberedByMap(keys));
    }), { numRuns: 200 });
  });

  it('tells apart keys of equal hash that differ only in length, past their fourth byte or past their eighth', () => {
    const keys = ['', '0', '00', '00000000', '000000000', '0000000000', '000000001', '00001', '00000001', 'ABCDEFGHI', 'ABCDEFGHJ', '00001']
      .map((text) => new TextEncoder().encode(text));
    expect(numbered(keys, () => 7)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 7]);
  });

  it('keeps every key of tens of thousands, short and long', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => new TextEncoder().encode(i % 2 ? `CU${String(i).padStart(6, '0')}` : `cliente-${i}@example.com`));
    const numbers = numbered([...keys, ...keys.slice().reverse()], hashBytes);
    expect(numbers.slice(60_000)).toEqual(numbers.slice(0, 60_000).reverse());
    expect(new Set(numbers).size).toBe(60_000);
  });
});
