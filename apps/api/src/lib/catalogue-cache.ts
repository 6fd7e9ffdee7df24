// Public catalogue answers are cached per process as ready UTF-8 JSON bytes, and gzipped once for
// clients that accept it (a catalogue page is ~30 KB of mostly Cyrillic text, ~6 KB gzipped), keyed by the catalogue
// version that database triggers bump on every change (migration 20261123010000). A process
// re-reads the version at most once per `versionTtlMs`, so another process's write shows up
// within that time, and the process's own writes expire the version (app.ts) to show at once.
// The cache is derived data only: losing it costs time, never correctness.

import { gzipSync } from 'node:zlib';
import type { Pool } from 'pg';
import { SegmentedCache } from './segmented-cache';

/** A cached answer: UTF-8 JSON, and its gzip form made on first demand. */
export class CachedJson {
  private gzipped: Buffer | null = null;

  constructor(readonly raw: Buffer) {}

  get gzip(): Buffer {
    this.gzipped ??= gzipSync(this.raw, { level: 6 });
    return this.gzipped;
  }
}

export class CatalogueCache {
  private readonly cache: SegmentedCache<CachedJson>;
  private version: string | null = null;
  private versionReadAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly pool: Pool,
    options: { maxBytes?: number; versionTtlMs?: number } = {},
  ) {
    // Bytes of JSON plus its gzip copy (about a fifth more); one-off questions cannot evict hot pages.
    this.cache = new SegmentedCache(options.maxBytes ?? 64 * 1024 * 1024, (json) =>
      Math.ceil(json.raw.length * 1.2),
    );
    this.versionTtlMs = options.versionTtlMs ?? 1000;
  }

  private readonly versionTtlMs: number;

  /** The current catalogue version, read from the database at most once per TTL. */
  currentVersion(): Promise<string> {
    if (this.version !== null && Date.now() - this.versionReadAt < this.versionTtlMs) {
      return Promise.resolve(this.version);
    }
    if (this.pending) return this.pending;
    const pending = this.pool
      .query<{ value: string }>("SELECT value FROM app_settings WHERE key = 'catalogue_version'")
      .then(({ rows }) => {
        const version = rows[0]?.value ?? '0';
        if (version !== this.version) this.cache.clear();
        this.version = version;
        this.versionReadAt = Date.now();
        return version;
      })
      .finally(() => {
        this.pending = null;
      });
    this.pending = pending;
    return pending;
  }

  /** Returns the cached JSON for `key`, or produces (for that version), stores and returns it. */
  async getOrCreate(key: string, produce: (version: string) => Promise<string>): Promise<CachedJson> {
    const version = await this.currentVersion();
    const cacheKey = `${version}|${key}`;
    const hit = this.cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const json = new CachedJson(Buffer.from(await produce(version), 'utf8'));
    this.cache.set(cacheKey, json);
    return json;
  }

  /**
   * Re-read the version on next use, keeping the cached answers: they are dropped then only if the
   * version did change. Called after every successful write through this process, so neither a
   * cached answer nor an ETag outlives a change its author could see.
   */
  expireVersion(): void {
    this.versionReadAt = 0;
  }
}
