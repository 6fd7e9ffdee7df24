// Search quality on the demo catalogue (prisma/seed/demo-practices.json): realistic queries of
// specialists — abbreviations, places, organisations, English words, typos — with the practices
// each must find and must not find. Runs on PGlite and on PostgreSQL (TEST_DATABASE_URL).
import type { PracticeList } from '@registry/contracts/practices';
import { seedDemoPractices } from '@registry/db/seed/seed-demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';

const TYUMEN = [
  'tyumen-foster-parents-school',
  'tyumen-child-loss-prevention',
  'tyumen-abuse-rehabilitation',
  'tyumen-family-addiction-rehabilitation',
];
const PERM = 'perm-autism-support';
const KOSTROMA = 'kostroma-foster-families-support';
const NOVOSIBIRSK = 'novosibirsk-mentoring-care-leavers';
const IVANOVO_MFC = 'ivanovo-family-mfc';
const IVANOVO_EARLY = 'ivanovo-early-intervention';
const YAKUTIA = 'yakutia-school-reconciliation-services';
const MURMANSK = 'murmansk-family-group-conferences';
const NIZHNY = 'nizhny-mobile-family-teams';
const ASTRAKHAN = 'astrakhan-shelter-mothers-children';
const SVERDLOVSK = 'sverdlovsk-rural-orphanhood-councils';

interface Case {
  q: string;
  /** The whole result, in any order. */
  exactly?: string[];
  /** Must be among the results. */
  has?: string[];
  /** Must not be among the results. */
  not?: string[];
}

const CASES: Case[] = [
  // Abbreviations of the field, through the glossary.
  { q: 'СОНКО', has: [NOVOSIBIRSK, KOSTROMA, NIZHNY], not: [PERM, YAKUTIA, IVANOVO_EARLY] },
  { q: 'НКО', has: [NOVOSIBIRSK, KOSTROMA, NIZHNY], not: [PERM, YAKUTIA] },
  {
    q: 'КДН',
    exactly: ['tyumen-abuse-rehabilitation', SVERDLOVSK, 'tyumen-family-addiction-rehabilitation'],
  },
  {
    q: 'КДНиЗП',
    exactly: ['tyumen-abuse-rehabilitation', SVERDLOVSK, 'tyumen-family-addiction-rehabilitation'],
  },
  { q: 'ОВЗ', has: [IVANOVO_EARLY, PERM], not: [MURMANSK, YAKUTIA] },
  { q: 'аутизм', exactly: [PERM] },
  { q: 'РАС', exactly: [PERM] },
  { q: 'рас', exactly: [PERM] },
  { q: 'ПАВ', exactly: ['tyumen-family-addiction-rehabilitation'] },
  { q: 'наркозависимость', exactly: ['tyumen-family-addiction-rehabilitation'] },
  { q: 'ТЖС', has: [ASTRAKHAN, IVANOVO_MFC, NIZHNY], not: [PERM, YAKUTIA] },
  { q: 'СОП', has: [NIZHNY, 'tyumen-family-addiction-rehabilitation'], not: [IVANOVO_EARLY, PERM] },
  { q: 'КЦСОН', has: [IVANOVO_MFC, 'tyumen-abuse-rehabilitation'], not: [PERM, MURMANSK] },
  { q: 'СРЦН', has: ['tyumen-abuse-rehabilitation', 'tyumen-foster-parents-school'], not: [KOSTROMA, PERM] },
  { q: 'ЦССВ', has: [NOVOSIBIRSK], not: [PERM, YAKUTIA] },
  { q: 'МФЦ', exactly: [IVANOVO_MFC] },
  { q: 'ШСП', exactly: [YAKUTIA] },
  // Places: region, capital, federal district (full and short).
  { q: 'Пермь', exactly: [PERM] },
  { q: 'Тюмень', exactly: TYUMEN },
  { q: 'Тюменская область', has: TYUMEN, not: [PERM, KOSTROMA] },
  { q: 'УФО', exactly: [...TYUMEN, SVERDLOVSK] },
  { q: 'Уральский федеральный округ', exactly: [...TYUMEN, SVERDLOVSK] },
  { q: 'ЦФО', exactly: [KOSTROMA, IVANOVO_MFC, IVANOVO_EARLY] },
  { q: 'ПФО', exactly: [PERM, NIZHNY] },
  { q: 'СЗФО', exactly: [MURMANSK] },
  { q: 'ДФО', exactly: [YAKUTIA] },
  { q: 'Якутия', exactly: [YAKUTIA] },
  { q: 'Иваново', exactly: [IVANOVO_MFC, IVANOVO_EARLY] },
  { q: 'Новосибирск', exactly: [NOVOSIBIRSK] },
  { q: 'Мурманск', exactly: [MURMANSK] },
  { q: 'Астрахань', exactly: [ASTRAKHAN] },
  { q: 'Нижний Новгород', exactly: [NIZHNY] },
  { q: 'Костромская область', exactly: [KOSTROMA] },
  { q: 'Сахалин', exactly: [] },
  // Organisations and partners.
  { q: 'Солнечный город', exactly: [NOVOSIBIRSK] },
  { q: 'Будущее Сейчас', exactly: [KOSTROMA] },
  { q: 'Хочу домой', exactly: [KOSTROMA] },
  { q: 'Минтруд', exactly: [IVANOVO_MFC] },
  // English words for the main terms, through the glossary.
  { q: 'foster family', exactly: ['tyumen-foster-parents-school', KOSTROMA] },
  { q: 'autism', exactly: [PERM] },
  { q: 'early intervention', has: [IVANOVO_EARLY], not: [MURMANSK, YAKUTIA] },
  { q: 'mentoring', has: [NOVOSIBIRSK], not: [PERM, YAKUTIA] },
  { q: 'family group conference', exactly: [MURMANSK] },
  { q: 'child abuse', has: ['tyumen-abuse-rehabilitation'], not: [PERM] },
  { q: 'care leavers', has: [NOVOSIBIRSK], not: [PERM] },
  // Theme and target-group names.
  { q: 'многодетные', has: [IVANOVO_MFC], not: [PERM] },
  { q: 'беременные', exactly: [ASTRAKHAN] },
  { q: 'межведомственное взаимодействие', has: [SVERDLOVSK, YAKUTIA, PERM], not: [ASTRAKHAN, MURMANSK] },
  // Ordinary words, phrases and the last word typed as a prefix.
  { q: 'школа замещающих родителей', has: ['tyumen-foster-parents-school'], not: [PERM, YAKUTIA] },
  { q: 'замещающ', has: ['tyumen-foster-parents-school', KOSTROMA], not: [PERM] },
  { q: 'семейные групповые конференции', exactly: [MURMANSK] },
  { q: 'мобильные бригады', exactly: [NIZHNY] },
  { q: 'служба примирения', exactly: [YAKUTIA] },
  { q: 'психоактивные', exactly: ['tyumen-family-addiction-rehabilitation'] },
];

