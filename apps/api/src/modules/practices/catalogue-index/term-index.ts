// The term index: for each text-search term asked so far, the public practices it matches (a
// bitset over the catalogue index's slots) and their ts_rank. PostgreSQL answers a term the first
// time anybody asks for it; after that the term is combined with any filters, pages and other
// terms in memory. Terms are kept current by the same change log as the catalogue index and
// bounded in bytes, least recently used first out.
import { Bitset } from './bitset';

export interface Term {
  set: Bitset;
  /** Matching slots, ascending, and their ranks in the same order (ts_rank is a float4). */
  slots: Int32Array;
  ranks: Float32Array;
}

const termBytes = (term: Term) =>
  term.set.words.byteLength + term.slots.byteLength + term.ranks.byteLength + 64;

export function makeTerm(matches: { slot: number; rank: number }[], size: number): Term {
  matches.sort((a, b) => a.slot - b.slot);
  const set = new Bitset(size);
  const slots = new Int32Array(matches.length);
  const ranks = new Float32Array(matches.length);
  matches.forEach((match, i) => {
    set.set(match.slot);
    slots[i] = match.slot;
    ranks[i] = match.rank;
  });
  return { set, slots, ranks };
}

/**
 * Practices matching any of `terms`, each ranked by its best term: how a prefix or a word with
 * several lexemes ranks (a practice that holds two forms of a word is not twice as relevant).
 */
export function unionTerms(terms: Term[], size: number): Term {
  if (terms.length === 1) return terms[0] as Term;
  const best = new Float32Array(size);
  const set = new Bitset(size);
  for (const term of terms) {
    for (let j = 0; j < term.slots.length; j++) {
      const slot = term.slots[j] as number;
      const rank = term.ranks[j] as number;
      set.set(slot);
      if (rank > (best[slot] as number)) best[slot] = rank;
    }
  }
  const slots = Int32Array.from(set.toArray());
  const ranks = new Float32Array(slots.length);
  for (let i = 0; i < slots.length; i++) ranks[i] = best[slots[i] as number] as number;
  return { set, slots, ranks };
}

export class TermIndex {
  private readonly terms = new Map<string, Term>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  get(query: string): Term | undefined {
    const term = this.terms.get(query);
    if (term) {
      this.terms.delete(query);
      this.terms.set(query, term);
    }
    return term;
  }

  set(query: string, term: Term): void {
    this.delete(query);
    this.terms.set(query, term);
    this.bytes += termBytes(term);
    for (const [oldest, old] of this.terms) {
      if (this.bytes <= this.budgetBytes || oldest === query) break;
      this.terms.delete(oldest);
      this.bytes -= termBytes(old);
    }
  }

  has(query: string): boolean {
    return this.terms.has(query);
  }

  delete(query: string): void {
    const term = this.terms.get(query);
    if (!term) return;
    this.terms.delete(query);
    this.bytes -= termBytes(term);
  }

  keys(): string[] {
    return [...this.terms.keys()];
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  /**
   * After practices in `changedSlots` changed: `matches[i]` holds what term `keys[i]` matches
   * among them now. Terms not in `keys` are dropped (they were loaded while the change was read).
   */
  patch(
    keys: string[],
    changedSlots: Set<number>,
    matches: Map<number, { slot: number; rank: number }[]>,
    size: number,
  ): void {
    const wanted = new Set(keys);
    for (const key of this.keys()) if (!wanted.has(key)) this.delete(key);
    keys.forEach((key, i) => {
      const term = this.terms.get(key);
      if (!term) return;
      const found = matches.get(i) ?? [];
      // Most changes touch no term (a draft saved, another word's practice): nothing to redo.
      if (!found.length && ![...changedSlots].some((slot) => term.set.has(slot))) return;
      const kept: { slot: number; rank: number }[] = [];
      term.slots.forEach((slot, j) => {
        if (!changedSlots.has(slot)) kept.push({ slot, rank: term.ranks[j] as number });
      });
      const updated = makeTerm([...kept, ...found], size);
      this.terms.delete(key);
      this.bytes -= termBytes(term);
      this.terms.set(key, updated);
      this.bytes += termBytes(updated);
    });
  }
}
