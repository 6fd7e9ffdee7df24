// The contest journey: a moderator sets up a contest (its second award called «Лауреат») with an
// open nomination and assigns an expert; the Tyumen coordinator enters a regional practice; the
// expert scores it; the moderator names it the winner and publishes the results behind a
// confirmation, corrects the award with a reason, and publishes for good; a visitor finds the award
// on the contest pages, on the practice's page and through the catalogue filter. Numbers read the
// Russian way throughout. Desktop only: the journey changes shared data on the one server both
// projects use.
import { expect, type Page, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { signedIn } from './fixtures/sign-in';

/** No «4.5»-style number on the page: decimals take a comma (dates like 01.12.2026 aside). */
async function expectRussianNumbers(page: Page) {
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text.match(/(?<![\d.])\d+\.\d+(?![\d.])/g) ?? []).toEqual([]);
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
  await expect(moderator.getByLabel('Высшая награда')).toHaveValue('Победитель');
  await moderator.getByLabel('Вторая награда').fill('Лауреат');
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

  // Expert A scores it: 4 on the first criterion, 5 on the others.
  const expert = await signedIn(browser, accounts.expertA.email);
  await expert.getByRole('link', { name: 'Номинации конкурсов' }).click();
  await expert.getByRole('link', { name: nominationTitle }).click();
  const criteria = expert.locator('.score-form__criterion');
  await expect(criteria).toHaveCount(6);
  const all = await criteria.all();
  for (const [index, criterion] of all.entries())
    await criterion.getByText(index === 0 ? '4' : '5', { exact: true }).click();
  await expert.getByLabel('Комментарий').fill('Сильная доказательная база');
  await expert.getByRole('button', { name: 'Сохранить оценку' }).click();
  await expect(expert.getByText(/Ваша оценка: 4,\d+/)).toBeVisible();
  await expectRussianNumbers(expert);

  // The moderator sees the score (a decimal comma), names the practice the winner and publishes.
  await moderator.reload();
  const table = moderator.getByRole('table');
  await expect(table).toContainText(/4,\d+/);
  await expect(table).toContainText(accounts.expertA.name);
  await expectRussianNumbers(moderator);
  await moderator.getByLabel(`Награда: ${PRACTICE}`).selectOption('winner');
  await expect(moderator.getByLabel(`Награда: ${PRACTICE}`)).toHaveValue('winner');

  // Publishing asks first, naming what becomes public; Escape cancels and nothing is published.
  const publish = moderator.getByRole('button', { name: 'Опубликовать итоги' });
  await publish.click();
  let dialog = moderator.getByRole('dialog', { name: `Опубликовать итоги номинации «${nominationTitle}»?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Победитель: ${PRACTICE}`);
  await expect(dialog).toContainText('Лауреат: никого');
  await expect(dialog.getByRole('heading')).toBeFocused();
  await moderator.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(publish).toBeFocused();
  await publish.click();
  await dialog.getByRole('button', { name: 'Да, опубликовать итоги' }).click();
  await expect(dialog).toBeHidden();
  await expect(moderator.getByText(/Итоги опубликованы .*Награды ещё можно исправить/)).toBeVisible();

  // A correction names the change and needs a reason; it lands in the results' journal.
  await moderator.getByLabel(`Награда: ${PRACTICE}`).selectOption('finalist');
  dialog = moderator.getByRole('dialog', { name: `Исправить награду практики «${PRACTICE}»?` });
  await expect(dialog).toContainText('«Победитель» → «Лауреат»');
  await expect(dialog.getByLabel('Причина исправления')).toBeFocused();
  await dialog.getByRole('button', { name: 'Исправить награду' }).click();
  await expect(dialog.getByText(/Укажите причину исправления/)).toBeVisible();
  await dialog.getByLabel('Причина исправления').fill('Ошибка при вводе: по протоколу жюри — лауреат');
  await dialog.getByRole('button', { name: 'Исправить награду' }).click();
  await expect(dialog).toBeHidden();
  const journal = moderator.getByRole('region', { name: 'Журнал итогов' });
  await expect(journal).toContainText(`Награда «${PRACTICE}»: «Победитель» → «Лауреат»`);
  await expect(journal).toContainText('Причина: Ошибка при вводе: по протоколу жюри — лауреат');

  // The final word, confirmed; after it the award is no longer a choice.
  await moderator.getByRole('button', { name: 'Опубликовать окончательно' }).click();
  dialog = moderator.getByRole('dialog', { name: /окончательно\?$/ });
  await expect(dialog).toContainText('награды больше нельзя будет исправить');
  await dialog.getByRole('button', { name: 'Да, опубликовать окончательно' }).click();
  await expect(moderator.getByText(/Итоги опубликованы окончательно/).first()).toBeVisible();
  await expect(moderator.getByLabel(`Награда: ${PRACTICE}`)).toHaveCount(0);
  await expect(journal).toContainText('Итоги опубликованы окончательно');

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
  await expect(entry.getByText('Лауреат', { exact: true })).toBeVisible();
  // The window is still open, but this nomination's results are out: it does not invite entries.
  await expect(visitor.locator('main')).not.toContainText('Идёт приём заявок');
  await expect(visitor.locator('main')).toContainText('Приём заявок завершён, итоги опубликованы');
  await entry.getByRole('link', { name: PRACTICE }).click();
  const awards = visitor.getByRole('region', { name: 'Конкурсы и награды' });
  await expect(awards).toContainText('Лауреат');
  await expect(awards).toContainText(nominationTitle);

  await visitor.goto('/practices');
  // The server's HTML shows the filters at once; a tick counts once React has hydrated the page
  // (the account bar appears only then).
  await expect(visitor.getByRole('link', { name: 'Вход для сотрудников' })).toBeVisible();
  await visitor.getByLabel(new RegExp(`${contestTitle} — ${nominationTitle}`)).check();
  await expect(visitor).toHaveURL(/nomination=\d+/);
  const results = visitor.locator('.practice-card');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(PRACTICE);

  await visitor.goto('/statistics');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Статистика реестра');
  await expectRussianNumbers(visitor);
});
