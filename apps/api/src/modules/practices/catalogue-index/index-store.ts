// Keeps this process's catalogue index in step with PostgreSQL. On every new catalogue version
// (read at most once a second, lib/catalogue-cache.ts) it reads which practices changed since it
// last looked (catalogue_changes, by transaction id) and re-reads only those rows, so several API
// processes agree within about a second of a change without any of them holding state that
// matters. Anything it cannot patch (a TRUNCATE, reference data that changes bits or order, a
// long pause) means one full rebuild.
//
// Warming (main.ts turns it on): after each build, the terms of the lexemes that many practices
// share are read in the background, most widely shared first, so that a visitor's first search
// for a common word does not pay for a scan of a large share of the catalogue.
import type { Pool } from 'pg';
import { buildIndex, type CatalogueIndex, toLabels } from './catalogue-index';
import {
  loadAllRows,
  loadLabels,
  loadLexemesOf,
  loadLexicon,
  loadRows,
  loadTerms,
  pruneChanges,
  readChanges,
  readHorizon,
} from './index.repository';
import { termsFor } from './text-match';
import { lexemeQuery } from './tsquery-terms';

const HOUR_MS = 60 * 60 * 1000;
/** Lexemes held by fewer practices than this (or 0.2 % of them) are cheap to read when asked. */
const WARM_MIN_DOCS = 200;
/** Rows one warming statement reads at most: requests get the connection in between. */
const WARM_BATCH_ROWS = 20_000;
/** Warming fills the term index up to this share of its budget, leaving room for other terms. */
const WARM_SHARE = 0.75;

export type IndexState = 'cold' | 'warming' | 'ready';

interface Warmer {
  onError: (error: unknown) => void;
  /** What to read after the common lexemes (the search's glossary phrases, suggestion words). */
  more: (index: CatalogueIndex) => Promise<void>;
}
/** More changed practices than this at once are cheaper to read in one full rebuild. */
const MAX_PATCH = 5000;

export interface VersionSource {
  currentVersion(): Promise<string>;
}

export class CatalogueIndexStore {
  private index: CatalogueIndex | null = null;
  private builtFor: string | null = null;
  private horizon = '0';
  private refreshedAt = 0;
  // The first prune waits an hour: start-up and tests need no housekeeping.
  private prunedAt = Date.now();
  private pending: Promise<CatalogueIndex> | null = null;
  /** Set by startWarming: what to do after each build besides the common lexemes. */
  private warmer: Warmer | null = null;
  private warmed: CatalogueIndex | null = null;

  private readonly termBudgetBytes: number;
  private readonly warmMinDocs: number;

  constructor(
    private readonly pool: Pool,
    private readonly versions: VersionSource,
    options: { termBudgetBytes?: number; warmMinDocs?: number } = {},
  ) {
    this.termBudgetBytes = options.termBudgetBytes ?? 256 * 1024 * 1024;
    this.warmMinDocs = options.warmMinDocs ?? WARM_MIN_DOCS;
  }

  /** Whether the current index exists and its common terms are read (GET /api/health). */
  get state(): IndexState {
    if (!this.index) return 'cold';
    if (this.warmer && this.warmed !== this.index) return 'warming';
    return 'ready';
  }

  /**
   * From now on, warm every index built (and the current one): the common lexemes, then `more`
   * (the search's own warming: glossary phrases, suggestion words). Errors go to `onError`.
   */
  startWarming(onError: (error: unknown) => void, more?: (index: CatalogueIndex) => Promise<void>): void {
    this.warmer = { onError, more: more ?? (async () => {}) };
    if (this.index) this.warm(this.index, this.warmer);
  }

