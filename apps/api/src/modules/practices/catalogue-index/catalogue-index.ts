// The catalogue index: every public practice's filterable fields as bitsets in process memory,
// one bitset per filter value, so that a first-time question (any combination of filters) is
// answered by word-wide ANDs and popcounts instead of a scan of the practices table.
// PostgreSQL stays the source of truth: the index is built from it, patched from its change log
// (index-store.ts) and never written to directly. Slots are stable for the life of the index: a
// practice keeps its slot while it changes; one that leaves the public catalogue leaves a dead
// slot, and a full rebuild compacts them.
import { Bitset } from './bitset';
import type { IndexRow, LabelRow } from './index.repository';
import { Lexicon } from './lexicon';
import { TermIndex } from './term-index';

export interface Labels {
  rows: LabelRow[];
  /** Labels of each kind in display order. */
  byKind: Map<LabelRow['kind'], LabelRow[]>;
  /** The codes of each kind, to refuse a filter value that names nothing. */
  codes: Map<LabelRow['kind'], Set<string>>;
  districtOfRegion: Map<string, string>;
  evidenceRank: Map<string, number>;
  /** Changes to these need a rebuild (they decide bits and sort order, not only labels). */
  shape: string;
}

export function toLabels(rows: LabelRow[]): Labels {
  const byKind = new Map<LabelRow['kind'], LabelRow[]>();
  for (const row of rows) {
    const list = byKind.get(row.kind) ?? [];
    list.push(row);
    byKind.set(row.kind, list);
  }
  // Display order, sorted once here rather than on every question.
  const collator = new Intl.Collator('ru');
  for (const list of byKind.values())
    list.sort((a, b) => a.ord - b.ord || collator.compare(a.label, b.label));
  const districtOfRegion = new Map(
    (byKind.get('region') ?? []).map((r) => [r.code, r.parent ?? ''] as [string, string]),
  );
  const evidenceRank = new Map(
    (byKind.get('evidence') ?? []).map((r) => [r.code, r.ord] as [string, number]),
  );
  const shape = JSON.stringify([[...districtOfRegion], [...evidenceRank]]);
  const codes = new Map([...byKind].map(([kind, list]) => [kind, new Set(list.map((row) => row.code))]));
  return { rows, byKind, codes, districtOfRegion, evidenceRank, shape };
}

/** Bitsets keyed by a filter value. */
class ValueSets<K> {
  readonly sets = new Map<K, Bitset>();

  add(key: K, slot: number): void {
    let set = this.sets.get(key);
    if (!set) {
      set = new Bitset(slot + 1);
      this.sets.set(key, set);
    }
    set.set(slot);
  }

  remove(key: K, slot: number): void {
    this.sets.get(key)?.clear(slot);
  }

  get(key: K): Bitset | undefined {
    return this.sets.get(key);
  }
}

export type SortName = 'newest' | 'title' | 'evidence';

/** Small integer codes for a many-valued field, one per slot, for counting in one pass (tally). */
export class SlotCodes<K> {
  readonly values: K[] = [];
  private readonly codeOf = new Map<K, number>();
  codes = new Uint16Array(1024);

  put(slot: number, value: K): void {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    if (slot >= this.codes.length) {
      const next = new Uint16Array(Math.max(slot + 1, this.codes.length * 2));
      next.set(this.codes);
      this.codes = next;
    }
    this.codes[slot] = code;
  }
}

export class CatalogueIndex {
  /** Slots in use (alive or dead). */
  size = 0;
  readonly alive = new Bitset(1024);
  readonly rows: (IndexRow | null)[] = [];
  readonly slotOf = new Map<number, number>();
  readonly status = new ValueSets<string>();
  readonly region = new ValueSets<string>();
  readonly district = new ValueSets<string>();
  readonly theme = new ValueSets<string>();
  readonly targetGroup = new ValueSets<string>();
  readonly evidence = new ValueSets<string>();
  readonly year = new ValueSets<number>();
  readonly internship = new Bitset(1024);
  readonly regionOfSlot = new SlotCodes<string>();
  readonly yearOfSlot = new SlotCodes<number>();
  /** Entered into nomination N. */
  readonly entered = new ValueSets<string>();
  /** Awarded `award` in nomination N (published results): key "N:award". */
  readonly awarded = new ValueSets<string>();
  /** Awarded `award` in any nomination. */
  readonly awardedAnywhere = new ValueSets<string>();
  readonly terms: TermIndex;
  /** The lexemes of the search text, for prefixes (read after the build, then patched). */
  readonly lexicon = new Lexicon();
  private orders = new Map<SortName, Int32Array>();
  /** Bumped by every patch; a term loaded across a patch is not kept. */
  generation = 0;

  constructor(
    public labels: Labels,
    termBudgetBytes: number,
  ) {
    this.terms = new TermIndex(termBudgetBytes);
  }

  get deadSlots(): number {
    return this.size - this.slotOf.size;
  }

