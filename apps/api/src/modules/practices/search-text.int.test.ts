// The search text is kept by triggers (migration 20261201100000): the practice's own columns
// and the names of its region, capital, federal district, themes and target groups.
import type { PracticeList } from '@registry/contracts/practices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

describe('the search text follows the names a practice is linked to', () => {
  let t: TestApp;
  const slugs = async (q: string) =>
    (await t.app.inject(`/api/practices?q=${encodeURIComponent(q)}`))
      .json<PracticeList>()
      .items.map((i) => i.slug);

  beforeAll(async () => {
    t = await createTestApp();
    await createPractice(t.db, {
      slug: 'names-practice',
      title: 'Клуб выходного дня',
      regionCode: '59',
      themeCodes: ['family-centres'],
      targetGroupCodes: ['large-families'],
      organisation: { name: 'Центр «Радуга»', type: 'ngo' },
      partners: 'Фонд «Открытые ладони»',
    });
  });
  afterAll(() => t.close());

  it('finds a practice by its region, capital, district, theme, target group, organisation and partners', async () => {
    for (const q of [
      'Пермь',
      'Пермский край',
      'ПФО',
      'Приволжский федеральный округ',
      'многофункциональные',
      'многодетные',
      'Радуга',
      'Открытые ладони',
    ]) {
      expect(await slugs(q), q).toEqual(['names-practice']);
    }
  });

  it('follows a change of themes, a renamed theme and a new region, keeping the own text', async () => {
    const id = (await t.db.prisma.practice.findUniqueOrThrow({ where: { slug: 'names-practice' } })).id;
    await t.db.prisma.practiceTheme.deleteMany({ where: { practiceId: id } });
    expect(await slugs('многофункциональные')).toEqual([]);
    await t.db.prisma.practiceTheme.create({ data: { practiceId: id, themeCode: 'teen-behaviour' } });
    expect(await slugs('деструктивного')).toEqual(['names-practice']);
    await t.db.pool.query(
      "UPDATE themes SET name_ru = 'Профилактика девиантного поведения' WHERE code = 'teen-behaviour'",
    );
    expect(await slugs('девиантного')).toEqual(['names-practice']);
    await t.db.prisma.practice.update({ where: { id }, data: { regionCode: '72' } });
    expect(await slugs('Пермь')).toEqual([]);
    expect(await slugs('Тюмень')).toEqual(['names-practice']);
    expect(await slugs('Клуб выходного дня')).toEqual(['names-practice']);
    await t.db.pool.query("UPDATE regions SET capital_ru = 'Тобольск' WHERE code = '72'");
    expect(await slugs('Тобольск')).toEqual(['names-practice']);
  });
});
