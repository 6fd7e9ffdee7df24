// Account lifecycle journeys: an admin invites a coordinator, who activates the account from the
// link and signs in. Desktop only: the journey creates a user, and one per run is enough. No
// failed logins here (the API throttles an account after 5 failures in 15 minutes).
import { expect, type Page, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);
}

const accountBar = (page: Page) => page.getByRole('navigation', { name: 'Учётная запись' });

test('an admin invites a coordinator, who sets a password from the link, signs in, and later resets it through a link the admin hands over', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one new account per run is enough');
  const email = `coordinator-${Date.now()}@e2e.test`;
  const password = 'new-coordinator-password';

  await signIn(page, accounts.admin.email, E2E_PASSWORD);
  await page.getByRole('link', { name: 'Учётные записи' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Учётные записи');

  await page.getByLabel('Имя и фамилия').fill('Ольга Свердлова');
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Роль', { exact: true }).selectOption('coordinator');
  await page.getByLabel('Регион', { exact: true }).selectOption('66');
  await page.getByRole('button', { name: 'Пригласить' }).click();

  await expect(page.getByText('Приглашение создано')).toBeVisible();
  const link = (await page.getByTestId('invite-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  // The new account is listed as invited.
  await expect(page.locator('table tbody tr', { hasText: email })).toContainText('Приглашён');

  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await expect(accountBar(page).getByRole('link', { name: 'Вход для сотрудников' })).toBeVisible();

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Приглашение в реестр');
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText('Региональный координатор')).toBeVisible();
  await page.getByLabel('Новый пароль', { exact: true }).fill(password);
  await page.getByLabel('Повторите новый пароль').fill(password);
  await page.getByRole('button', { name: 'Активировать учётную запись' }).click();
  await expect(page.getByText('Учётная запись активирована')).toBeVisible();

  await page.getByRole('link', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Личный кабинет');
  await expect(page.getByRole('link', { name: 'Свердловская область' })).toBeVisible();

  // Later she forgets the password: she asks for a reset, the admin sees it and hands her a link.
  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await page.goto('/password-reset');
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByRole('button', { name: 'Запросить ссылку' }).click();
  await expect(page.getByText('Запрос принят')).toBeVisible();

  await signIn(page, accounts.admin.email, E2E_PASSWORD);
  await page.goto('/admin/accounts');
  const row = page.locator('table tbody tr', { hasText: email });
  await expect(row).toContainText('Просит сменить пароль');
  await row.getByRole('button', { name: 'Ссылка для смены пароля: Ольга Свердлова' }).click();
  const resetLink = (await page.getByTestId('reset-link').textContent())?.trim() ?? '';
  expect(resetLink).toMatch(/\/password-reset\/[A-Za-z0-9_-]+$/);
  await expect(row).not.toContainText('Просит сменить пароль');

  // The admin also moves her to Тюменская область (a coordinator's region is required).
  await row.getByRole('button', { name: 'Изменить роль и регион: Ольга Свердлова' }).click();
  const roleForm = page.getByRole('form', { name: 'Роль и регион: Ольга Свердлова' });
  await expect(roleForm.getByLabel('Роль', { exact: true })).toHaveValue('coordinator');
  await roleForm.getByLabel('Регион', { exact: true }).selectOption('72');
  await roleForm.getByRole('button', { name: 'Сохранить' }).click();
  await expect(roleForm).toBeHidden();
  await expect(row).toContainText('Тюменская область');
  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();

  await page.goto(new URL(resetLink).pathname);
  await page.getByLabel('Новый пароль', { exact: true }).fill('her-newer-password');
  await page.getByLabel('Повторите новый пароль').fill('her-newer-password');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByText('Пароль изменён')).toBeVisible();
  await signIn(page, email, 'her-newer-password');
});

test('a reset link is asked for without saying whether the account exists', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop only');
  await page.goto('/login');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Восстановление пароля');
  await page.getByLabel('Адрес электронной почты').fill('nobody@e2e.test');
  await page.getByRole('button', { name: 'Запросить ссылку' }).click();
  await expect(page.getByText(/Если такая учётная запись есть, администратор получит ссылку/)).toBeVisible();
});
