// One page of the result set in the requested order, continuing after a cursor's key (keyset
// pagination: a cursor stays valid while the catalogue changes, because it names the last row's
// sort key, not a position).
import type { PracticeSort } from '@registry/contracts/practices';
import type { Bitset } from './bitset';
import type { CatalogueIndex } from './catalogue-index';
import type { Term } from './term-index';

export interface PageSlots {
  slots: number[];
  /** Sort key of each slot on the page, for the next cursor. */
  keys: (string | number)[][];
  hasMore: boolean;
}

/** Ordered by a stored order: find where the cursor's key falls, then walk and keep matches. */
function orderedPage(
  index: CatalogueIndex,
  sort: Exclude<PracticeSort, 'relevance'>,
  result: Bitset,
  after: (string | number)[] | null,
  limit: number,
): PageSlots {
  const order = index.order(sort);
  let start = 0;
  if (after) {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (index.compareToKey(sort, order[mid] as number, after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const slots: number[] = [];
  let hasMore = false;
  for (let i = start; i < order.length; i++) {
    const slot = order[i] as number;
    if (!result.has(slot)) continue;
    if (slots.length === limit) {
      hasMore = true;
      break;
    }
    slots.push(slot);
  }
  return { slots, keys: slots.map((slot) => index.sortKey(sort, slot)), hasMore };
}

/** The relevance of every matching slot: the sum of its terms' ranks (slots ascending). */
function relevance(result: Bitset, terms: Term[]): { slots: Int32Array; ranks: Float64Array } {
  const slots = new Int32Array(result.count());
  let n = 0;
  result.forEach((slot) => {
    slots[n++] = slot;
  });
  const ranks = new Float64Array(slots.length);
  for (const term of terms) {
    // Both lists ascend: one merge walk per term.
    const termSlots = term.slots;
    let j = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      while (j < termSlots.length && (termSlots[j] as number) < slot) j++;
      if (j < termSlots.length && termSlots[j] === slot)
        ranks[i] = (ranks[i] as number) + (term.ranks[j] as number);
    }
  }
  return { slots, ranks };
}

interface Candidate {
  slot: number;
  rank: number;
  id: number;
}

/** Best first by rank, then by id (newest practice first among equals). */
function relevancePage(
  index: CatalogueIndex,
  result: Bitset,
  terms: Term[],
  after: (string | number)[] | null,
  limit: number,
): PageSlots {
  const { slots, ranks } = relevance(result, terms);
  const rows = index.rows as { id: number }[];
  const afterRank = after ? Number(after[0]) : Infinity;
  const afterId = after ? Number(after[1]) : Infinity;
  // Keep the best limit + 1 candidates after the cursor in a small sorted list; most slots are
  // turned away by comparing two numbers with the worst kept, without making an object.
  const best: Candidate[] = [];
  for (let i = 0; i < slots.length; i++) {
    const rank = ranks[i] as number;
    const slot = slots[i] as number;
    const id = (rows[slot] as { id: number }).id;
    if (after && !(rank < afterRank || (rank === afterRank && id < afterId))) continue;
    const worst = best[limit];
    if (worst && !(rank > worst.rank || (rank === worst.rank && id > worst.id))) continue;
    let at = best.length;
    while (at > 0) {
      const prev = best[at - 1] as Candidate;
      if (!(rank > prev.rank || (rank === prev.rank && id > prev.id))) break;
      at--;
    }
    best.splice(at, 0, { slot, rank, id });
    if (best.length > limit + 1) best.pop();
  }
  const page = best.slice(0, limit);
  return {
    slots: page.map((c) => c.slot),
    keys: page.map((c) => [c.rank, c.id]),
    hasMore: best.length > limit,
  };
}

export function pageOf(
  index: CatalogueIndex,
  sort: PracticeSort,
  result: Bitset,
  terms: Term[],
  after: (string | number)[] | null,
  limit: number,
): PageSlots {
  return sort === 'relevance'
    ? relevancePage(index, result, terms, after, limit)
    : orderedPage(index, sort, result, after, limit);
}

/**
 * Every matching slot in the requested order (the open-data export of a selection): the same
 * order as the pages, without a limit; relevance is sorted once instead of kept in a short list.
 */
export function allSlotsOf(
  index: CatalogueIndex,
  sort: PracticeSort,
  result: Bitset,
  terms: Term[],
): number[] {
  if (sort !== 'relevance') {
    const slots: number[] = [];
    for (const slot of index.order(sort)) if (result.has(slot)) slots.push(slot);
    return slots;
  }
  const { slots, ranks } = relevance(result, terms);
  const rows = index.rows as { id: number }[];
  const byRank = Array.from(slots.keys());
  const idOf = (i: number) => (rows[slots[i] as number] as { id: number }).id;
  byRank.sort((a, b) => (ranks[b] as number) - (ranks[a] as number) || idOf(b) - idOf(a));
  return byRank.map((i) => slots[i] as number);
}
