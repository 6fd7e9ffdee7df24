// The submission journey: a coordinator writes a practice step by step, a moderator returns it
// with a comment, the coordinator fixes it and resubmits, the moderator publishes it, and a
// visitor finds it in the catalogue. Desktop only: both projects share one server, and one
// practice going through the workflow keeps the queue and the catalogue predictable.
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

const saveStatus = (page: Page) => page.locator('.save-status');
const next = (page: Page) => page.getByRole('button', { name: 'Далее' }).click();
const stepHeading = (page: Page, name: string) =>
  expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

test('a practice goes from a coordinator’s draft through a return for revision to the public catalogue', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(120_000);
  const title = `Школа ответственного родительства E2E ${Date.now().toString(36)}`;

  // The coordinator creates a practice and fills in every step.
  const coordinator = await signedIn(browser, accounts.coordinator.email);
  await coordinator.getByRole('link', { name: 'Мой регион' }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Мой регион');
  await coordinator.getByRole('button', { name: 'Создать практику' }).click();
  await expect(coordinator).toHaveURL(/\/account\/practices\/\d+\/edit$/);
  const editUrl = coordinator.url();

  await stepHeading(coordinator, 'Основное');
  await expect(coordinator.getByRole('link', { name: /Основное/ })).toHaveAttribute('aria-current', 'step');
  await coordinator.getByLabel('Название практики').fill(title);
  await coordinator
    .getByLabel('Краткое описание')
    .fill('Курс занятий для родителей подростков: общение, границы, профилактика конфликтов в семье.');
  await expect(coordinator.getByText(/Осталось символов: \d+/)).toBeVisible();
  await expect(saveStatus(coordinator)).toContainText('Сохранено в', { timeout: 10_000 });
  await next(coordinator);

  await stepHeading(coordinator, 'Проблема и цели');
  await coordinator
    .getByLabel('Проблема', { exact: true })
    .fill('Родители подростков не знают, куда обратиться.');
  await coordinator.getByLabel('Цели и задачи').fill('Снизить число конфликтов в семьях с подростками.');
  await next(coordinator);

  await stepHeading(coordinator, 'Как работает');
  await coordinator
    .getByLabel('Как работает практика')
    .fill('Восемь встреч в группе, домашние задания, разбор ситуаций.');
  await next(coordinator);

  await stepHeading(coordinator, 'Результаты');
  await coordinator
    .getByRole('textbox', { name: 'Результаты', exact: true })
    .fill('Первые группы завершили курс.');
  await next(coordinator);

  await stepHeading(coordinator, 'Темы и целевые группы');
  await coordinator.getByRole('group', { name: 'Темы' }).getByRole('checkbox').first().check();
  await coordinator.getByRole('group', { name: 'Целевые группы' }).getByRole('checkbox').first().check();
  await coordinator.getByRole('group', { name: 'Уровень доказанности' }).getByRole('radio').last().check();
  await coordinator.getByRole('radio', { name: 'Есть методические материалы' }).check();
  await coordinator.getByRole('radio', { name: /Низкие затраты/ }).check();
  await next(coordinator);

  await stepHeading(coordinator, 'Ресурсы и организация');
  await coordinator.getByLabel('Кадры').fill('Два психолога');
  await coordinator.getByLabel('Название организации').fill('Центр «Семья»');
  await coordinator.getByLabel('Тип организации').selectOption('state');
  await coordinator.getByLabel('Год начала').fill('2022');
  await coordinator.getByLabel('Реализуется по настоящее время').check();
  await coordinator.getByLabel('Обучение').check();
  await next(coordinator);

  await stepHeading(coordinator, 'Контакты и ссылки');
  await coordinator.getByRole('button', { name: 'Добавить контакт' }).click();
  await coordinator.getByLabel('Имя').fill('Ольга Иванова');
  await next(coordinator);

  await stepHeading(coordinator, 'Проверка и отправка');
  await expect(saveStatus(coordinator)).toContainText('Сохранено в', { timeout: 10_000 });
  await expect(coordinator.getByText('Паспорт заполнен')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Отправить на рассмотрение' }).click();
  await expect(coordinator).toHaveURL(/\/account\/practices\/\d+$/);
  await expect(coordinator.getByText('Подана', { exact: true })).toBeVisible();
  await coordinator.context().close();

  // The moderator finds it in the queue and returns it with a comment.
  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.getByRole('link', { name: 'Очередь модерации' }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText('Очередь модерации');
  await moderator.getByRole('link', { name: title }).click();
  await expect(moderator.getByRole('heading', { level: 1 })).toHaveText(title);
  await moderator.getByRole('button', { name: 'Вернуть на доработку' }).click();
  // A return without any comment is refused before it reaches the server.
  await moderator.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await expect(moderator.getByRole('alert')).toContainText('Напишите общий комментарий');
  await moderator.getByRole('button', { name: 'Добавить замечание по разделу' }).click();
  await moderator.getByLabel('Раздел 1').selectOption('results');
  await moderator.getByLabel('Замечание 1').fill('Добавьте результаты');
  await moderator.getByRole('button', { name: 'Вернуть на доработку' }).click();
  await expect(moderator.getByText('На доработке', { exact: true }).first()).toBeVisible();
  const history = moderator.getByRole('region', { name: 'История' });
  await expect(history).toContainText('Добавьте результаты');
  await expect(history).toContainText(accounts.moderator.name);

  // The coordinator sees the comment, adds results and resubmits.
  const again = await signedIn(browser, accounts.coordinator.email);
  await again.goto(editUrl);
  const comments = again.getByRole('region', { name: 'Замечания модератора' });
  await expect(comments).toContainText('Добавьте результаты');
  await comments.getByRole('link', { name: 'Результаты' }).click();
  await stepHeading(again, 'Результаты');
  await again
    .getByRole('textbox', { name: 'Результаты', exact: true })
    .fill('Курс прошли 120 семей; конфликтов стало меньше.');
  await again.getByRole('button', { name: 'Добавить показатель' }).click();
  await again.getByLabel('Показатель', { exact: true }).fill('Семьи, прошедшие курс');
  await again.getByLabel('Единица').fill('семей');
  await again.getByLabel('Было').fill('0');
  await again.getByLabel('Стало').fill('120');
  await again.getByLabel('Год', { exact: true }).fill('2024');
  await expect(saveStatus(again)).toContainText('Сохранено в', { timeout: 10_000 });
  await again.getByRole('link', { name: /Проверка и отправка/ }).click();
  await stepHeading(again, 'Проверка и отправка');
  await again.getByRole('button', { name: 'Отправить на рассмотрение' }).click();
  await expect(again).toHaveURL(/\/account\/practices\/\d+$/);
  await expect(again.getByText('Подана', { exact: true })).toBeVisible();
  await again.context().close();

  // The moderator publishes it, after confirming.
  await moderator.goto('/account/queue');
  await moderator.getByRole('link', { name: title }).click();
  await moderator.getByRole('button', { name: 'Опубликовать' }).click();
  await moderator.getByRole('button', { name: 'Да, опубликовать' }).click();
  await expect(moderator.getByText('Опубликована', { exact: true }).first()).toBeVisible();
  await moderator.context().close();

  // The coordinator corrects the published passport: saved only on request, kept as a version.
  const editor = await signedIn(browser, accounts.coordinator.email);
  await editor.goto(`${editUrl}?step=problem`);
  await expect(editor.getByText(/изменения сохраняются только по кнопке/)).toBeVisible();
  await editor.getByLabel('Цели и задачи').fill('Вдвое снизить число конфликтов в семьях с подростками.');
  await expect(saveStatus(editor)).toContainText('Есть несохранённые изменения');
  await editor.getByRole('button', { name: 'Сохранить изменения' }).click();
  await expect(saveStatus(editor)).toContainText('Сохранено в');
  await editor.goto(editUrl.replace(/\/edit$/, ''));
  const versions = editor.getByRole('region', { name: 'Версии паспорта' });
  await versions.getByText('Версия 1').click();
  const goalsRow = versions.getByRole('row', { name: /Цели и задачи/ });
  await expect(goalsRow).toContainText('Снизить число конфликтов в семьях с подростками.');
  await expect(goalsRow).toContainText('Вдвое снизить');
  await editor.context().close();

  // A visitor finds it in the catalogue.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/practices');
  await visitor.getByRole('searchbox', { name: 'Поиск по практикам' }).fill(title);
  // The search follows the typing after a pause; wait for it before opening a result.
  await expect.poll(() => new URL(visitor.url()).searchParams.get('q')).toBe(title);
  await visitor.getByRole('link', { name: title }).first().click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await visitorContext.close();
});
