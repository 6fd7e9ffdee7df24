// Mail and notifications: a moderator invites an expert and the admin finds the invitation, with
// its link, in «Исходящие письма» (no SMTP_URL: kept, not sent); an expert assigned to a review
// sees it in «Уведомления» with the unread count in the header, and marks it read.
// Desktop only: both projects share one server.
import { expect, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { signedIn } from './fixtures/sign-in';
import { submittedPractice } from './fixtures/submissions';

test('a moderator invites an expert; the admin reads the invitation and its link in «Исходящие письма»', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  const email = `mail-e2e-${Date.now().toString(36)}@e2e.test`;
  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.goto('/admin/accounts');
  await moderator.getByLabel('Имя и фамилия').fill('Инна Приглашённая');
  await moderator.getByLabel('Адрес электронной почты').fill(email);
  await moderator.getByLabel('Роль', { exact: true }).selectOption('expert');
  await moderator.getByRole('button', { name: 'Пригласить' }).click();
  const link = (await moderator.getByTestId('invite-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  await moderator.context().close();

  const admin = await signedIn(browser, accounts.admin.email);
  await admin.getByRole('link', { name: 'Исходящие письма' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Исходящие письма');
  await expect(admin.getByRole('note')).toContainText('Почтовый сервер не настроен');
  const row = admin.getByRole('row', { name: new RegExp(email) });
  await expect(row).toContainText('Ожидает отправки');
  await row.getByRole('link', { name: 'Приглашение в Реестр лучших практик' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(/Письмо №\s\d+/);
  const path = link.replace(/^https?:\/\/[^/]+/, '');
  await expect(admin.getByRole('link', { name: new RegExp(`${path}$`) })).toBeVisible();
  await expect(admin.locator('.mail-text')).toContainText('Инна Приглашённая');
  await expect(admin.locator('.mail-text')).toContainText('в роли «Эксперт»');
  await admin.context().close();
});

test('an expert assigned to a review sees it in «Уведомления», marks it read and chooses what comes by mail', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(90_000);
  const title = `Уведомления E2E ${Date.now().toString(36)}`;
  const coordinator = await signedIn(browser, accounts.coordinator.email);
  const id = await submittedPractice(coordinator, title);
  await coordinator.context().close();

  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.goto(`/account/practices/${id}`);
  const board = moderator.locator('#review');
  await expect(board.getByRole('heading', { name: 'Назначить экспертов' })).toBeVisible({ timeout: 20_000 });
  await board.getByRole('checkbox', { name: accounts.expertA.name }).check();
  await board.getByRole('checkbox', { name: accounts.expertB.name }).check();
  await board.getByRole('button', { name: 'Назначить' }).click();
  await expect(board.getByText('Эксперты назначены.')).toBeVisible();
  await moderator.context().close();

  const expert = await signedIn(browser, accounts.expertA.email);
  const headerLink = expert.getByRole('link', { name: /^Уведомления, непрочитанных: \d+$/ });
  await expect(headerLink).toBeVisible();
  await headerLink.click();
  await expect(expert.getByRole('heading', { level: 1 })).toHaveText('Уведомления');
  const item = expert.locator('.notification', { hasText: title });
  await expect(item).toContainText(`Вам назначена экспертиза практики «${title}»`);
  await expect(item).toContainText('Новое');
  await item.getByRole('button', { name: 'Отметить прочитанным' }).click();
  await expect(item.getByRole('button', { name: 'Отметить прочитанным' })).toHaveCount(0);
  await expect(item).not.toContainText('Новое');
  // The link opens the review.
  await item.getByRole('link', { name: `Вам назначена экспертиза практики «${title}»` }).click();
  await expect(expert).toHaveURL(/\/account\/reviews\/\d+$/);

  // Which kinds come by mail: all but digests at first; a change is kept.
  await expert.goto('/account/notifications/settings');
  const dueSoon = expert.getByRole('checkbox', { name: 'Срок экспертизы через 3 дня' });
  await expect(dueSoon).toBeChecked();
  await expect(expert.getByRole('checkbox', { name: 'Дайджесты' })).not.toBeChecked();
  await dueSoon.uncheck();
  await expert.getByRole('button', { name: 'Сохранить' }).click();
  await expect(expert.locator('.notice', { hasText: 'Настройки сохранены' })).toBeVisible();
  await expert.reload();
  await expect(expert.getByRole('checkbox', { name: 'Срок экспертизы через 3 дня' })).not.toBeChecked();
  await expert.getByRole('checkbox', { name: 'Срок экспертизы через 3 дня' }).check();
  await expert.getByRole('button', { name: 'Сохранить' }).click();
  await expect(expert.locator('.notice', { hasText: 'Настройки сохранены' })).toBeVisible();
  await expert.context().close();
});
