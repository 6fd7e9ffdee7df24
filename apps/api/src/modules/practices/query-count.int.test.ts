// A catalogue request runs at most 3 SQL statements whatever the page size and filters:
// the catalogue version (at most once per TTL), the page, and the facets with the total. A text
// search also reads the glossary once per catalogue version, and one that finds (almost) nothing
// looks for «Возможно, вы имели в виду …».
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('SQL statements per catalogue request', () => {
  let t: TestApp;
  let statements: string[] = [];
  const original = pg.Client.prototype.query;

  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 30; i++) {
      await createPractice(t.db, {
        themeCodes: i % 2 ? ['child-safety'] : ['foster-families', 'interagency'],
      });
    }
    // The glossary of this catalogue version, read once (see the last test).
    await t.app.inject('/api/practices?q=семья');
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as string | { text: string };
      statements.push(typeof config === 'string' ? config : config.text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  });
  afterAll(async () => {
    pg.Client.prototype.query = original;
    await t.close();
  });

  it.each([
    'limit=1',
    'limit=100',
    'theme=child-safety&theme=foster-families&region=72&district=ural&targetGroup=orphans',
    'q=семья&sort=relevance&evidence=promising&status=published&yearFrom=2010&yearTo=2025&internship=true',
    'q=тестовые практ&limit=50&sort=title',
  ])('%s: at most 3 statements', async (query) => {
    statements = [];
    const response = await t.app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('reads the glossary once per catalogue version: one more statement for the first search after a change', async () => {
    await t.db.pool.query("UPDATE glossary_entries SET synonyms = synonyms WHERE term = 'СОНКО'");
    statements = [];
    await t.app.inject('/api/practices?q=тестовая');
    expect(statements.filter((s) => s.includes('FROM glossary_entries'))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(4);
    statements = [];
    await t.app.inject('/api/practices?q=тестовые');
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('a search that finds nothing adds at most two statements for a suggestion once the word list is fresh', async () => {
    await t.app.inject(`/api/practices?q=${encodeURIComponent('практека')}`);
    statements = [];
    const response = await t.app.inject(`/api/practices?q=${encodeURIComponent('тестовая практека')}`);
    expect(response.json().search.suggestion).toBe('тестовая практика');
    expect(statements.length).toBeLessThanOrEqual(5);
  });

  it('serves a repeated request from the cache with one version check at most', async () => {
    await t.app.inject('/api/practices?theme=child-safety');
    statements = [];
    await t.app.inject('/api/practices?theme=child-safety');
    expect(statements.length).toBeLessThanOrEqual(1);
  });
});
