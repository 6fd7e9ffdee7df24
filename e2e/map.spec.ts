// The tile map of Russia on the regions and statistics pages, and «Где не хватает практик»:
// switch what the map shows, follow a tile, choose a theme, read a region's status and the
// nearest regions to adopt from, download the CSV. Runs on the demo data of a fresh install.
import { expect, type Page, test } from '@playwright/test';
import { waitForHydration } from './fixtures/hydration';

interface Coverage {
  subject: { code: string; nameRu: string };
  totals: { none: number; published: number; recommended: number };
  regions: { code: string; nameRu: string; status: string; nearest: { code: string; nameRu: string }[] }[];
}

/** A theme of the demo data for which some regions have a recommended practice and some none. */
async function themeWithGaps(page: Page) {
  const themes = (await (await page.request.get('/api/themes')).json()) as { items: { code: string }[] };
  for (const { code } of themes.items) {
    const coverage = (await (await page.request.get(`/api/map/coverage?theme=${code}`)).json()) as Coverage;
    if (coverage.totals.recommended > 0 && coverage.totals.none > 0) return coverage;
  }
  throw new Error('the demo data has no theme with a recommended practice');
}

test('the regions page shows the map, switches what it counts and leads to a region', async ({ page }) => {
  const figures = (await (await page.request.get('/api/map/regions')).json()) as {
    regions: { code: string; practices: number; recommended: number; adoptions: number }[];
  };
  const tyumen = figures.regions.find((r) => r.code === '72');
  expect(tyumen?.practices).toBeGreaterThan(0);

  await page.goto('/regions');
  await waitForHydration(page);
  const map = page.getByRole('region', { name: /^Карта: Открытые практики/ });
  await expect(map.getByRole('link')).toHaveCount(89);
  const tile = map.getByRole('link', { name: /^Тюменская область: / });
  await expect(tile).toHaveAccessibleName(new RegExp(`^Тюменская область: ${tyumen?.practices} практик`));
  await expect(tile).toContainText(String(tyumen?.practices));

  // The switch keeps its choice in the URL.
  await page.getByRole('link', { name: 'Рекомендованные', exact: true }).click();
  await expect(page).toHaveURL(/\/regions\?metric=recommended$/);
  await expect(page.getByRole('link', { name: 'Рекомендованные', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const recommendedMap = page.getByRole('region', { name: /^Карта: Рекомендованные практики/ });
  await expect(recommendedMap.getByRole('link', { name: /^Тюменская область: / })).toHaveAccessibleName(
    new RegExp(`^Тюменская область: ${tyumen?.recommended} рекомендованн`),
  );
  await page.getByRole('link', { name: 'Внедрения', exact: true }).click();
  await expect(page).toHaveURL(/metric=adoptions/);
  await expect(page.getByRole('region', { name: /^Карта: Внедрения/ })).toBeVisible();

  // The same figures as a table.
  await page.getByText('Те же данные таблицей').click();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Тюменская область' }) });
  await expect(row.getByRole('cell').first()).toHaveText(String(tyumen?.practices));

  // A tile is a link to its region.
  await page
    .getByRole('region', { name: /^Карта: / })
    .getByRole('link', { name: /^Свердловская область: / })
    .click();
  await expect(page).toHaveURL(/\/regions\/66$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Свердловская область');
});

test('the statistics page has the map too, with its legend', async ({ page }) => {
  await page.goto('/statistics?metric=recommended');
  await waitForHydration(page);
  const map = page.getByRole('region', { name: /^Карта: Рекомендованные практики/ });
  await expect(map.getByRole('link')).toHaveCount(89);
  await expect(page.getByText('Рекомендованные практики регионов').first()).toBeVisible();
});

test('where help is missing: choose a theme, read a region’s status and its nearest suggestions, download the CSV', async ({
  page,
}) => {
  const coverage = await themeWithGaps(page);
  const without = coverage.regions.find((r) => r.status === 'none' && r.nearest.length > 0);
  if (!without) throw new Error('no region without a practice');
  const suggested = without.nearest[0];
  if (!suggested) throw new Error('no suggestion');

  await page.goto('/regions');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Где не хватает практик по теме или целевой группе' }).click();
  await expect(page).toHaveURL(/\/coverage$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Где не хватает практик');

  await page.getByLabel('Тема').selectOption(coverage.subject.code);
  await expect(page).toHaveURL(new RegExp(`/coverage\\?theme=${coverage.subject.code}$`));
  await expect(page.getByRole('heading', { name: `Покрытие: ${coverage.subject.nameRu}` })).toBeVisible();

  const map = page.getByRole('region', { name: `Карта: Покрытие: ${coverage.subject.nameRu}` });
  await expect(map.getByRole('link', { name: `${without.nameRu}: Нет открытой практики` })).toBeVisible();

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: without.nameRu }) });
  await expect(row).toContainText('Нет открытой практики');
  const suggestion = row.getByRole('link', { name: suggested.nameRu });
  await expect(suggestion).toHaveAttribute(
    'href',
    `/practices?theme=${coverage.subject.code}&region=${suggested.code}&status=recommended`,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Скачать таблицу «${coverage.subject.nameRu}» в формате CSV` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`coverage-${coverage.subject.code}.csv`);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(bytes.toString('utf8')).toContain(`${without.code},${without.nameRu}`);

  // Following a suggestion opens the catalogue filtered to that region's recommended practices.
  await suggestion.click();
  await expect(page).toHaveURL(/\/practices\?/);
});

test('an unknown theme in the address is dropped with a notice', async ({ page }) => {
  await page.goto('/coverage?theme=NOPE');
  await expect(page.getByRole('status').filter({ hasText: 'Тема «NOPE» не найдена' })).toBeVisible();
  await expect(page).toHaveURL(/\/coverage$/);
});
