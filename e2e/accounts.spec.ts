// Account lifecycle journeys: an admin invites a coordinator, who activates the account from the
// link and signs in. Desktop only: the journey creates a user, and one per run is enough. No
// failed logins here (the API throttles an account after 5 failures in 15 minutes).
import { expect, type Page, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';
import { signIn } from './fixtures/sign-in';
import { totpCode } from './fixtures/totp';

const accountBar = (page: Page) => page.getByRole('navigation', { name: 'Учётная запись' });

test('an admin invites a coordinator, who sets a password from the link, signs in, and later resets it through a link the admin hands over', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one new account per run is enough');
  test.slow(); // a long journey: three sign-ins
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

  // The used link says so before showing the form.
  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await page.goto(new URL(resetLink).pathname);
  await expect(page.getByRole('heading', { name: 'Ссылка уже использована или устарела' })).toBeVisible();
  await expect(page.getByLabel('Новый пароль', { exact: true })).toHaveCount(0);
});

test('an admin re-invites a pending address with a new link, revokes another invitation, and the log names the people', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'creates accounts; once per run');
  test.slow();
  const stamp = Date.now();
  const email = `pending-${stamp}@e2e.test`;
  const other = `revoked-${stamp}@e2e.test`;
  const invite = async (name: string, address: string) => {
    await page.getByLabel('Имя и фамилия').fill(name);
    await page.getByLabel('Адрес электронной почты').fill(address);
    await page.getByLabel('Роль', { exact: true }).selectOption('expert');
    await page.getByRole('button', { name: 'Пригласить' }).click();
  };

  await signIn(page, accounts.admin.email, E2E_PASSWORD);
  await page.goto('/admin/accounts');
  await invite('Павел Ожидающий', email);
  const firstLink = (await page.getByTestId('invite-link').textContent())?.trim() ?? '';
  await page.getByRole('button', { name: 'Пригласить сотрудника' }).click();

  // The same address again: not «Адрес уже занят», but an offer of a new link.
  await invite('Павел Ожидающий', email);
  await expect(page.getByRole('heading', { name: 'Этот адрес уже приглашён' })).toBeVisible();
  await page.getByRole('button', { name: 'Новая ссылка', exact: true }).click();
  const secondLink = (await page.getByTestId('invite-link').textContent())?.trim() ?? '';
  expect(secondLink).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  expect(secondLink).not.toBe(firstLink);
  await page.getByRole('button', { name: 'Пригласить сотрудника' }).click();

  // Another invitation is revoked from the table.
  await invite('Роман Отозванный', other);
  await expect(page.getByText('Приглашение создано')).toBeVisible();
  const row = page.locator('table tbody tr', { hasText: other });
  await row.getByRole('button', { name: 'Отозвать приглашение: Роман Отозванный' }).click();
  await expect(page.getByText('Приглашение для Роман Отозванный отозвано')).toBeVisible();
  await expect(page.locator('table tbody tr', { hasText: other })).toHaveCount(0);

  // The security log names who invited whom, not «пользователь № 4».
  await page.goto('/admin/security-log?kind=invitation_resent');
  const resent = page.locator('table tbody tr', { hasText: 'Приглашение отправлено заново' }).first();
  await expect(resent).toContainText(`${accounts.admin.name} (${accounts.admin.email})`);
  await expect(resent).toContainText(`учётная запись: Павел Ожидающий (${email})`);
  await expect(page.locator('table')).not.toContainText('№');

  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await page.goto(new URL(firstLink).pathname);
  await expect(page.getByText('Приглашение больше не действует')).toBeVisible();
});

test('a coordinator turns on sign-in with a code from a QR code; the key is hidden afterwards and the code is asked at sign-in', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'creates an account; once per run');
  test.slow();
  const email = `totp-${Date.now()}@e2e.test`;
  const password = 'coordinator-totp-password';
  await signIn(page, accounts.admin.email, E2E_PASSWORD);
  await page.goto('/admin/accounts');
  await page.getByLabel('Имя и фамилия').fill('Тамара Кодова');
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Роль', { exact: true }).selectOption('coordinator');
  await page.getByLabel('Регион', { exact: true }).selectOption('72');
  await page.getByRole('button', { name: 'Пригласить' }).click();
  const link = (await page.getByTestId('invite-link').textContent())?.trim() ?? '';
  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Новый пароль', { exact: true }).fill(password);
  await page.getByLabel('Повторите новый пароль').fill(password);
  await page.getByRole('button', { name: 'Активировать учётную запись' }).click();
  await expect(page.getByText('Учётная запись активирована')).toBeVisible();

  await signIn(page, email, password);
  await page.goto('/account/security');
  const section = page.getByRole('region', { name: 'Вход с кодом из приложения' });
  await expect(section.getByText('выключен')).toBeVisible();
  await section.getByRole('button', { name: 'Подключить приложение' }).click();
  await expect(section.getByRole('img', { name: 'QR-код для приложения-аутентификатора' })).toBeVisible();
  // The key is there for those who cannot scan, behind a disclosure.
  await section.getByText('Не получается отсканировать? Введите ключ вручную').click();
  const secret = (await section.locator('.totp-setup__secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await section.getByLabel('Код из приложения').fill(totpCode(secret));
  await section.getByRole('button', { name: 'Включить вход с кодом' }).click();
  await expect(section.getByText('включён', { exact: true })).toBeVisible();
  await expect(section.getByRole('img', { name: 'QR-код для приложения-аутентификатора' })).toHaveCount(0);
  await expect(section.locator('.totp-setup__secret')).toHaveCount(0);

  await accountBar(page).getByRole('button', { name: 'Выйти' }).click();
  await page.goto('/login');
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByLabel('Код из приложения').fill(totpCode(secret, 1));
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);
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
