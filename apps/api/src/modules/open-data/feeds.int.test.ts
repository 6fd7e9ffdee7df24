import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'entry',
});

describe('RSS and Atom feeds of new and recommended practices', () => {
  let t: TestApp;
  const feed = async (url: string) => {
    const response = await t.app.inject({ url, headers: { host: 'reestr.example' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(XMLValidator.validate(response.body)).toBe(true);
    return { response, xml: parser.parse(response.body) };
  };
  const rssSlugs = (xml: { rss: { channel: { item?: { link: string }[] } } }) =>
    (xml.rss.channel.item ?? []).map((item) => item.link.replace('http://reestr.example/practices/', ''));

  beforeAll(async () => {
    t = await createTestApp();
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    await createPractice(
      t.db,
      { slug: 'feed-old', themeCodes: ['child-safety'], regionCode: '66' },
      { statusChangedAt: day(1) },
    );
    await createPractice(
      t.db,
      { slug: 'feed-new', themeCodes: ['family-values'], regionCode: '72' },
      { statusChangedAt: day(20) },
    );
    await createPractice(
      t.db,
      { slug: 'feed-recommended', themeCodes: ['child-safety'], regionCode: '72' },
      { status: 'recommended', statusChangedAt: day(10) },
    );
    await t.db.prisma.practice.update({
      where: { slug: 'feed-recommended' },
      data: { recommendedAt: day(10) },
    });
    await createPractice(
      t.db,
      { slug: 'feed-draft', regionCode: '72' },
      { status: 'draft', statusChangedAt: day(25) },
    );
  });
  afterAll(() => t.close());

  it('lists newly published practices as RSS 2.0, newest first, with absolute links', async () => {
    const { response, xml } = await feed('/api/feeds/published.rss');
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(xml.rss['@_version']).toBe('2.0');
    // The draft is not public and is never in a feed.
    expect(rssSlugs(xml)).toEqual(['feed-new', 'feed-recommended', 'feed-old']);
    expect(xml.rss.channel.language).toBe('ru');
  });

  it('lists the same as Atom', async () => {
    const { response, xml } = await feed('/api/feeds/published.atom');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(xml.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(xml.feed.entry.map((e: { id: string }) => e.id)).toEqual([
      'http://reestr.example/practices/feed-new',
      'http://reestr.example/practices/feed-recommended',
      'http://reestr.example/practices/feed-old',
    ]);
  });

  it('lists only recommended practices in the recommended feed', async () => {
    expect(rssSlugs((await feed('/api/feeds/recommended.rss')).xml)).toEqual(['feed-recommended']);
  });

  it('narrows a feed to a theme or a region, and says so in its title', async () => {
    const byTheme = (await feed('/api/feeds/published.rss?theme=child-safety')).xml;
    expect(rssSlugs(byTheme)).toEqual(['feed-recommended', 'feed-old']);
    expect(byTheme.rss.channel.title).toContain('тема «');
    expect(byTheme.rss.channel.link).toBe('http://reestr.example/themes/child-safety');
    const byRegion = (await feed('/api/feeds/published.rss?region=72')).xml;
    expect(rssSlugs(byRegion)).toEqual(['feed-new', 'feed-recommended']);
    expect(byRegion.rss.channel.title).toContain('Тюменская область');
  });

  it.each([
    ['/api/feeds/published.rss?theme=no-such-theme', 404, 'query.theme'],
    ['/api/feeds/published.rss?region=99', 404, 'query.region'],
    ['/api/feeds/published.rss?region=abc', 400, 'query.region'],
    ['/api/feeds/everything.rss', 400, 'params.feed'],
    ['/api/feeds/published.pdf', 400, 'params.feed'],
  ])('answers %s with a %i problem naming the field', async (url, status, field) => {
    const response = await t.app.inject(url);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors[0].field).toBe(field);
  });
});
