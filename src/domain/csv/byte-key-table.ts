/**
 * Numbers for keys met as bytes of a file (customer ids, order ids, channel names), found
 * without making a string per row: open addressing on an FNV-1a hash. A key of up to 8 bytes
 * is kept in its slot, so finding it reads one slot and nothing else (with tens of thousands of
 * customers, each other place read is a likely cache miss); a longer key's bytes are kept once
 * in a pool. The caller gives the number of a new key (`add`), so it can come from the same
 * `Map` the text path fills.
 */
export class ByteKeyTable {
  /**
   * Per slot: the number + 1 (0: empty); the hash with its low 4 bits replaced by the key's length,
   * or by LONG; then the key's bytes, little-endian in two words, or, for a long key, where its
   * bytes start in the pool and their length.
   */
  #slots = new Int32Array(SLOT * 1024);
  #pool = new Uint8Array(1 << 14);
  #poolLength = 0;
  #size = 0;

  /** The number of the key `bytes[start, end)` of hash `hash` (see `hashBytes`), or -1. */
  get(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const last = slots.length - SLOT;
    const length = end - start;
    const short = length <= SHORT;
    const tagged = tag(hash, length);
    const low = short ? word(bytes, start, Math.min(end, start + 4)) : 0;
    const high = short ? word(bytes, start + 4, end) : 0;
    for (let slot = (tagged >>> 4) * SLOT & last; ; slot = (slot + SLOT) & last) {
      const value = slots[slot];
      if (value === 0) return -1;
      if (slots[slot + 1] !== tagged) continue;
      if (short ? slots[slot + 2] === low && slots[slot + 3] === high : this.#inPool(slots[slot + 2], slots[slot + 3], bytes, start, end)) return value - 1;
    }
  }

  /** Adds a key not in the table. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: number): void {
    if ((this.#size + 1) * 2 * SLOT > this.#slots.length) this.#rehash();
    const length = end - start;
    if (length <= SHORT) {
      this.#place(this.#slots, value + 1, tag(hash, length), word(bytes, start, Math.min(end, start + 4)), word(bytes, start + 4, end));
    } else {
      if (this.#poolLength + length > this.#pool.length) {
        const pool = new Uint8Array(Math.max(this.#pool.length * 2, this.#poolLength + length));
        pool.set(this.#pool.subarray(0, this.#poolLength));
        this.#pool = pool;
      }
      this.#pool.set(bytes.subarray(start, end), this.#poolLength);
      this.#place(this.#slots, value + 1, tag(hash, length), this.#poolLength, length);
      this.#poolLength += length;
    }
    this.#size++;
  }

  #inPool(from: number, length: number, bytes: Uint8Array, start: number, end: number): boolean {
    if (length !== end - start) return false;
    const pool = this.#pool;
    for (let k = 0; k < length; k++) if (pool[from + k] !== bytes[start + k]) return false;
    return true;
  }

  /** Puts a key in the first free slot from its hash's place (the bits above the length). */
  #place(slots: Int32Array, value: number, tagged: number, a: number, b: number): void {
    const last = slots.length - SLOT;
    let slot = (tagged >>> 4) * SLOT & last;
    while (slots[slot] !== 0) slot = (slot + SLOT) & last;
    slots[slot] = value;
    slots[slot + 1] = tagged;
    slots[slot + 2] = a;
    slots[slot + 3] = b;
  }

  #rehash(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += SLOT) {
      if (old[slot] !== 0) this.#place(this.#slots, old[slot], old[slot + 1], old[slot + 2], old[slot + 3]);
    }
  }
}

/** Numbers per slot of the table. */
const SLOT = 4;
/** Longest key kept in its slot. */
const SHORT = 8;
/** The length field of a key kept in the pool. */
const LONG = 15;

/** The hash with its low 4 bits replaced by the key's length (1 to 8), or LONG. */
function tag(hash: number, length: number): number {
  return (hash & ~LONG) | (length <= SHORT ? length : LONG);
}

/** Up to 4 bytes as one little-endian number. */
function word(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) value |= bytes[k] << ((k - from) << 3);
  return value;
}

/** FNV-1a over `bytes[start, end)`, as an unsigned 32-bit number. */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ bytes[k], 0x01000193);
  return hash >>> 0;
}
