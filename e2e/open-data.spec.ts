import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { waitForHydration } from './fixtures/hydration';

/** Cells of a CSV line (quoted cells with doubled quotes; the demo data has no line breaks in cells). */
const cells = (line: string) =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .map((m) => m[1] as string)
    .slice(0, -1)
    .map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell));

test('a visitor downloads the catalogue selection of a theme as CSV and gets exactly its rows', async ({
  page,
}) => {
  await page.goto('/practices?theme=foster-families');
  await waitForHydration(page);
  const found = await page
    .getByRole('status')
    .filter({ hasText: /Найден/ })
    .textContent();
  const total = Number(found?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(0);
  const titles = await page.locator('.practice-card__title').allTextContents();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Скачать выборку .* в формате CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^practices-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path()) as string, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = text.slice(1).trimEnd().split('\r\n');
  const keys = cells(header as string);
  const rows = lines.map((line) => Object.fromEntries(cells(line).map((v, i) => [keys[i], v])));
  expect(rows).toHaveLength(total);
  for (const row of rows) {
    expect(row.themes?.split('; ')).toContain('foster-families');
    expect(row.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/practices/${row.slug}$`));
  }
  if (titles.length > 0) expect(rows.map((row) => row.title)).toContain(titles[0]?.trim());
});

test('the open-data page describes the fields and links the downloads, the API and from the footer', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Открытые данные' }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Открытые данные' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^CSV/ })).toHaveAttribute(
    'href',
    '/api/open-data/practices.csv',
  );
  await expect(page.getByRole('link', { name: 'OpenAPI (JSON)' })).toHaveAttribute(
    'href',
    '/api/openapi.json',
  );
  const main = page.getByRole('table', { name: /Практики/ });
  await expect(main.getByRole('rowheader', { name: 'url', exact: true })).toBeVisible();
  await expect(main.getByRole('row', { name: /evidenceLevel/ })).toContainText('код');
  await expect(page.getByRole('table', { name: 'Лист «Показатели»' })).toBeVisible();
});

test('theme and region pages link their feeds, and the feed is RSS of that theme', async ({
  page,
  request,
}) => {
  await page.goto('/themes/foster-families');
  const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]').first();
  await expect(rss).toHaveAttribute('href', '/api/feeds/published.rss?theme=foster-families');
  await expect(page.getByRole('link', { name: 'новые практики: RSS' })).toBeVisible();
  const feed = await request.get('/api/feeds/published.rss?theme=foster-families');
  expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(await feed.text()).toContain('<rss version="2.0"');

  await page.goto('/regions/72');
  await expect(page.getByRole('link', { name: 'новые рекомендованные: Atom' })).toHaveAttribute(
    'href',
    '/api/feeds/recommended.atom?region=72',
  );
});