  /** Puts `row` in the index (new, or replacing what the practice looked like before). */
  upsert(row: IndexRow): void {
    let slot = this.slotOf.get(row.id);
    if (slot === undefined) {
      slot = this.size++;
      this.slotOf.set(row.id, slot);
      this.rows.push(null);
    } else {
      this.unset(slot);
    }
    this.rows[slot] = row;
    this.alive.set(slot);
    this.status.add(row.status, slot);
    this.region.add(row.region, slot);
    this.district.add(this.labels.districtOfRegion.get(row.region) ?? '', slot);
    this.evidence.add(row.evidence, slot);
    this.year.add(row.year, slot);
    this.regionOfSlot.put(slot, row.region);
    this.yearOfSlot.put(slot, row.year);
    if (row.internship) this.internship.set(slot);
    for (const code of row.themes ?? []) this.theme.add(code, slot);
    for (const code of row.groups ?? []) this.targetGroup.add(code, slot);
    for (const entry of row.entries ?? []) {
      const [nomination = '', award = ''] = entry.split(':');
      this.entered.add(nomination, slot);
      if (award) {
        this.awarded.add(`${nomination}:${award}`, slot);
        this.awardedAnywhere.add(award, slot);
      }
    }
    this.orders.clear();
  }

  /** Takes practice `id` out of the public catalogue (it is no longer public, or gone). */
  remove(id: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.unset(slot);
    this.rows[slot] = null;
    this.slotOf.delete(id);
    this.orders.clear();
  }

  private unset(slot: number): void {
    const row = this.rows[slot];
    if (!row) return;
    this.alive.clear(slot);
    this.status.remove(row.status, slot);
    this.region.remove(row.region, slot);
    this.district.remove(this.labels.districtOfRegion.get(row.region) ?? '', slot);
    this.evidence.remove(row.evidence, slot);
    this.year.remove(row.year, slot);
    this.internship.clear(slot);
    for (const code of row.themes ?? []) this.theme.remove(code, slot);
    for (const code of row.groups ?? []) this.targetGroup.remove(code, slot);
    for (const entry of row.entries ?? []) {
      const [nomination = '', award = ''] = entry.split(':');
      this.entered.remove(nomination, slot);
      if (award) {
        this.awarded.remove(`${nomination}:${award}`, slot);
        this.awardedAnywhere.remove(award, slot);
      }
    }
  }

  /** Alive slots in the order of `sort`, computed once per index state. */
  order(sort: SortName): Int32Array {
    let order = this.orders.get(sort);
    if (!order) {
      const slots = this.alive.toArray();
      slots.sort(this.comparator(sort));
      order = Int32Array.from(slots);
      this.orders.set(sort, order);
    }
    return order;
  }

  /** Compares two slots in the order of `sort`. */
  comparator(sort: SortName): (a: number, b: number) => number {
    const rows = this.rows as IndexRow[];
    const rank = (row: IndexRow) => this.labels.evidenceRank.get(row.evidence) ?? 0;
    if (sort === 'title') {
      return (a, b) => {
        const x = rows[a] as IndexRow;
        const y = rows[b] as IndexRow;
        return x.title < y.title ? -1 : x.title > y.title ? 1 : x.id - y.id;
      };
    }
    const newest = (x: IndexRow, y: IndexRow) => y.changed - x.changed || y.id - x.id;
    if (sort === 'newest') return (a, b) => newest(rows[a] as IndexRow, rows[b] as IndexRow);
    return (a, b) => {
      const x = rows[a] as IndexRow;
      const y = rows[b] as IndexRow;
      return rank(x) - rank(y) || newest(x, y);
    };
  }

  /** The sort key of a slot, as it goes into a cursor. */
  sortKey(sort: SortName, slot: number): (string | number)[] {
    const row = this.rows[slot] as IndexRow;
    if (sort === 'title') return [row.title, row.id];
    if (sort === 'newest') return [row.changed, row.id];
    return [this.labels.evidenceRank.get(row.evidence) ?? 0, row.changed, row.id];
  }

  /** Compares a slot with a cursor's key in the order of `sort` (negative: the slot comes first). */
  compareToKey(sort: SortName, slot: number, key: (string | number)[]): number {
    const row = this.rows[slot] as IndexRow;
    if (sort === 'title') {
      const title = String(key[0]);
      return row.title < title ? -1 : row.title > title ? 1 : row.id - Number(key[1]);
    }
    const newest = (changed: number, id: number) => changed - row.changed || id - row.id;
    if (sort === 'newest') return newest(Number(key[0]), Number(key[1]));
    const rank = this.labels.evidenceRank.get(row.evidence) ?? 0;
    return rank - Number(key[0]) || newest(Number(key[1]), Number(key[2]));
  }
}

/** A new index holding `rows`. */
export function buildIndex(rows: IndexRow[], labels: Labels, termBudgetBytes: number): CatalogueIndex {
  const index = new CatalogueIndex(labels, termBudgetBytes);
  // Slots in id order, so slot order and id order agree (cheap tie-breaks, stable rebuilds).
  rows.sort((a, b) => a.id - b.id);
  for (const row of rows) index.upsert(row);
  return index;
}
