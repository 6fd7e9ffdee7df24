// Irreversible steps ask first, in one dialog that names what happens: a moderator disabling an
// account (then enabling it again, so the shared server's accounts stay as they were) and
// rejecting a submitted practice. Focus moves into the dialog and Escape cancels.
// Desktop only: the journeys change shared data on the one server both projects use.
import { expect, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { signedIn } from './fixtures/sign-in';
import { submittedPractice } from './fixtures/submissions';

test('disabling an account is confirmed in a dialog that names the person', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(90_000);
  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.goto('/admin/accounts');
  await moderator.getByRole('button', { name: `Отключить: ${accounts.expertB.name}` }).waitFor();
  const row = moderator.getByRole('row', { name: new RegExp(accounts.expertB.name) });
  const disable = moderator.getByRole('button', { name: `Отключить: ${accounts.expertB.name}` });
  await disable.click();
  const dialog = moderator.getByRole('dialog', {
    name: `Отключить учётную запись «${accounts.expertB.name}»?`,
  });
  await expect(dialog).toContainText(`${accounts.expertB.email} сразу выйдет из системы`);
  await expect(dialog.getByRole('heading')).toBeFocused();
  await moderator.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(disable).toBeFocused();
  await expect(row).toContainText('Активна');

  await disable.click();
  await dialog.getByRole('button', { name: 'Да, отключить' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Отключена');
  // Enabling needs no confirmation: it is undone as easily.
  await moderator.getByRole('button', { name: `Включить: ${accounts.expertB.name}` }).click();
  await expect(row).toContainText('Активна');
});

test('rejecting a practice is confirmed in a dialog that repeats the reason', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(90_000);
  const title = `Практика на отклонение E2E ${Date.now().toString(36)}`;
  const coordinator = await signedIn(browser, accounts.coordinator.email);
  const id = await submittedPractice(coordinator, title, 'reject-e2e');
  await coordinator.context().close();

  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.goto(`/account/practices/${id}`);
  await moderator.getByRole('button', { name: 'Отклонить', exact: true }).click();
  await moderator.getByLabel('Причина отказа').fill('Практика дублирует уже опубликованную.');
  await moderator.getByRole('button', { name: 'Отклонить', exact: true }).click();
  const dialog = moderator.getByRole('dialog', { name: `Отклонить практику «${title}»?` });
  await expect(dialog).toContainText('Отклонение окончательно');
  await expect(dialog).toContainText('«Практика дублирует уже опубликованную.»');
  await moderator.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(moderator.getByText('Отклонена')).toHaveCount(0);
  await moderator.getByRole('button', { name: 'Отклонить', exact: true }).click();
  await dialog.getByRole('button', { name: 'Да, отклонить' }).click();
  // Nothing is left to do with a rejected practice; its history records the move.
  await expect(moderator.getByText('Для вашей роли сейчас нет действий с этой практикой.')).toBeVisible();
  await expect(moderator.getByText('Подана → Отклонена')).toBeVisible();
});
