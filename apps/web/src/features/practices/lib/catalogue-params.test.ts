import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  emptyCatalogueParams,
  MAX_PAGES,
  parseCatalogueParams,
  serializeCatalogueParams,
  toggleFilterValue,
  toListQuery,
} from './catalogue-params';

const parse = (search: string) => parseCatalogueParams(new URLSearchParams(search));

describe('catalogue URL state', () => {
  it('reads every filter, keeping repeated values in order', () => {
    const params = parse(
      'q=замещающих+родителей&theme=foster-families&theme=orphanhood-prevention&district=ural&region=37' +
        '&targetGroup=orphans&evidence=supported&status=recommended&yearFrom=2009&yearTo=2020&internship=true&sort=title' +
        '&nomination=12&nomination=x&award=winner&pages=3',
    );
    expect(params).toEqual({
      q: 'замещающих родителей',
      theme: ['foster-families', 'orphanhood-prevention'],
      district: ['ural'],
      region: ['37'],
      targetGroup: ['orphans'],
      evidence: ['supported'],
      status: ['recommended'],
      yearFrom: 2009,
      yearTo: 2020,
      internship: true,
      nomination: ['12'],
      award: 'winner',
      sort: 'title',
      pages: 3,
    });
  });

  it('keeps how many pages are shown, within bounds', () => {
    expect(parse('pages=4').pages).toBe(4);
    expect(serializeCatalogueParams({ ...emptyCatalogueParams, pages: 4 }).toString()).toBe('pages=4');
    expect(parse('pages=0').pages).toBe(1);
    expect(parse('pages=-2').pages).toBe(1);
    expect(parse('pages=many').pages).toBe(1);
    expect(parse('pages=99').pages).toBe(MAX_PAGES);
  });

  it('survives a round trip through the URL unchanged', () => {
    const search =
      'q=семья&theme=foster-families&theme=interagency&district=ural&region=72&status=published&yearFrom=2015&internship=true&sort=evidence';
    const params = parse(search);
    const written = serializeCatalogueParams(params);
    expect(parseCatalogueParams(written)).toEqual(params);
    expect(written.toString()).toBe(new URLSearchParams(search).toString());
  });

  it('writes nothing for the defaults, so the plain catalogue has a plain address', () => {
    expect(serializeCatalogueParams(emptyCatalogueParams).toString()).toBe('');
    expect(parse('')).toEqual(emptyCatalogueParams);
  });

  it('drops values the API would reject instead of failing the whole page', () => {
    const params = parse(
      'theme=Bad Code&district=ural&district=ural&region=7x&status=draft&yearFrom=1800&yearTo=abc&internship=yes&sort=random',
    );
    expect(params).toEqual({ ...emptyCatalogueParams, district: ['ural'] });
  });

  it('puts a reversed year range the right way round', () => {
    const params = parse('yearFrom=2020&yearTo=2010');
    expect([params.yearFrom, params.yearTo]).toEqual([2010, 2020]);
  });

  it('toggles a value on and off without touching the other filters', () => {
    const start = parse('q=семья&district=ural');
    const added = toggleFilterValue(start, 'district', 'central');
    expect(added.district).toEqual(['ural', 'central']);
    expect(added.q).toBe('семья');
    const removed = toggleFilterValue(added, 'district', 'ural');
    expect(removed.district).toEqual(['central']);
    expect(serializeCatalogueParams(removed).toString()).toBe(
      'q=%D1%81%D0%B5%D0%BC%D1%8C%D1%8F&district=central',
    );
  });

  it('counts chosen filter values, not the search text or the sort', () => {
    expect(
      countActiveFilters(parse('q=семья&sort=title&district=ural&region=72&yearFrom=2010&internship=true')),
    ).toBe(4);
  });

  it('asks the API for relevance only when there is a query, with values in a stable order', () => {
    expect(toListQuery(parse('sort=relevance&theme=b-theme&theme=a-theme'))).toEqual({
      sort: 'newest',
      theme: ['a-theme', 'b-theme'],
    });
    expect(toListQuery(parse('q=семья'))).toEqual({ q: 'семья', sort: 'relevance' });
    expect(toListQuery(parse('internship=true&yearTo=2020'))).toEqual({
      sort: 'newest',
      yearTo: 2020,
      internship: 'true',
    });
  });
});
