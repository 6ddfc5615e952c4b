/**
 * A 53-bit hash of a row's cells (cyrb53 over the cells joined by a unit separator), in base 36.
 * It finds a row again in a new version of the file; 53 bits keep two different rows of a
 * 100,000-row list from sharing a hash (a 32-bit hash would, more likely than not).
 */
export function rowHash(cells: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const text = cells.join('\u001f');
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
