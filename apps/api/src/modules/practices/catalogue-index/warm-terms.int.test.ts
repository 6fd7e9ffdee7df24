// The lexeme path of a text search (text-match.ts): prefixes resolved through the lexicon, which
// every patch extends, and the background warming of common lexemes (index-store.ts).
import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/app';
import { createPractice } from '../../../../test/factories';
import { startSearchWarming } from '../practices.service';
import { CatalogueIndexStore } from './index-store';
import { lexemeQuery } from './tsquery-terms';

describe('search terms built from lexemes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    for (let i = 0; i < 6; i++) await createPractice(t.db, { title: `Семейный клуб номер ${i}` });
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const response = await t.app.inject(`/api/practices?q=${encodeURIComponent(q)}&limit=50`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PracticeList>();
  };

  it('finds by prefix a word first published after the index was built', async () => {
    await search('клуб');
    expect((await search('зюзябр')).total).toBe(0);
    const practice = await createPractice(t.db, { title: 'Зюзябрики: игровая поддержка семей' });
    const found = await search('зюзябр');
    expect(found.items.map((item) => item.title)).toEqual([practice.title]);
    // The prefix of the word typed in full (longer than its stem) finds it too.
    expect((await search('зюзябрики')).total).toBe(1);
  });

  it('ranks a practice by its best form of the word, title first', async () => {
    await createPractice(t.db, { title: 'Кроткий рассвет', summary: 'Про семью и подростков.' });
    await createPractice(t.db, { title: 'Подростковый кроткий центр' });
    const { items } = await search('кротк');
    expect(items.map((item) => item.title)).toEqual(['Подростковый кроткий центр', 'Кроткий рассвет']);
  });

  it('warms the terms of lexemes many practices share, and says when it is done', async () => {
    for (let i = 0; i < 3; i++) await createPractice(t.db, { title: `Общая тема ${i}` });
    const store = new CatalogueIndexStore(
      t.db.pool,
      { currentVersion: async () => 'v1' },
      { warmMinDocs: 3 },
    );
    let failure: unknown = null;
    expect(store.state).toBe('cold');
    store.startWarming((error) => {
      failure = error;
    });
    const index = await store.current();
    for (let i = 0; i < 100 && store.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(store.state).toBe('ready');
    expect(failure).toBeNull();
    expect(index.lexicon.complete).toBe(true);
    expect(index.lexicon.docsOf('общ')).toBeGreaterThanOrEqual(3);
    // Held by 3 practices: read ahead, with the same matches as asked for afterwards.
    expect(index.terms.has(lexemeQuery('общ'))).toBe(true);
    expect(index.terms.has(lexemeQuery('зюзябрик'))).toBe(false);
    const warmed = index.terms.get(lexemeQuery('общ'));
    expect(warmed?.slots.length).toBe(index.lexicon.docsOf('общ'));
  });

  it('warms the phrases of every glossary entry after the common lexemes', async () => {
    const store = new CatalogueIndexStore(t.db.pool, t.app.catalogueCache, { warmMinDocs: 3 });
    let failure: unknown = null;
    startSearchWarming(
      { pool: t.db.pool, cache: t.app.catalogueCache, index: store, cursorSecret: 'x' },
      (error) => {
        failure = error;
      },
    );
    const index = await store.current();
    for (let i = 0; i < 200 && store.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(store.state).toBe('ready');
    expect(failure).toBeNull();
    // «СОНКО» expands to «социально ориентированная некоммерческая организация», a phrase.
    const { rows } = await t.db.pool.query<{ q: string }>(
      "SELECT phraseto_tsquery('russian', 'социально ориентированная некоммерческая организация')::text AS q",
    );
    expect(index.terms.has(rows[0]?.q as string)).toBe(true);
  });
});
