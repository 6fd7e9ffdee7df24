// The contest journey: a moderator sets up a contest with an open nomination and assigns an
// expert; the Tyumen coordinator enters a regional practice; the expert scores it; the moderator
// names it the winner and publishes the results; a visitor finds the award on the contest pages,
// on the practice's page and through the catalogue filter. Desktop only: the journey changes
// shared data on the one server both projects use.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);
  return page;
}

const PRACTICE =
  'Единое реабилитационное пространство для семей и подростков, употребляющих психоактивные вещества';
const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

test('a practice entered by its region is scored, wins its nomination and shows the award publicly', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const contestTitle = `Форум регионов E2E ${suffix}`;
  const nominationTitle = `Семья без зависимостей ${suffix}`;

  // The moderator creates the contest with an open submission window and a nomination.
  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.getByRole('link', { name: 'Конкурсы и номинации' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText('Конкурсы и номинации');
  await moderator.getByLabel('Название', { exact: true }).fill(contestTitle);
  await moderator.getByLabel('Начало').fill('2026-12-01');
  await moderator.getByLabel('Окончание').fill('2026-12-05');
  await moderator.getByLabel('Приём заявок с').fill(localInput(new Date(Date.now() - 3600_000)));
  await moderator.getByLabel('Приём заявок до').fill(localInput(new Date(Date.now() + 7 * 24 * 3600_000)));
  await moderator.getByRole('button', { name: 'Создать конкурс' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText(contestTitle);
  await expect(moderator.getByText('Идёт приём заявок')).toBeVisible();

  await moderator.getByLabel('Название номинации').fill(nominationTitle);
  await moderator.getByRole('button', { name: 'Добавить номинацию' }).click();
  await moderator.getByRole('link', { name: nominationTitle }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toContainText(nominationTitle);
  await moderator
    .getByLabel('Эксперт', { exact: true })
    .selectOption({ label: `${accounts.expertA.name} (${accounts.expertA.email})` });
  await moderator.getByRole('button', { name: 'Назначить' }).click();
  await expect(moderator.getByRole('region', { name: 'Эксперты номинации' })).toContainText(
    accounts.expertA.name,
  );

  // The Tyumen coordinator enters one of the region's public practices.
  const coordinator = await signedIn(browser, accounts.coordinator.email);
  await coordinator.getByRole('link', { name: 'Номинации конкурсов' }).click();
  await coordinator.getByRole('link', { name: nominationTitle }).click();
  await coordinator.getByLabel('Практика', { exact: true }).selectOption({ label: PRACTICE });
  await coordinator.getByRole('button', { name: 'Подать практику' }).click();
  await expect(coordinator.getByRole('region', { name: 'Участники' })).toContainText(PRACTICE);

  // Expert A scores it: 5 on every criterion.
  const expert = await signedIn(browser, accounts.expertA.email);
  await expert.getByRole('link', { name: 'Номинации конкурсов' }).click();
  await expert.getByRole('link', { name: nominationTitle }).click();
  const criteria = expert.locator('.score-form__criterion');
  await expect(criteria).toHaveCount(6);
  for (const criterion of await criteria.all()) await criterion.getByText('5', { exact: true }).click();
  await expert.getByLabel('Комментарий').fill('Сильная доказательная база');
  await expert.getByRole('button', { name: 'Сохранить оценку' }).click();
  await expect(expert.getByText('Ваша оценка: 5')).toBeVisible();

  // The moderator sees the score, names the practice the winner and publishes the results.
  await moderator.reload();
  const table = moderator.getByRole('table');
  await expect(table).toContainText('5.00');
  await expect(table).toContainText(accounts.expertA.name);
  await moderator.getByLabel(`Награда: ${PRACTICE}`).selectOption('winner');
  await expect(moderator.getByLabel(`Награда: ${PRACTICE}`)).toHaveValue('winner');
  await moderator.getByRole('button', { name: 'Опубликовать итоги' }).click();
  await expect(moderator.getByText(/Итоги опубликованы/)).toBeVisible();

  // A visitor finds the award.
  const visitor = await browser.newPage();
  await visitor.goto('/');
  await visitor
    .getByRole('navigation', { name: 'Основные разделы' })
    .getByRole('link', { name: 'Конкурсы' })
    .click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Конкурсы');
  await visitor.getByRole('link', { name: contestTitle }).click();
  await visitor.getByRole('link', { name: nominationTitle }).click();
  const entry = visitor.locator('.contest-card', { hasText: PRACTICE });
  await expect(entry.getByText('Лидер')).toBeVisible();
  await entry.getByRole('link', { name: PRACTICE }).click();
  const awards = visitor.getByRole('region', { name: 'Конкурсы и награды' });
  await expect(awards).toContainText('Лидер');
  await expect(awards).toContainText(nominationTitle);

  await visitor.goto('/practices');
  await visitor.getByLabel(new RegExp(`${contestTitle} — ${nominationTitle}`)).check();
  await expect(visitor).toHaveURL(/nomination=\d+/);
  const results = visitor.locator('.practice-card');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(PRACTICE);
});
