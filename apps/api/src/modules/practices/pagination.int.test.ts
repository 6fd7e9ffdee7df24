import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('GET /api/practices: sorting and keyset pagination', () => {
  let t: TestApp;
  const get = async (query: string) => {
    const response = await t.app.inject(`/api/practices?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PracticeList>();
  };
  const walk = async (query: string, limit: number) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const list: PracticeList = await get(
        `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...list.items.map((item) => item.slug));
      cursor = list.nextCursor;
      if (!cursor) break;
    }
    return seen;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const day = 24 * 3600 * 1000;
    const base = Date.parse('2026-01-01T00:00:00Z');
    const titles = ['Вектор', 'Астра', 'Гавань', 'Бережок', 'Дом', 'Ель', 'Ёлка'];
    const levels = ['proven', 'insufficient', 'promising', 'supported', 'promising', 'supported', 'proven'];
    for (const [i, title] of titles.entries()) {
      await createPractice(
        t.db,
        { slug: `page-${i}`, title: `${title}: помощь семье`, evidenceLevel: levels[i] as string },
        // p5 and p6 share a timestamp: the id breaks the tie.
        { statusChangedAt: new Date(base + Math.min(i, 5) * day) },
      );
    }
  });
  afterAll(() => t.close());

  it('walks every practice exactly once, newest first, in pages of 2', async () => {
    expect(await walk('sort=newest', 2)).toEqual([
      'page-6',
      'page-5',
      'page-4',
      'page-3',
      'page-2',
      'page-1',
      'page-0',
    ]);
  });

  it('sorts by title', async () => {
    const all = await walk('sort=title', 3);
    expect(all).toHaveLength(7);
    expect(all.slice(0, 2)).toEqual(['page-1', 'page-3']);
  });

  it('sorts by evidence, strongest first', async () => {
    const all = await walk('sort=evidence', 2);
    expect(all).toEqual(['page-6', 'page-0', 'page-5', 'page-3', 'page-4', 'page-2', 'page-1']);
  });

  it('pages through search results by relevance', async () => {
    const all = await walk('q=помощь', 3);
    expect(new Set(all).size).toBe(7);
  });

  it('gives the same first page whatever the page size', async () => {
    const small = await get('sort=newest&limit=1');
    const large = await get('sort=newest&limit=100');
    expect(small.items[0]?.slug).toBe(large.items[0]?.slug);
    expect(small.total).toBe(7);
    expect(large.nextCursor).toBeNull();
  });
});
