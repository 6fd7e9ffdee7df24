// The practices matching a text query: its AND-ed terms looked up in the term index (PostgreSQL
// is asked only for terms nobody asked before) and combined in memory.
import type { Pool } from 'pg';
import { Bitset, intersectAll, without } from './bitset';
import type { CatalogueIndex } from './catalogue-index';
import { loadTerm } from './index.repository';
import { makeTerm, type Term } from './term-index';
import { splitTsQuery } from './tsquery-terms';

const loading = new WeakMap<CatalogueIndex, Map<string, Promise<Term>>>();

async function termFor(pool: Pool, index: CatalogueIndex, query: string): Promise<Term> {
  const known = index.terms.get(query);
  if (known) return known;
  let pending = loading.get(index);
  if (!pending) {
    pending = new Map();
    loading.set(index, pending);
  }
  const inFlight = pending.get(query);
  if (inFlight) return inFlight;
  const generation = index.generation;
  const promise = loadTerm(pool, query)
    .then((rows) => {
      const matches = [];
      for (const row of rows) {
        const slot = index.slotOf.get(row.id);
        if (slot !== undefined) matches.push({ slot, rank: row.rank });
      }
      const term = makeTerm(matches, index.size);
      // Read across a patch, the term may miss that patch's changes: use it once, do not keep it.
      if (index.generation === generation) index.terms.set(query, term);
      return term;
    })
    .finally(() => pending.delete(query));
  pending.set(query, promise);
  return promise;
}

export interface TextMatch {
  set: Bitset;
  /** The positive terms, whose ranks add up to a practice's relevance. */
  terms: Term[];
}

/** Practices matching `tsquery` (PostgreSQL's text form); nothing for an empty query. */
export async function matchText(pool: Pool, index: CatalogueIndex, tsquery: string): Promise<TextMatch> {
  const parts = splitTsQuery(tsquery);
  if (!parts.length) return { set: new Bitset(index.size), terms: [] };
  const terms = await Promise.all(parts.map((part) => termFor(pool, index, part.query)));
  const positive = terms.filter((_, i) => !parts[i]?.negated);
  let set = intersectAll(index.size, [index.alive, ...positive.map((term) => term.set)]);
  terms.forEach((term, i) => {
    if (parts[i]?.negated) set = without(set, term.set);
  });
  return { set, terms: positive };
}
