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
function relevance(result: Bitset, terms: Term[]): { slots: number[]; ranks: number[] } {
  const slots = result.toArray();
  const ranks = new Array<number>(slots.length).fill(0);
  for (const term of terms) {
    // Both lists ascend: one merge walk per term.
    let j = 0;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      while (j < term.slots.length && (term.slots[j] as number) < slot) j++;
      if (j < term.slots.length && term.slots[j] === slot)
        ranks[i] = (ranks[i] as number) + (term.ranks[j] as number);
    }
  }
  return { slots, ranks };
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
  const id = (slot: number) => (index.rows[slot] as { id: number }).id;
  const afterRank = after ? Number(after[0]) : Infinity;
  const afterId = after ? Number(after[1]) : Infinity;
  // Keep the best limit + 1 candidates after the cursor in a small sorted list.
  const best: { slot: number; rank: number; id: number }[] = [];
  const before = (a: { rank: number; id: number }, b: { rank: number; id: number }) =>
    a.rank > b.rank || (a.rank === b.rank && a.id > b.id);
  for (let i = 0; i < slots.length; i++) {
    const rank = ranks[i] as number;
    const candidate = { slot: slots[i] as number, rank, id: id(slots[i] as number) };
    if (after && !(rank < afterRank || (rank === afterRank && candidate.id < afterId))) continue;
    if (best.length > limit && !before(candidate, best[limit] as (typeof best)[number])) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1] as (typeof best)[number])) at--;
    best.splice(at, 0, candidate);
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
