import { expect, type Locator, type Page, test } from '@playwright/test';
import { waitForHydration } from './fixtures/hydration';

/** On phones the filters fold behind «Фильтры (N)»; open them when the option is out of sight. */
async function revealFilter(page: Page, option: Locator) {
  if (!(await option.isVisible())) {
    await page.getByRole('button', { name: /^Фильтры/ }).click();
  }
  await expect(option).toBeVisible();
}

/** Titles of the listed results, once the list has settled on the current filters. */
async function resultTitles(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: /Найден/ });
  await expect(results.locator('[aria-busy="false"]')).toBeVisible();
  return results.getByRole('heading', { level: 3 }).allTextContents();
}

test('a visitor searches «замещающих родителей», filters by Уральский федеральный округ, opens a result, goes back and finds the filters intact', async ({
  page,
}) => {
  await page.goto('/practices');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Каталог практик' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Поиск по практикам' });
  await search.fill('замещающих родителей');
  // The search follows the typing after a short pause, without pressing «Найти».
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('замещающих родителей');

  const ural = page.getByRole('checkbox', { name: /Уральский федеральный округ/ });
  await revealFilter(page, ural);
  await ural.check();
  await expect.poll(() => new URL(page.url()).searchParams.getAll('district')).toEqual(['ural']);
  expect(new URL(page.url()).searchParams.get('q')).toBe('замещающих родителей');
  await expect(
    page.getByRole('button', { name: /Убрать фильтр: Уральский федеральный округ/ }),
  ).toBeVisible();

  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles[0]).toContain('замещающих родителей');
  const filteredUrl = page.url();

  const results = page.getByRole('region', { name: /Найден/ });
  await results.getByRole('heading', { level: 3 }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/practices\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0] ?? '');

  await page.goBack();
  await expect(page).toHaveURL(filteredUrl);
  await expect(page.getByRole('searchbox', { name: 'Поиск по практикам' })).toHaveValue(
    'замещающих родителей',
  );
  const uralAgain = page.getByRole('checkbox', { name: /Уральский федеральный округ/ });
  await revealFilter(page, uralAgain);
  await expect(uralAgain).toBeChecked();
  expect(await resultTitles(page)).toEqual(titles);
});

test('a practice page shows its indicators table and similar practices', async ({ page }) => {
  await page.goto('/practices/tyumen-foster-parents-school');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Школа замещающих родителей и комплексное сопровождение замещающих семей',
  );
  await expect(page).toHaveTitle(/Школа замещающих родителей/);
  await expect(page.getByText('Демонстрационные данные').first()).toBeVisible();

  const table = page.getByRole('table', { name: 'Показатели результатов' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Показатель',
    'Ед. изм.',
    'Было',
    'Стало',
    'Год',
  ]);
  await expect(table.getByRole('rowheader').first()).toBeVisible();

  const similar = page.getByRole('region', { name: 'Похожие практики' });
  await similar.scrollIntoViewIfNeeded();
  const similarLinks = similar.getByRole('heading', { level: 3 }).getByRole('link');
  await expect(similarLinks.first()).toBeVisible();
  await expect(similarLinks.first()).toHaveAttribute('href', /^\/practices\/[a-z0-9-]+$/);
});

test('the home page search opens the catalogue, and an unknown practice says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Найдите практику' }).fill('наставничество');
  await page.getByRole('search').getByRole('button', { name: 'Найти' }).click();
  await expect(page).toHaveURL(/\/practices\?q=/);
  await expect(page.getByRole('searchbox', { name: 'Поиск по практикам' })).toHaveValue('наставничество');
  expect((await resultTitles(page)).length).toBeGreaterThan(0);

  await page.goto('/practices/no-such-practice');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Практика не найдена');
  await expect(page.getByRole('main').getByRole('link', { name: 'Перейти в каталог' })).toBeVisible();
});
