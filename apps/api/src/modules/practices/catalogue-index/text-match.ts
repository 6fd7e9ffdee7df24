// The practices matching a text query: its AND-ed terms (tsquery-terms.ts) looked up in the term
// index and combined in memory. A term's alternatives ('подростк' | 'подрост':* | 'опек' <->
// 'попечительств') are taken apart: single lexemes, prefixes resolved through the lexicon into
// lexemes, and phrases. Every way of typing a word thus reuses the same few lexemes, the common
// ones warmed at start (index-store.ts), and a glossary entry's phrases are read once.
import type { Pool } from 'pg';
import { Bitset, intersectAll, without } from './bitset';
import type { CatalogueIndex } from './catalogue-index';
import { loadTerms } from './index.repository';
import { makeTerm, type Term, TermIndex, unionTerms } from './term-index';
import { lexemeQuery, splitTsQuery, termAlternatives } from './tsquery-terms';

/** A term that stands for more lexemes than this is asked of PostgreSQL whole. */
const MAX_LEXEMES = 200;

const loading = new WeakMap<CatalogueIndex, Map<string, Promise<Term>>>();

/** Unions made for terms of several alternatives, per index state (a patch starts afresh). */
const UNION_BUDGET_BYTES = 32 * 1024 * 1024;
const unions = new WeakMap<CatalogueIndex, { generation: number; terms: TermIndex }>();

function unionsOf(index: CatalogueIndex): TermIndex {
  let entry = unions.get(index);
  if (entry?.generation !== index.generation) {
    entry = { generation: index.generation, terms: new TermIndex(UNION_BUDGET_BYTES) };
    unions.set(index, entry);
  }
  return entry.terms;
}

/**
 * The terms `queries` (tsquery texts), from the term index or, for those nobody asked before,
 * from PostgreSQL in one statement. A term read across a patch is used once and not kept.
 */
export async function termsFor(pool: Pool, index: CatalogueIndex, queries: string[]): Promise<Term[]> {
  let pending = loading.get(index);
  if (!pending) {
    pending = new Map();
    loading.set(index, pending);
  }
  const found = new Map<string, Term | Promise<Term>>();
  const missing: string[] = [];
  for (const query of queries) {
    if (found.has(query)) continue;
    const known = index.terms.get(query) ?? pending.get(query);
    if (known) found.set(query, known);
    else missing.push(query);
  }
  if (missing.length) {
    const generation = index.generation;
    const load = loadTerms(pool, missing).then((rows) => {
      const matches = missing.map(() => [] as { slot: number; rank: number }[]);
      for (const row of rows) {
        const slot = index.slotOf.get(row.id);
        if (slot !== undefined) matches[row.term]?.push({ slot, rank: row.rank });
      }
      const terms = matches.map((list) => makeTerm(list, index.size));
      if (index.generation === generation) {
        for (const [i, query] of missing.entries()) index.terms.set(query, terms[i] as Term);
      }
      return terms;
    });
    const settled = load.finally(() => {
      for (const query of missing) pending.delete(query);
    });
    missing.forEach((query, i) => {
      const one = settled.then((terms) => terms[i] as Term);
      pending.set(query, one);
      found.set(query, one);
    });
  }
  return Promise.all(queries.map((query) => found.get(query) as Term | Promise<Term>));
}

/**
 * One AND-ed term of a query: the union of its alternatives, each a term of the term index —
 * lexemes and the lexemes of prefixes (through the lexicon), phrases and the rest as they are.
 */
async function termFor(pool: Pool, index: CatalogueIndex, query: string): Promise<Term> {
  const { exact, prefixes, others } = termAlternatives(query);
  // Without the whole lexicon (or for a prefix of hundreds of lexemes) PostgreSQL resolves it.
  const lexemes = new Set(exact);
  for (const prefix of prefixes) for (const word of index.lexicon.withPrefix(prefix)) lexemes.add(word);
  if ((prefixes.length && !index.lexicon.complete) || lexemes.size > MAX_LEXEMES) {
    return (await termsFor(pool, index, [query]))[0] as Term;
  }
  const queries = [...[...lexemes].map(lexemeQuery), ...others];
  if (queries.length === 1) return (await termsFor(pool, index, queries))[0] as Term;
  const made = unionsOf(index);
  const key = queries.join('\n');
  const known = made.get(key);
  if (known) return known;
  const generation = index.generation;
  const terms = await termsFor(pool, index, queries);
  const union = terms.length ? unionTerms(terms, index.size) : makeTerm([], index.size);
  if (index.generation === generation) made.set(key, union);
  return union;
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
