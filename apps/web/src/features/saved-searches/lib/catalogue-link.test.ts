import { describe, expect, it } from 'vitest';
import { catalogueLink } from './catalogue-link';

describe('the catalogue page of a saved selection', () => {
  it('writes the same search params the catalogue reads', () => {
    expect(catalogueLink({})).toBe('/practices');
    expect(
      catalogueLink({ q: 'семья', theme: ['aa', 'bb'], yearFrom: 2020, internship: 'true', award: 'any' }),
    ).toBe(
      '/practices?q=%D1%81%D0%B5%D0%BC%D1%8C%D1%8F&theme=aa&theme=bb&yearFrom=2020&internship=true&award=any',
    );
  });
});
