import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

/** Every page's text as pdf.js reads it (through the embedded font's ToUnicode map). */
async function textOf(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return { pages: document.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

const LONG_METHODS = Array.from(
  { length: 60 },
  (_, i) =>
    `${i + 1}. Этап работы номер ${i + 1}: специалисты центра встречаются с семьёй, составляют план сопровождения, проводят занятия и оценивают, что изменилось за месяц.`,
).join('\n');

describe('the passport as PDF', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await createPractice(t.db, {
      slug: 'pdf-passport',
      title: 'Школа замещающих родителей «Ёлочка»',
      goals: 'Подготовить кандидатов в замещающие родители к приёму ребёнка в семью.',
      indicators: [
        { name: 'Подготовлено кандидатов', unit: 'чел.', baseline: 120, achieved: 310.5, year: 2023 },
      ],
    });
    await createPractice(t.db, { slug: 'pdf-long', title: 'Длинный паспорт', methods: LONG_METHODS });
    await createPractice(t.db, { slug: 'pdf-draft' }, { status: 'draft' });
    const renamed = await createPractice(t.db, { slug: 'pdf-renamed', title: 'Переименованная практика' });
    const practice = await t.db.prisma.practice.findUniqueOrThrow({ where: { slug: renamed.slug } });
    await t.db.prisma.practiceSlugRedirect.create({
      data: { slug: 'pdf-old-name', practiceId: practice.id },
    });
  });
  afterAll(() => t.close());

  it('typesets the Cyrillic title and every section, with the font embedded', async () => {
    const response = await t.app.inject('/api/practices/pdf-passport/passport.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text } = await textOf(pdf);
    expect(text).toContain('Школа замещающих родителей «Ёлочка»');
    expect(text).toContain('Подготовить кандидатов в замещающие родители к приёму ребёнка в семью.');
    for (const heading of ['Основные сведения', 'Проблема', 'Цели', 'Результаты', 'Ресурсы', 'Контакты']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('310,5'); // numbers in Russian notation
    expect(text).toContain('Тюменская область');
    // PT Sans travels inside the file (a subset, as TrueType), not as a name the reader must have.
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+PTSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+PTSans-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/Helvetica');
  });

  it('names the file in Russian (RFC 6266 filename*) with an ASCII fallback, cacheable like the passport', async () => {
    const response = await t.app.inject('/api/practices/pdf-passport/passport.pdf');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="passport-pdf-passport\.pdf"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1] ?? '';
    expect(encoded).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(encoded)).toBe('Паспорт практики — Школа замещающих родителей «Ёлочка».pdf');
    expect(response.headers['cache-control']).toBe('public, no-cache');
    const etag = String(response.headers.etag);
    const again = await t.app.inject({
      url: '/api/practices/pdf-passport/passport.pdf',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
  });

  it('wraps and paginates a long text, with page numbers', async () => {
    const started = performance.now();
    const response = await t.app.inject('/api/practices/pdf-long/passport.pdf');
    const ms = performance.now() - started;
    expect(response.statusCode).toBe(200);
    const { pages, text } = await textOf(response.rawPayload);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain('Этап работы номер 60');
    expect(text).toContain(`Стр. ${pages} из ${pages}`);
    console.info(`passport PDF of ${pages} pages made in ${ms.toFixed(0)} ms`);
  });

  it('makes a passport once per catalogue change, and again after one', async () => {
    const url = '/api/practices/pdf-passport/passport.pdf';
    const [a, b] = await Promise.all([t.app.inject(url), t.app.inject(url)]);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    await t.db.prisma.practice.update({
      where: { slug: 'pdf-passport' },
      data: { title: 'Школа замещающих родителей «Ёлочка-2»' },
    });
    t.app.catalogueCache.expireVersion();
    const { text } = await textOf((await t.app.inject(url)).rawPayload);
    expect(text).toContain('«Ёлочка-2»');
  });

  it.each(['pdf-draft', 'no-such-practice'])(
    'answers %s with the 404 problem of the passport',
    async (slug) => {
      const response = await t.app.inject(`/api/practices/${slug}/passport.pdf`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ type: '/problems/practice-not-found', status: 404 });
      expect(response.headers['content-disposition']).toBeUndefined();
    },
  );

  it('answers a slug that cannot exist with a 400 naming the field', async () => {
    const response = await t.app.inject('/api/practices/BAD_SLUG!/passport.pdf');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toMatch(/slug/);
  });

  it('moves a former address to the current PDF', async () => {
    const response = await t.app.inject('/api/practices/pdf-old-name/passport.pdf');
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/api/practices/pdf-renamed/passport.pdf');
  });
});
