/**
 * Numbers for keys met as bytes of a file (customer ids, order ids, channel names), found
 * without making a string per row: open addressing on an FNV-1a hash, each key's bytes kept
 * once in a pool. The caller gives the number of a new key (`add`), so it can come from the
 * same `Map` the text path fills.
 */
export class ByteKeyTable {
  /** Per slot: the hash, where the key's bytes start in the pool, their length + 1 (0: empty), the number. */
  #slots = new Int32Array(SLOT * 1024);
  #pool = new Uint8Array(1 << 14);
  #poolLength = 0;
  #size = 0;

  /** The number of the key `bytes[start, end)` of hash `hash` (see `hashBytes`), or -1. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start + 1;
    for (let slot = (hash & mask) * SLOT; ; slot = (slot + SLOT) & (mask * SLOT + SLOT - 1)) {
      const stored = slots[slot + 2];
      if (stored === 0) return -1;
      if (slots[slot] === (hash | 0) && stored === length && this.#equals(slots[slot + 1], bytes, start, end)) return slots[slot + 3];
    }
  }

  /** Adds a key not in the table. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: number): void {
    if ((this.#size + 1) * 2 * SLOT > this.#slots.length) this.#rehash();
    const length = end - start;
    if (this.#poolLength + length > this.#pool.length) {
      const pool = new Uint8Array(Math.max(this.#pool.length * 2, this.#poolLength + length));
      pool.set(this.#pool.subarray(0, this.#poolLength));
      this.#pool = pool;
    }
    this.#pool.set(bytes.subarray(start, end), this.#poolLength);
    this.#place(this.#slots, hash | 0, this.#poolLength, length + 1, value);
    this.#poolLength += length;
    this.#size++;
  }

  #equals(from: number, bytes: Uint8Array, start: number, end: number): boolean {
    const pool = this.#pool;
    for (let k = 0; k < end - start; k++) if (pool[from + k] !== bytes[start + k]) return false;
    return true;
  }

  #place(slots: Int32Array, hash: number, from: number, length: number, value: number): void {
    const mask = slots.length / SLOT - 1;
    let slot = (hash & mask) * SLOT;
    while (slots[slot + 2] !== 0) slot = (slot + SLOT) % slots.length;
    slots[slot] = hash;
    slots[slot + 1] = from;
    slots[slot + 2] = length;
    slots[slot + 3] = value;
  }

  #rehash(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += SLOT) {
      if (old[slot + 2] !== 0) this.#place(this.#slots, old[slot], old[slot + 1], old[slot + 2], old[slot + 3]);
    }
  }
}

/** Numbers per slot of the table. */
const SLOT = 4;

/** FNV-1a over `bytes[start, end)`, as an unsigned 32-bit number. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ bytes[k], 0x01000193);
  return hash >>> 0;
}
