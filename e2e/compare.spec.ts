// Comparing practices side by side, the printable passport and its PDF, on desktop and phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { waitForHydration } from './fixtures/hydration';

const ROWS = [
  'Цели',
  'Целевые группы',
  'Результаты',
  'Ресурсы',
  'Уровень доказанности',
  'Готовность к тиражированию',
  'Затраты',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Titles of the catalogue's cards, once the list has settled. */
async function cardTitles(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: /Найден/ });
  await expect(results.locator('[aria-busy="false"]')).toBeVisible();
  return results.getByRole('heading', { level: 3 }).allTextContents();
}

test('a visitor picks three catalogue cards, compares them, reloads the shared URL and keeps the choice across pages', async ({
  page,
}) => {
  await page.goto('/practices');
  await waitForHydration(page);
  const titles = (await cardTitles(page)).slice(0, 4);
  expect(titles).toHaveLength(4);
  const choose = (title: string) => page.getByRole('checkbox', { name: `Сравнить «${title}»` });

  await choose(titles[0] as string).check();
  await expect(page.getByRole('status').filter({ hasText: 'Выбрано 1 из 3' })).toBeVisible();
  await expect(page.getByText('Выберите ещё одну практику, чтобы сравнить.')).toBeVisible();

  // The choice outlives a visit elsewhere and a full page load.
  await page.goto('/regions');
  await page.goto('/practices');
  await waitForHydration(page);
  await cardTitles(page);
  await expect(choose(titles[0] as string)).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Выбрано 1 из 3' })).toBeVisible();
  await choose(titles[1] as string).check();
  await choose(titles[2] as string).check();

  // A fourth is refused, and the bar says why.
  await choose(titles[3] as string).click();
  await expect(choose(titles[3] as string)).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'не больше 3 практик' })).toBeVisible();

  // The bar with its choice passes axe too (the catalogue's own check runs with nothing chosen).
  const { violations } = await new AxeBuilder({ page })
    .include('.compare-bar')
    .include('.compare-toggle')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByRole('link', { name: 'Сравнить (3)' }).click();
  await expect(page).toHaveURL(/\/compare\?practices=[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Сравнение практик' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Сравнение практик по разделам паспорта' });
  const checkTable = async () => {
    await expect(table.getByRole('columnheader')).toHaveText(
      titles.slice(0, 3).map((t) => new RegExp(`^${escapeRegExp(t)}`)),
    );
    for (const row of ROWS) {
      const cells = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) });
      await expect(cells.getByRole('cell')).toHaveCount(3);
      for (const text of await cells.getByRole('cell').allTextContents()) expect(text.trim()).not.toBe('');
    }
  };
  await checkTable();

  // The address alone is enough: a reload (or a colleague opening the link) shows the same.
  const shared = page.url();
  await page.context().clearCookies();
  await page.evaluate(() => window.sessionStorage.clear());
  await page.goto(shared);
  await checkTable();

  // On a phone the table scrolls sideways while the row headings stay in view.
  const scroller = page.getByRole('region', { name: 'Сравнение практик по разделам паспорта' });
  const overflow = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(overflow).toBe((page.viewportSize()?.width ?? 1280) < 700);
  if (overflow) {
    await scroller.evaluate((el) => el.scrollBy(400, 0));
    await expect(table.getByRole('rowheader', { name: 'Цели' })).toBeInViewport();
  }

  // Taking one out updates the shareable address.
  await table.getByRole('button', { name: `Убрать из сравнения «${titles[1]}»` }).click();
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get('practices')?.split(',')).toHaveLength(2);
});

test('a comparison link naming a missing or hidden practice shows the rest with a notice', async ({
  page,
}) => {
  const { items } = (await (await page.request.get('/api/practices?limit=2')).json()) as {
    items: { slug: string; title: string }[];
  };
  const [a, b] = items;
  await page.goto(`/compare?practices=${a?.slug},no-such-practice,${b?.slug},NOPE!`);
  await expect(page.getByText('Практика «no-such-practice» не найдена или не опубликована.')).toBeVisible();
  await expect(page.getByText('«NOPE!» — не адрес практики.')).toBeVisible();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(2);

  await page.goto('/compare');
  await expect(page.getByText('Практики для сравнения не выбраны')).toBeVisible();
});

test('the passport downloads as a PDF and prints without navigation, with link addresses', async ({
  page,
}) => {
  await page.goto('/practices/tyumen-foster-parents-school');
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Скачать паспорт (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Паспорт практики — ${title}.pdf`);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Содержание' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const printed = await page
    .locator('.passport a[href^="http"]')
    .first()
    .evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
  expect(printed.after).toContain(printed.href);
  const region = await page
    .locator('.passport a[href^="/regions/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(region).toContain(`${new URL(page.url()).origin}/regions/`);
  const sectionBreak = await page
    .locator('.passport__section')
    .first()
    .evaluate((s) => getComputedStyle(s).breakInside);
  expect(sectionBreak).toBe('avoid-page');
});