describe('search quality on the demo catalogue', () => {
  let t: TestApp;
  const search = async (q: string) => {
    const response = await t.app.inject(`/api/practices?limit=50&q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PracticeList>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoPractices(t.db.prisma);
  });
  afterAll(() => t.close());

  it('has at least 40 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('«$q»', async ({ q, exactly, has, not }) => {
    const slugs = (await search(q)).items.map((item) => item.slug);
    if (exactly) expect(slugs.sort()).toEqual([...exactly].sort());
    if (has) expect(slugs).toEqual(expect.arrayContaining(has));
    for (const slug of not ?? []) expect(slugs).not.toContain(slug);
  });

  it('says what an abbreviation was expanded with', async () => {
    const { search: info } = await search('СОНКО');
    expect(info.expandedWith).toEqual([
      {
        typed: 'СОНКО',
        forms: expect.arrayContaining(['социально ориентированная некоммерческая организация', 'НКО']),
      },
    ]);
    expect((await search('Пермь')).search.expandedWith).toEqual([]);
  });

  it.each([
    ['реабилетация', 'реабилитация'],
    ['замещающийх родителей', /^замещающ\p{L}* родителей$/u],
    ['школа замещающийх родителей', /^школа замещающ\p{L}* родителей$/u],
    ['наставнечество', 'наставничество'],
  ])(
    'proposes a correction for the typo in «%s», and the correction finds practices',
    async (q, expected) => {
      const { total, search: info } = await search(q);
      expect(total).toBe(0);
      expect(info.suggestion).toMatch(expected);
      expect((await search(info.suggestion as string)).total).toBeGreaterThan(0);
    },
  );

  it('proposes nothing when the query finds practices or has no similar words', async () => {
    expect((await search('Тюмень')).search.suggestion).toBeNull();
    expect((await search('квазиквантовый')).search.suggestion).toBeNull();
  });

  it('highlights matches in the title and the organisation, not only the snippet', async () => {
    const { items } = await search('Солнечный город');
    expect(items[0]?.organisationHighlight).toBe(
      'Благотворительный фонд «\uE000Солнечный\uE001 \uE000город\uE001»',
    );
    const [perm] = (await search('аутистического спектра')).items;
    expect(perm?.titleHighlight).toContain('\uE000аутистического\uE001 \uE000спектра\uE001');
    expect(
      (await t.app.inject('/api/practices?limit=1').then((r) => r.json<PracticeList>())).items[0],
    ).toMatchObject({
      titleHighlight: null,
      organisationHighlight: null,
    });
  });

  it.each(['а', 'а и в', 'я'])(
    'refuses a query of single letters «%s» with a 400 naming query.q',
    async (q) => {
      const response = await t.app.inject(`/api/practices?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().errors).toEqual([{ field: 'query.q', message: expect.stringMatching(/букв/) }]);
    },
  );
});
