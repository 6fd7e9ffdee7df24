// A first-time catalogue question runs one SQL statement besides the catalogue version (read at
// most once a second), whatever the page size and filters: the page's cards; totals, facets and
// order come from the in-memory index. A search adds one statement for its tsquery, one per term
// that nobody asked for before, the glossary once per catalogue version, and — when it finds
// (almost) nothing — the «Возможно, вы имели в виду …» check.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('SQL statements per catalogue request', () => {
  let t: TestApp;
  let all: string[] = [];
  // The catalogue version is read at most once a second per process in production; tests read it
  // on every request (and the ETag reads it too), so the budget below counts the other statements.
  const isVersion = (text: string) => text.includes("key = 'catalogue_version'");
  let statements: string[] = [];
  const original = pg.Client.prototype.query;

  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 30; i++) {
      await createPractice(t.db, {
        themeCodes: i % 2 ? ['child-safety'] : ['foster-families', 'interagency'],
      });
    }
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text: string };
      const text = typeof config === 'string' ? config : config.text;
      all.push(text);
      if (!isVersion(text)) statements.push(text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    // The index is built once per process (3 statements); count what a question costs after that.
    await t.app.inject('/api/practices?limit=1');
  });
  afterAll(async () => {
    pg.Client.prototype.query = original;
    await t.close();
  });

  it.each([
    'limit=2',
    'limit=100',
    'theme=child-safety&theme=foster-families&region=72&district=ural&targetGroup=orphans',
    'evidence=promising&status=published&yearFrom=2010&yearTo=2025&internship=true&sort=title',
  ])('%s: one statement besides the version', async (query) => {
    statements = [];
    const response = await t.app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    // The cards of the page (none when nothing matched).
    expect(statements.length, statements.join('\n---\n')).toBeLessThanOrEqual(1);
  });

  it('asks PostgreSQL for a search term once, then combines it with any filters in memory', async () => {
    statements = [];
    const first = await t.app.inject('/api/practices?q=тестовая практика&sort=relevance');
    expect(first.statusCode, first.body).toBe(200);
    // glossary, tsquery, two new terms, cards
    expect(statements.length).toBeLessThanOrEqual(5);
    statements = [];
    const again = await t.app.inject(
      '/api/practices?q=тестовая практика&evidence=promising&yearFrom=2010&limit=50',
    );
    expect(again.statusCode, again.body).toBe(200);
    // tsquery, cards
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(statements.some((text) => /search_vector @@/.test(text) && !/ANY\(\$1/.test(text))).toBe(false);
  });

  it('reads the glossary once per catalogue version', async () => {
    await t.db.pool.query("UPDATE glossary_entries SET synonyms = synonyms WHERE term = 'СОНКО'");
    statements = [];
    await t.app.inject('/api/practices?q=тестовая');
    expect(statements.filter((s) => s.includes('FROM glossary_entries'))).toHaveLength(1);
    statements = [];
    await t.app.inject('/api/practices?q=тестовые номер');
    expect(statements.filter((s) => s.includes('FROM glossary_entries'))).toHaveLength(0);
  });

  it('a search that finds nothing adds at most two statements for a suggestion once the word list is fresh', async () => {
    await t.app.inject(`/api/practices?q=${encodeURIComponent('практека')}`);
    statements = [];
    const response = await t.app.inject(`/api/practices?q=${encodeURIComponent('тестовая практека')}`);
    expect(response.json().search.suggestion).toBe('тестовая практика');
    // tsquery, a new term, cards, the suggestion (2)
    expect(statements.length).toBeLessThanOrEqual(5);
  });

  it('serves a repeated request from the cache: nothing but version checks', async () => {
    await t.app.inject('/api/practices?theme=child-safety');
    statements = [];
    all = [];
    await t.app.inject('/api/practices?theme=child-safety');
    expect(statements).toHaveLength(0);
    expect(all.every(isVersion)).toBe(true);
  });
});
