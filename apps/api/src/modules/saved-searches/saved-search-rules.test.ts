import { SavedSearchQuerySchema } from '@registry/contracts/saved-searches';
import { describe, expect, it } from 'vitest';
import { cataloguePath, normaliseSearch, searchKey } from './saved-search-rules';

const parse = (input: unknown) => normaliseSearch(SavedSearchQuerySchema.parse(input));

describe('a saved selection', () => {
  it('keeps only the filters that are set, values sorted and de-duplicated', () => {
    expect(
      parse({ q: '  семейные   центры ', theme: ['bb', 'aa', 'bb'], region: '72', internship: 'true' }),
    ).toEqual({
      q: 'семейные центры',
      theme: ['aa', 'bb'],
      region: ['72'],
      internship: 'true',
    });
    expect(parse({})).toEqual({});
  });

  it('is one subscription whatever the order it was typed in', () => {
    expect(searchKey(parse({ theme: ['bb', 'aa'], region: '72' }))).toBe(
      searchKey(parse({ region: ['72'], theme: ['aa', 'bb'] })),
    );
    expect(searchKey(parse({ theme: 'aa' }))).not.toBe(searchKey(parse({ theme: 'bb' })));
  });

  it('opens the same catalogue address the web app writes', () => {
    expect(cataloguePath(parse({}))).toBe('/practices');
    expect(cataloguePath(parse({ q: 'дети', theme: ['bb', 'aa'], yearFrom: 2020, award: 'any' }))).toBe(
      '/practices?q=%D0%B4%D0%B5%D1%82%D0%B8&theme=aa&theme=bb&yearFrom=2020&award=any',
    );
  });

  it('refuses what the catalogue refuses: years out of order, unknown shapes of codes', () => {
    expect(SavedSearchQuerySchema.safeParse({ yearFrom: 2022, yearTo: 2020 }).success).toBe(false);
    expect(SavedSearchQuerySchema.safeParse({ region: 'Тюмень' }).success).toBe(false);
    expect(SavedSearchQuerySchema.safeParse({ status: 'draft' }).success).toBe(false);
  });
});
