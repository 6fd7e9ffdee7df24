// The expert review journey: a coordinator's submitted practice is assigned by a moderator to two
// experts, both score it against the rubric, the moderator compares the reviews side by side and
// recommends it for adoption, and a visitor finds it under "recommended" with its badge.
// Desktop only: both projects share one server, and one practice going through the review keeps
// the queue and the catalogue predictable.
import { type Browser, expect, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { waitForHydration } from './fixtures/hydration';
import { signedIn } from './fixtures/sign-in';
import { submittedPractice } from './fixtures/submissions';

async function review(browser: Browser, email: string, title: string, score: string) {
  const expert = await signedIn(browser, email);
  await expert.getByRole('link', { name: 'Мои экспертизы' }).first().click();
  await expect(expert.getByRole('heading', { level: 1 })).toHaveText('Мои экспертизы');
  await expert.getByRole('link', { name: title }).click();
  await expect(expert.getByRole('heading', { level: 2, name: 'Паспорт практики' })).toBeVisible();
  const scales = expert.getByRole('radiogroup');
  await expect(scales).toHaveCount(6);
  for (let i = 0; i < 6; i += 1) await scales.nth(i).getByLabel(score, { exact: true }).check();
  await expert.getByLabel('Комментарий').first().fill('Результаты подтверждены данными опеки.');
  await expert.getByRole('radio', { name: 'Рекомендовать к тиражированию' }).check();
  await expert.getByLabel('Предлагаемый уровень доказанности').selectOption('supported');
  await expert.getByRole('button', { name: 'Отправить оценку' }).click();
  await expect(expert.getByText('Оценка отправлена.')).toBeVisible();
  await expert.context().close();
}

test('two experts review a practice, the moderator recommends it, a visitor finds it as recommended', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(120_000);
  const title = `Семейное наставничество E2E ${Date.now().toString(36)}`;

  const coordinator = await signedIn(browser, accounts.coordinator.email);
  const id = await submittedPractice(coordinator, title);
  await coordinator.context().close();

  // The moderator assigns both experts from the practice page.
  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.goto(`/account/practices/${id}`);
  const board = moderator.locator('#review');
  // A busy machine can take a while to load the board.
  await expect(board.getByRole('heading', { name: 'Назначить экспертов' })).toBeVisible({ timeout: 20_000 });
  // One expert is not a review: the form says so before anything is sent.
  await board.getByRole('checkbox', { name: accounts.expertA.name }).check();
  await board.getByRole('button', { name: 'Назначить' }).click();
  const summary = board.getByRole('alert');
  await expect(summary.getByRole('heading', { name: 'Не удалось назначить экспертов' })).toBeVisible();
  await expect(summary).toContainText('Выберите не меньше 2 экспертов');
  await board.getByRole('checkbox', { name: accounts.expertB.name }).check();
  await board.getByRole('button', { name: 'Назначить' }).click();
  await expect(board.getByText('Эксперты назначены.')).toBeVisible();
  await expect(moderator.getByText('На экспертизе').first()).toBeVisible();

  await review(browser, accounts.expertA.email, title, '5');
  await review(browser, accounts.expertB.email, title, '4');

  // Side by side, then the decision.
  await moderator.reload();
  const table = board.getByRole('table', { name: 'Оценки экспертов' });
  await expect(table.getByRole('columnheader', { name: accounts.expertA.name })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: accounts.expertB.name })).toBeVisible();
  await expect(board.getByText('Средняя взвешенная оценка')).toBeVisible();
  // 5 and 4: the mean reads «4,5», the Russian way, and no number on the board has a decimal point.
  await expect(board.locator('.summary-list__row', { hasText: 'Средняя взвешенная оценка' })).toContainText(
    '4,5',
  );
  const text = (await board.textContent()) ?? '';
  expect(text.match(/(?<![\d.])\d+\.\d+(?![\d.])/g) ?? []).toEqual([]);
  await board.getByRole('radio', { name: 'Рекомендовать к тиражированию' }).check();
  await board.getByLabel('Уровень доказанности').selectOption('supported');
  await board
    .getByLabel('Обоснование')
    .fill('Два эксперта подтвердили результаты: практику стоит внедрять в других регионах.');
  await board.getByRole('button', { name: 'Принять решение' }).click();
  await expect(board.getByText('Решение принято.')).toBeVisible();
  await moderator.context().close();

  // A visitor filters the catalogue by "recommended" and sees the practice with its badge.
  const visitor = await browser.newPage();
  await visitor.goto('/practices');
  await waitForHydration(visitor);
  await visitor.getByRole('checkbox', { name: /Рекомендованные к тиражированию/ }).check();
  await expect(visitor).toHaveURL(/status=recommended/);
  const card = visitor.locator('.practice-card', { hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByText('Рекомендована к тиражированию')).toBeVisible();
  await card.getByRole('link', { name: title }).click();
  await expect(visitor.getByText('Два эксперта подтвердили результаты', { exact: false })).toBeVisible();
  await expect(visitor.getByText(/Экспертиза проведена .* · Следующая экспертиза/)).toBeVisible();
});
