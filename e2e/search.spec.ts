// Search that knows the field's words: a visitor's abbreviation is expanded through the glossary
// (and the page says with what), a misspelt query offers «Возможно, вы имели в виду …», and a
// moderator's glossary edit changes what the search finds.
import { expect, type Page, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';

async function searchFor(page: Page, q: string) {
  await page.goto('/practices');
  // The server's HTML shows the search box at once; typing counts once React has hydrated the
  // page (the account bar fills in only then).
  await expect(
    page.getByRole('navigation', { name: 'Учётная запись' }).getByRole('link').first(),
  ).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Поиск по практикам' });
  await search.fill(q);
  await search.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  const results = page.getByRole('region', { name: /Найден|Ничего/ });
  await expect(results.locator('[aria-busy="false"]')).toBeVisible();
  return results;
}

test('a visitor searches «СОНКО» and sees what the query was expanded with, and the matches highlighted', async ({
  page,
}) => {
  const results = await searchFor(page, 'СОНКО');
  await expect(page.getByText('Поиск учёл словарь терминов:')).toBeVisible();
  await expect(
    page.getByText(/«СОНКО» — также социально ориентированная некоммерческая организация/),
  ).toBeVisible();
  const mentoring = results.getByRole('heading', { level: 3, name: /Наставничество для воспитанников/ });
  await expect(mentoring).toBeVisible();
  await expect(results.locator('article mark').first()).toBeVisible();
});

test('a misspelt query shows «Возможно, вы имели в виду …» as a link that searches the correction', async ({
  page,
}) => {
  await searchFor(page, 'реабилетация');
  await expect(page.getByText('Ничего не найдено')).toBeVisible();
  const suggestion = page.getByRole('link', { name: 'реабилитация' });
  await expect(page.getByText(/Возможно, вы имели в виду/)).toBeVisible();
  await suggestion.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('реабилитация');
  await expect(page.getByRole('searchbox', { name: 'Поиск по практикам' })).toHaveValue('реабилитация');
  const results = page.getByRole('region', { name: /Найден/ });
  await expect(results.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(
    results.getByRole('heading', { level: 3, name: /Реабилитация несовершеннолетних/ }),
  ).toBeVisible();
});

test('a moderator adds a synonym to a glossary entry and the catalogue search finds it', async ({
  browser,
}, testInfo) => {
  // Sign-in (argon2), the edit and a search: a long journey for one test's 30 s.
  test.slow();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Адрес электронной почты').fill(accounts.moderator.email);
  await page.getByLabel('Пароль').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.getByRole('link', { name: 'Словарь поиска' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Словарь поиска' })).toBeVisible();
  await page.getByRole('button', { name: 'Изменить «ПАВ»' }).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Изменить запись «ПАВ»' });
  await expect(heading).toBeFocused();
  // Each project adds its own synonym: both share one server.
  const synonym = `psychoactive substances ${testInfo.project.name}`;
  const synonyms = page.getByLabel('Синонимы');
  await synonyms.fill(`${await synonyms.inputValue()}\n${synonym}`);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Запись «ПАВ» сохранена' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^ПАВ/ })).toContainText(synonym);

  const results = await searchFor(page, synonym);
  await expect(
    results.getByRole('heading', { level: 3, name: /употребляющих психоактивные вещества/ }),
  ).toBeVisible();
  await expect(page.getByText(new RegExp(`«${synonym}» — также ПАВ`))).toBeVisible();
  await context.close();
});
