import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import { SqlParams } from '../../lib/sql-params';
import { buildSearchQuery, compileGlossary, EMPTY_GLOSSARY, normaliseForm } from './search-query';

const glossary = compileGlossary([
  {
    term: 'СОНКО',
    expansions: ['социально ориентированная некоммерческая организация'],
    synonyms: ['НКО', 'NGO'],
  },
  { term: 'РАС', expansions: ['расстройства аутистического спектра'], synonyms: ['аутизм', 'autism'] },
  { term: 'замещающая семья', expansions: [], synonyms: ['приёмная семья', 'foster family'] },
]);

const build = (q: string, g = glossary) => {
  const params = new SqlParams();
  const result = buildSearchQuery(q, g, params);
  return { ...result, values: params.values };
};

describe('buildSearchQuery', () => {
  it('gives no condition for an empty query', () => {
    expect(build('   ')).toEqual({ sql: null, expandedWith: [], values: [] });
  });

  it('expands a glossary term into all forms of its entry, as phrases, and reports them', () => {
    const { sql, expandedWith, values } = build('СОНКО');
    expect(expandedWith).toEqual([
      { typed: 'СОНКО', forms: ['социально ориентированная некоммерческая организация', 'НКО', 'NGO'] },
    ]);
    expect(values).toEqual(['СОНКО', 'социально ориентированная некоммерческая организация', 'НКО', 'NGO']);
    expect(sql).toBe(
      "(phraseto_tsquery('russian', $1) || phraseto_tsquery('russian', $2) || phraseto_tsquery('russian', $3) || phraseto_tsquery('russian', $4))",
    );
  });

  it('expands in both directions: a synonym finds the term and the expansions', () => {
    expect(build('аутизм').expandedWith).toEqual([
      { typed: 'аутизм', forms: ['РАС', 'расстройства аутистического спектра', 'autism'] },
    ]);
    expect(build('autism').values).toContain('РАС');
  });

  it('matches multi-word forms case-insensitively and with ё as е', () => {
    const { expandedWith, values } = build('Foster Family школа');
    expect(expandedWith.map((e) => e.typed)).toEqual(['Foster Family']);
    expect(values).toContain('приемная семья');
    expect(build('приемная семья').expandedWith[0]?.forms).toContain('замещающая семья');
  });

  it('never treats a glossary word as a prefix: «рас» is the abbreviation, not «расширенной»', () => {
    const { sql } = build('рас');
    expect(sql).not.toContain(':*');
  });

  it('matches the last word as a prefix from 3 letters on', () => {
    const { sql, values } = build('школа замещ');
    expect(sql).toContain("to_tsquery('simple'");
    expect(values.at(-1)).toBe('замещ:* | заме');
    expect(build('школа за').sql).not.toContain(':*');
  });

  it('does not shorten a whole word too far («сахалин» must not become «саха»)', () => {
    expect(build('сахалин').values.at(-1)).toBe('сахалин:* | сахали');
  });

  it('matches a word typed in capitals as a whole word', () => {
    const { sql, values } = build('ЦФО', EMPTY_GLOSSARY);
    expect(sql).toBe("plainto_tsquery('russian', $1)");
    expect(values).toEqual(['ЦФО']);
    expect(build('центр ПФО', EMPTY_GLOSSARY).sql).not.toContain(':*');
  });

  it('joins the words of a query with AND and drops single letters inside it', () => {
    const { sql, values } = build('помощь и поддержка в семье');
    expect(values.filter((v) => v === 'и' || v === 'в')).toEqual([]);
    expect(sql?.split(' && ')).toHaveLength(3);
  });

  it('takes a query with search operators literally', () => {
    expect(build('"школа приёмных" -москва')).toEqual({
      sql: "websearch_to_tsquery('russian', $1)",
      expandedWith: [],
      values: ['"школа приемных" -москва'],
    });
  });

  it.each(['а', 'а и в', ' я ', 'a b'])(
    'refuses a query of single letters «%s» with a 400 on query.q',
    (q) => {
      try {
        build(q);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBe(400);
        expect((error as AppError).errors).toEqual([
          { field: 'query.q', message: expect.stringMatching(/букв/) },
        ]);
      }
    },
  );

  it('matches nothing for punctuation only, without refusing it', () => {
    expect(build('!!! ...')).toEqual({ sql: "''::tsquery", expandedWith: [], values: [] });
  });
});

describe('compileGlossary', () => {
  it('keys every form normalised, the first entry winning a clash', () => {
    const g = compileGlossary([
      { term: 'КДН', expansions: [], synonyms: ['КДНиЗП'] },
      { term: 'ТКДН', expansions: [], synonyms: ['кднизп'] },
    ]);
    expect(g.byForm.get('кднизп')?.term).toBe('КДН');
    expect(glossary.longest).toBe(4);
    expect(normaliseForm('  Приёмная   СЕМЬЯ! ')).toBe('приемная семья');
  });
});
