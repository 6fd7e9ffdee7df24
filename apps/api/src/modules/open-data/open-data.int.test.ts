import type { OpenDataDictionary } from '@registry/contracts/open-data';
import { PRACTICE_COLUMNS, SECTION_COLUMNS } from '@registry/contracts/open-data';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';

/** A CSV line split into cells (quoted cells may hold commas and doubled quotes; no newlines here). */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .map((m) => m[1] as string)
    .slice(0, -1)
    .map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));
}

function parseCsv(body: string) {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = body.slice(1).trimEnd().split('\r\n');
  const keys = cells(header as string);
  return { keys, rows: lines.map((line) => Object.fromEntries(cells(line).map((v, i) => [keys[i], v]))) };
}

describe('open data: exports and the field dictionary', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createPractice(t.db, {
      slug: 'od-safety',
      title: '=HYPERLINK("http://evil.example","нажми")',
      themeCodes: ['child-safety'],
      regionCode: '66',
      startYear: 2019,
      indicators: [{ name: 'Охват семей', unit: 'семей', baseline: 10, achieved: 45.5, year: 2023 }],
      support: { methodicalMaterials: true, training: true, internship: true },
    });
    await createPractice(t.db, { slug: 'od-family', themeCodes: ['family-values'], regionCode: '72' });
    await createPractice(t.db, { slug: 'od-draft', themeCodes: ['child-safety'] }, { status: 'draft' });
    await createPractice(t.db, { slug: 'od-review', themeCodes: ['child-safety'] }, { status: 'in_review' });
  });
  afterAll(() => t.close());

  it('exports the whole public catalogue as CSV with a BOM, the columns of the dictionary and full page URLs', async () => {
    const response = await t.app.inject({
      url: '/api/open-data/practices.csv',
      headers: { host: 'reestr.example' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="practices-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const { keys, rows } = parseCsv(response.body);
    expect(keys).toEqual(PRACTICE_COLUMNS.map((column) => column.key));
    // Drafts and practices under review are never exported.
    expect(rows.map((row) => row.slug).sort()).toEqual(['od-family', 'od-safety']);
    const safety = rows.find((row) => row.slug === 'od-safety');
    expect(safety?.url).toBe('http://reestr.example/practices/od-safety');
    expect(safety?.regionCode).toBe('66');
    expect(safety?.canHostInternship).toBe('true');
    expect(safety?.startYear).toBe('2019');
  });

  it('neutralises a cell a spreadsheet would run as a formula', async () => {
    const { rows } = parseCsv((await t.app.inject('/api/open-data/practices.csv')).body);
    expect(rows.find((row) => row.slug === 'od-safety')?.title).toBe(
      '\'=HYPERLINK("http://evil.example","нажми")',
    );
  });

  it('exports a selection with the catalogue query parameters, as GET /api/practices lists it', async () => {
    const response = await t.app.inject('/api/open-data/practices.csv?theme=child-safety');
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-total-count']).toBe('1');
    expect(parseCsv(response.body).rows.map((row) => row.slug)).toEqual(['od-safety']);
    const list = (await t.app.inject('/api/practices?region=72&region=66&sort=title')).json();
    const json = (await t.app.inject('/api/open-data/practices.json?region=72&region=66&sort=title')).json();
    expect(json.practices.map((p: { slug: string }) => p.slug)).toEqual(
      list.items.map((p: { slug: string }) => p.slug),
    );
  });

  it.each([
    ['theme=NOPE', 'query.theme'],
    ['region=999', 'query.region'],
    ['yearFrom=2022&yearTo=2020', 'query.yearTo'],
    ['status=draft', 'query.status'],
  ])('answers a bad parameter (%s) with a 400 problem naming it', async (query, field) => {
    const response = await t.app.inject(`/api/open-data/practices.csv?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers an unknown format with a 400 problem', async () => {
    const response = await t.app.inject('/api/open-data/practices.pdf');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('params.format');
  });

  it('exports JSON with typed values and each practice’s indicators and links', async () => {
    const response = await t.app.inject('/api/open-data/practices.json?theme=child-safety');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(body.licence.name).toBe('CC BY 4.0');
    const [practice] = body.practices;
    expect(practice).toMatchObject({
      slug: 'od-safety',
      startYear: 2019,
      endYear: null,
      canHostInternship: true,
      themes: ['child-safety'],
      indicators: [{ name: 'Охват семей', unit: 'семей', baseline: 10, achieved: 45.5, year: 2023 }],
      links: [{ title: 'Сайт', url: 'https://example.org' }],
    });
    // Contacts are personal data: not part of open data.
    expect(practice).not.toHaveProperty('contacts');
    expect(Object.keys(practice)).toEqual([...PRACTICE_COLUMNS.map((c) => c.key), 'indicators', 'links']);
  });

  it('exports a real XLSX workbook with typed cells and a sheet per repeated section', async () => {
    const response = await t.app.inject('/api/open-data/practices.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Практики',
      'Темы',
      'Целевые группы',
      'Показатели',
      'Ссылки',
    ]);
    const sheet = workbook.getWorksheet('Практики') as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe(PRACTICE_COLUMNS[0].titleRu);
    const column = (key: string) => PRACTICE_COLUMNS.findIndex((c) => c.key === key) + 1;
    const row = [2, 3]
      .map((n) => sheet.getRow(n))
      .find((r) => r.getCell(column('slug')).value === 'od-safety');
    expect(row?.getCell(column('startYear')).value).toBe(2019);
    expect(row?.getCell(column('canHostInternship')).value).toBe(true);
    expect(row?.getCell(column('updatedAt')).value).toBeInstanceOf(Date);
    const indicators = workbook.getWorksheet('Показатели') as ExcelJS.Worksheet;
    expect(indicators.getRow(1).values).toEqual([
      undefined,
      ...SECTION_COLUMNS.indicators.map((c) => c.titleRu),
    ]);
    expect(indicators.getRow(2).values).toEqual([
      undefined,
      'od-safety',
      'Охват семей',
      'семей',
      10,
      45.5,
      2023,
    ]);
  });

  it('describes every exported column with its type and allowed values from the reference data', async () => {
    const response = await t.app.inject('/api/open-data/dictionary');
    expect(response.statusCode).toBe(200);
    const dictionary = response.json<OpenDataDictionary>();
    expect(dictionary.practices.map((c) => c.key)).toEqual(PRACTICE_COLUMNS.map((c) => c.key));
    expect(dictionary.sections.map((s) => s.name)).toEqual(Object.keys(SECTION_COLUMNS));
    expect(dictionary.practiceCount).toBe(2);
    expect(dictionary.licence.name).toBe('CC BY 4.0');
    expect(dictionary.updatedAt).toEqual(expect.any(String));
    const byKey = new Map(dictionary.practices.map((c) => [c.key, c]));
    expect(byKey.get('themes')?.allowedValues?.map((v) => v.code)).toContain('child-safety');
    expect(byKey.get('regionCode')?.allowedValues).toHaveLength(89);
    expect(byKey.get('status')?.allowedValues?.map((v) => v.code)).toEqual(['published', 'recommended']);
    expect(byKey.get('title')?.allowedValues).toBeNull();
  });
});
