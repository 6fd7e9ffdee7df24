// Fixed-size bitsets over the index's slots (one slot per public practice). Counting a facet
// value is a popcount of an AND over n/32 words, so 50,000 practices cost ~1,600 word operations
// per value instead of a scan of rows.

export class Bitset {
  words: Uint32Array;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(Math.max(size, 1) / 32));
  }

  get capacity(): number {
    return this.words.length * 32;
  }

  /** Grows (never shrinks) so that `size` bits fit, keeping the bits already set. */
  ensure(size: number): void {
    if (size <= this.capacity) return;
    const next = new Uint32Array(Math.max(Math.ceil(size / 32), this.words.length * 2));
    next.set(this.words);
    this.words = next;
  }

  set(i: number): void {
    this.ensure(i + 1);
    this.words[i >>> 5] = (this.words[i >>> 5] as number) | (1 << (i & 31));
  }

  clear(i: number): void {
    if (i >= this.capacity) return;
    this.words[i >>> 5] = (this.words[i >>> 5] as number) & ~(1 << (i & 31));
  }

  has(i: number): boolean {
    return i < this.capacity && ((this.words[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  }

  /** The number of set bits. */
  count(): number {
    let total = 0;
    for (let w = 0; w < this.words.length; w++) total += popcount(this.words[w] as number);
    return total;
  }

  /** The set bits, ascending. */
  toArray(): number[] {
    const out: number[] = [];
    this.forEach((i) => {
      out.push(i);
    });
    return out;
  }

  /** Calls `fn` with every set bit, in ascending order. */
  forEach(fn: (i: number) => void): void {
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let word = words[w] as number;
      while (word !== 0) {
        const low = word & -word;
        fn(w * 32 + (31 - Math.clz32(low)));
        word ^= low;
      }
    }
  }
}

/** Set bits of every 16-bit number: two table reads beat bit tricks in V8. */
const BITS16 = new Uint8Array(1 << 16);
for (let i = 1; i < BITS16.length; i++) BITS16[i] = (BITS16[i >> 1] as number) + (i & 1);

export function popcount(x: number): number {
  return (BITS16[x & 0xffff] as number) + (BITS16[x >>> 16] as number);
}

/**
 * For every set bit i of `set`, adds one to `counts[codes[i]]`: counting a many-valued dimension
 * (89 regions, the years) in one pass over the set instead of one popcount per value.
 */
export function tally(set: Bitset, codes: ArrayLike<number>, counts: Uint32Array): void {
  const words = set.words;
  for (let w = 0; w < words.length; w++) {
    let word = words[w] as number;
    while (word !== 0) {
      const low = word & -word;
      const i = w * 32 + (31 - Math.clz32(low));
      const code = codes[i] as number;
      counts[code] = (counts[code] as number) + 1;
      word ^= low;
    }
  }
}

/** |a ∩ b| without allocating. */
export function andCount(a: Bitset, b: Bitset): number {
  const aw = a.words;
  const bw = b.words;
  const n = Math.min(aw.length, bw.length);
  let total = 0;
  for (let w = 0; w < n; w++) total += popcount((aw[w] as number) & (bw[w] as number));
  return total;
}

/** A new bitset of `size` bits: the intersection of all `sets` (all bits when there are none). */
export function intersectAll(size: number, sets: readonly Bitset[]): Bitset {
  const out = new Bitset(size);
  const words = out.words;
  if (sets.length === 0) {
    words.fill(0xffffffff);
    return out;
  }
  words.set((sets[0] as Bitset).words.subarray(0, words.length));
  for (let s = 1; s < sets.length; s++) {
    const other = (sets[s] as Bitset).words;
    for (let w = 0; w < words.length; w++) words[w] = (words[w] as number) & ((other[w] as number) | 0);
  }
  return out;
}

/** A new bitset of `size` bits: the union of `sets`. */
export function unionAll(size: number, sets: readonly Bitset[]): Bitset {
  const out = new Bitset(size);
  const words = out.words;
  for (const set of sets) {
    const other = set.words;
    const n = Math.min(words.length, other.length);
    for (let w = 0; w < n; w++) words[w] = (words[w] as number) | (other[w] as number);
  }
  return out;
}

/** A new bitset: `a` without the bits of `b`. */
export function without(a: Bitset, b: Bitset): Bitset {
  const out = new Bitset(a.capacity);
  const words = out.words;
  const other = b.words;
  for (let w = 0; w < words.length; w++) words[w] = (a.words[w] as number) & ~((other[w] as number) | 0);
  return out;
}