  /** The index as of catalogue version `known` (just read by the caller), or the current one. */
  async current(known?: string): Promise<CatalogueIndex> {
    const version = known ?? (await this.versions.currentVersion());
    if (this.index && version === this.builtFor) return this.index;
    this.pending ??= this.refresh(version).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async refresh(version: string): Promise<CatalogueIndex> {
    const index = this.index;
    if (!index || Date.now() - this.refreshedAt > HOUR_MS) return this.rebuild(version);
    const changes = await readChanges(this.pool, this.horizon);
    const labels = toLabels(await loadLabels(this.pool));
    const ids = changes.ids.filter((id): id is number => id !== null);
    if (
      changes.ids.includes(null) ||
      labels.shape !== index.labels.shape ||
      ids.length > MAX_PATCH ||
      index.deadSlots > index.size / 4 + 1000
    ) {
      return this.rebuild(version);
    }
    const rows = ids.length ? await loadRows(this.pool, ids) : [];
    const publicNow = new Set(rows.map((row) => row.id));
    const lexemes = await loadLexemesOf(this.pool, [...publicNow]);
    // Terms need re-reading only for practices that are, or were, public.
    const touched = ids.filter((id) => publicNow.has(id) || index.slotOf.has(id));
    const termKeys = index.terms.keys();
    const termRows = await loadTerms(this.pool, termKeys, touched);

    // From here on synchronous: no request sees a half-applied patch.
    index.labels = labels;
    index.generation++;
    index.lexicon.add(lexemes);
    const changedSlots = new Set<number>();
    for (const id of touched) {
      const slot = index.slotOf.get(id);
      if (slot !== undefined) changedSlots.add(slot);
      if (!publicNow.has(id)) index.remove(id);
    }
    for (const row of rows) {
      index.upsert(row);
      changedSlots.add(index.slotOf.get(row.id) as number);
    }
    const matches = new Map<number, { slot: number; rank: number }[]>();
    for (const row of termRows) {
      const slot = index.slotOf.get(row.id);
      if (slot === undefined) continue;
      const list = matches.get(row.term) ?? [];
      list.push({ slot, rank: row.rank });
      matches.set(row.term, list);
    }
    index.terms.patch(termKeys, changedSlots, matches, index.size);
    this.horizon = changes.horizon;
    this.builtFor = version;
    this.refreshedAt = Date.now();
    this.pruneNowAndThen();
    return index;
  }

  private async rebuild(version: string): Promise<CatalogueIndex> {
    // The horizon first: whatever commits after it is read again on the next refresh.
    const horizon = await readHorizon(this.pool);
    const labels = toLabels(await loadLabels(this.pool));
    const rows = await loadAllRows(this.pool);
    const lexicon = await loadLexicon(this.pool);
    const index = buildIndex(rows, labels, this.termBudgetBytes);
    index.lexicon.add(lexicon);
    index.lexicon.complete = true;
    this.index = index;
    if (this.warmer) this.warm(index, this.warmer);
    this.horizon = horizon;
    this.builtFor = version;
    this.refreshedAt = Date.now();
    this.pruneNowAndThen();
    return index;
  }

  /** Reads the terms of the most widely held lexemes into `index`, in the background. */
  private warm(index: CatalogueIndex, warmer: Warmer): void {
    const run = async () => {
      const minDocs = Math.max(this.warmMinDocs, Math.ceil(index.size * 0.002));
      const budget = this.termBudgetBytes * WARM_SHARE;
      let batch: string[] = [];
      let rows = 0;
      const flush = async () => {
        if (batch.length) await termsFor(this.pool, index, batch);
        batch = [];
        rows = 0;
      };
      for (const [word, ndoc] of index.lexicon.frequent(minDocs)) {
        if (this.index !== index || index.terms.sizeBytes > budget) return;
        if (index.terms.has(lexemeQuery(word))) continue;
        batch.push(lexemeQuery(word));
        rows += ndoc;
        if (rows >= WARM_BATCH_ROWS) await flush();
      }
      await flush();
      if (this.index === index) await warmer.more(index);
    };
    run()
      .catch((error: unknown) => warmer.onError(error))
      .finally(() => {
        if (this.index === index) this.warmed = index;
      });
  }

  private pruneNowAndThen(): void {
    if (Date.now() - this.prunedAt < HOUR_MS) return;
    this.prunedAt = Date.now();
    // Losing the race with another process or a shutdown costs nothing: the rows go next time.
    pruneChanges(this.pool).catch(() => {});
  }
}
