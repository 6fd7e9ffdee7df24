// Staff sign-in journeys. Desktop and phone projects run these on the same server, so failed
// logins are kept to one per project: the API throttles an account after 5 failures in 15 minutes.
import { expect, type Page, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

const accountBar = (page: Page) => page.getByRole('navigation', { name: 'Учётная запись' });
const logRows = (page: Page, ...texts: string[]) =>
  texts.reduce((rows, text) => rows.filter({ hasText: text }), page.locator('table tbody tr'));

test('the login form explains empty fields beside them', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход для сотрудников');
  await page.getByRole('button', { name: 'Войти' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Не удалось войти');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Адрес электронной почты')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Пароль')).toHaveAttribute('aria-invalid', 'true');
});

test('an admin is refused with a wrong password, signs in, reads the security log and signs out', async ({
  page,
}) => {
  const { admin } = accounts;
  await page.goto('/');
  await accountBar(page).getByRole('link', { name: 'Вход для сотрудников' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, admin.email, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Неверный адрес электронной почты или пароль');
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, admin.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Личный кабинет');
  await expect(accountBar(page).getByRole('link', { name: admin.name })).toBeVisible();
  await expect(accountBar(page)).toContainText('Администратор');

  await page.getByRole('link', { name: 'Журнал безопасности' }).click();
  await expect(page).toHaveURL(/\/admin\/security-log$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал безопасности');
  await expect(logRows(page, 'Вход выполнен', admin.email).first()).toBeVisible();
  await expect(
    logRows(page, 'Неудачная попытка входа', admin.email, 'неверный пароль').first(),
  ).toBeVisible();

  // The filter lives in the URL and narrows the table to one kind.
  await page.getByLabel('Событие').selectOption('login_failed');
  await page.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/[?&]kind=login_failed/);
  await expect(logRows(page, 'Неудачная попытка входа').first()).toBeVisible();
  await expect(logRows(page, 'Вход выполнен')).toHaveCount(0);

  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountBar(page).getByRole('link', { name: 'Вход для сотрудников' })).toBeVisible();

  // Signed out, the log asks for a sign-in and comes back afterwards.
  await page.goto('/admin/security-log');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fsecurity-log$/);
  await signIn(page, admin.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/security-log$/);
  await expect(logRows(page, 'Выход', admin.email).first()).toBeVisible();
});

test('a coordinator signs in but may not open the security log', async ({ page }) => {
  const { coordinator } = accounts;
  await page.goto('/login');
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('main')).toContainText('Региональный координатор');
  await expect(page.getByRole('main')).toContainText('Тюменская область');
  await expect(page.getByRole('link', { name: 'Журнал безопасности' })).toHaveCount(0);

  await page.goto('/admin/security-log');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Недостаточно прав');
  await expect(page).toHaveURL(/\/admin\/security-log$/);
});
