import { HIGHLIGHT_END, HIGHLIGHT_START, type PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('GET /api/practices?q=: Russian full-text search', () => {
  let t: TestApp;
  const search = async (q: string, extra = '') => {
    const response = await t.app.inject(`/api/practices?q=${encodeURIComponent(q)}${extra}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PracticeList>();
  };
  const slugs = async (q: string) => (await search(q)).items.map((item) => item.slug).sort();

  beforeAll(async () => {
    t = await createTestApp();
    await createPractice(t.db, {
      slug: 'families-plural',
      title: 'Помощь семьям в трудной ситуации',
      summary: 'Сопровождение семей с детьми специалистами центра, консультации и группы поддержки.',
    });
    await createPractice(t.db, {
      slug: 'foster-school',
      title: 'Школа замещающих родителей',
      summary: 'Подготовка кандидатов в приёмные родители и сопровождение замещающих семей.',
    });
    await createPractice(t.db, {
      slug: 'yo-child',
      title: 'Безопасный ребёнок на дороге',
      summary: 'Занятия для детей и родителей о безопасности на дорогах и у воды.',
    });
    await createPractice(t.db, {
      slug: 'body-only',
      title: 'Мобильная бригада',
      summary: 'Выезды специалистов в отдалённые сёла района для консультаций.',
      methods: 'Психолог работает с родителями и подростками, проводит тренинги по медиации.',
    });
    await createPractice(
      t.db,
      { slug: 'hidden-draft', title: 'Помощь семьям черновик' },
      { status: 'draft' },
    );
  });
  afterAll(() => t.close());

  it('finds inflected forms: «семья» matches «семьям» and «семей»', async () => {
    expect(await slugs('семья')).toEqual(expect.arrayContaining(['families-plural', 'foster-school']));
    expect(await slugs('семья')).not.toContain('hidden-draft');
  });

  it('treats ё and е alike, both ways', async () => {
    expect(await slugs('ребенок')).toEqual(['yo-child']);
    expect(await slugs('ребёнок')).toEqual(['yo-child']);
    expect(await slugs('приемные')).toEqual(['foster-school']);
  });

  it('matches the last word as a prefix while it is being typed', async () => {
    expect(await slugs('замещающ')).toEqual(['foster-school']);
    expect(await slugs('школа замещ')).toEqual(['foster-school']);
  });

  it('supports websearch syntax: phrases and exclusions', async () => {
    expect(await slugs('"замещающих родителей"')).toEqual(['foster-school']);
    expect(await slugs('сопровождение')).toEqual(['families-plural', 'foster-school']);
    expect(await slugs('сопровождение -замещающих')).toEqual(['families-plural']);
    expect(await slugs('мобильная or безопасный')).toEqual(['body-only', 'yo-child']);
  });

  it('ranks title matches above body matches', async () => {
    await createPractice(t.db, { slug: 'mediation-title', title: 'Школьная медиация для подростков' });
    const list = await search('медиация');
    expect(list.items.map((item) => item.slug)).toEqual(['mediation-title', 'body-only']);
  });

  it('highlights the matched words in a snippet', async () => {
    const [item] = (await search('сопровождение')).items;
    expect(item?.snippet).toMatch(new RegExp(`${HIGHLIGHT_START}[Сс]опровождение${HIGHLIGHT_END}`));
  });

  it('finds nothing, without error, for stop words or punctuation only', async () => {
    expect((await search('и в на')).total).toBe(0);
    expect((await search('!!! ...')).total).toBe(0);
  });

  it('combines search with filters and facets', async () => {
    const list = await search('семья', '&region=66');
    expect(list.total).toBe(0);
    expect(list.facets.region.find((f) => f.value === '72')?.count).toBeGreaterThanOrEqual(2);
  });
});
