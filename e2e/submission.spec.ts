// The submission journey: a coordinator writes a practice step by step, a moderator returns it
// with a comment, the coordinator fixes it and resubmits, the moderator publishes it, and a
// visitor finds it in the catalogue. Desktop only: both projects share one server, and one
// practice going through the workflow keeps the queue and the catalogue predictable.
import { expect, type Page, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { waitForHydration } from './fixtures/hydration';
import { signedIn } from './fixtures/sign-in';

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
  // A public contact that works: an e-mail or a phone is required before submission.
  await coordinator.getByLabel('Электронная почта').fill('olga@example.org');
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
  await waitForHydration(visitor);
  await visitor.getByRole('searchbox', { name: 'Поиск по практикам' }).fill(title);
  // The search follows the typing after a pause; wait for it before opening a result.
  await expect.poll(() => new URL(visitor.url()).searchParams.get('q')).toBe(title);
  await visitor.getByRole('link', { name: title }).first().click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await visitorContext.close();
});

/** The signed-in person's API with their CSRF token, for data the journey only needs to exist. */
async function api(page: Page) {
  const me = await page.request.get('/api/auth/me');
  const headers = { 'x-csrf-token': (await me.json()).csrfToken as string };
  return async (method: 'POST' | 'PATCH' | 'PUT', url: string, data: object) => {
    const response = await page.request.fetch(url, { method, headers, data });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as { id: number; revision: number; passport: { slug: string } };
  };
}

const completePassport = (title: string) => ({
  title,
  summary: 'Клуб для родителей и детей: встречи по выходным, мастер-классы, поддержка друг друга.',
  problem: 'Семьям не хватает мест для совместного досуга и общения.',
  goals: 'Укрепить связи между родителями и детьми.',
  methods: 'Встречи по субботам, мастер-классы, семейные походы.',
  resultsNarrative: 'За год клуб посетили 200 семей.',
  indicators: [],
  themeCodes: ['family-values'],
  targetGroupCodes: ['families-with-children'],
  evidenceLevel: 'promising',
  replicationReadiness: 'materials_available',
  costBand: 'low',
  resources: { staff: 'Педагог', budget: 'Грант', duration: '1 год' },
  organisation: { name: 'Центр «Семья» E2E', type: 'state' },
  partners: 'Библиотеки',
  startYear: 2023,
  endYear: null,
  support: { methodicalMaterials: true, training: false, internship: false },
  contacts: [{ name: 'Центр «Семья»', role: null, email: 'club@example.org', phone: null }],
  links: [{ title: 'Сайт клуба', url: 'https://example.org/club' }],
});

test('the same coordinator in two tabs: the conflict names the field, keeps both texts and lets them choose', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(90_000);
  const first = await signedIn(browser, accounts.coordinator.email);
  const send = await api(first);
  const { id } = await send('POST', '/api/submissions', {
    passport: { title: `Две вкладки E2E ${Date.now().toString(36)}` },
  });
  const editUrl = `/account/practices/${id}/edit?step=problem`;
  const second = await first.context().newPage();
  await first.goto(editUrl);
  await second.goto(editUrl);
  const goals = (page: Page) => page.getByLabel('Цели и задачи');

  await goals(first).fill('Цели из первой вкладки');
  await expect(saveStatus(first)).toContainText('Сохранено в', { timeout: 10_000 });

  // The second tab, still on the old revision, types into the same field.
  await goals(second).fill('Цели из второй вкладки');
  const notice = second.getByRole('alert').filter({ hasText: 'Вы сохранили этот паспорт в другой вкладке' });
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText('Обе версии меняют поля: Цели и задачи');
  const field = notice.getByRole('group', { name: 'Цели и задачи' });
  await expect(field).toContainText('Ваш несохранённый вариант');
  await expect(field).toContainText('Цели из второй вкладки');
  await expect(field).toContainText('Сохранено вами в другой вкладке');
  await expect(field).toContainText('Цели из первой вкладки');
  await expect(field.getByRole('radio', { name: 'Оставить мой вариант' })).toBeChecked();
  await second.screenshot({ path: testInfo.outputPath('conflict-notice.png'), fullPage: true });
  await notice.getByRole('button', { name: 'Продолжить с выбранными вариантами' }).click();
  await expect(notice).toBeHidden();
  await expect(saveStatus(second)).toContainText('Сохранено в', { timeout: 10_000 });
  await expect(goals(second)).toHaveValue('Цели из второй вкладки');

  // The first tab is now behind: a field nobody else changed merges by itself…
  await first.getByLabel('Проблема', { exact: true }).fill('Проблема из первой вкладки');
  await expect(saveStatus(first)).toContainText('Сохранено в', { timeout: 10_000 });
  await expect(goals(first)).toHaveValue('Цели из второй вкладки');
  // …and a collision can also be settled by taking the saved version.
  await goals(second).fill('Цели, которые заменят');
  await expect(saveStatus(second)).toContainText('Сохранено в', { timeout: 10_000 });
  await goals(first).fill('Цели, от которых откажутся');
  const again = first.getByRole('alert').filter({ hasText: 'Вы сохранили этот паспорт в другой вкладке' });
  await again.getByRole('radio', { name: 'Взять сохранённый вариант' }).check();
  await again.getByRole('button', { name: 'Продолжить с выбранными вариантами' }).click();
  await expect(goals(first)).toHaveValue('Цели, которые заменят');

  await first.reload();
  await expect(goals(first)).toHaveValue('Цели, которые заменят');
  await expect(first.getByLabel('Проблема', { exact: true })).toHaveValue('Проблема из первой вкладки');
  await first.context().close();
});

test('a readable address: set before publication, withdrawn and resubmitted, renamed by the moderator with a redirect', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one journey on the shared server is enough');
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const title = `Семейный клуб E2E ${suffix}`;
  const coordinator = await signedIn(browser, accounts.coordinator.email);
  const send = await api(coordinator);
  const created = await send('POST', '/api/submissions', { passport: completePassport(title) });
  expect(created.passport.slug).toBe(`semeyniy-klub-e2e-${suffix}`);

  // The coordinator sees the address made from the title and sets a shorter one.
  await coordinator.goto(`/account/practices/${created.id}`);
  await expect(coordinator.getByText('Редакция')).toHaveCount(0);
  const address = coordinator.locator('.summary-list__row', { hasText: 'Адрес страницы' });
  await expect(address).toContainText(`/practices/semeyniy-klub-e2e-${suffix}`);
  await expect(address).toContainText('составляется из названия');
  await address.getByRole('button', { name: 'Изменить адрес' }).click();
  await coordinator.getByLabel('Адрес страницы').fill('Клуб');
  await coordinator.getByRole('button', { name: 'Сохранить адрес' }).click();
  await expect(coordinator.getByRole('alert')).toContainText('Не удалось изменить адрес');
  await expect(coordinator.getByRole('alert')).toContainText('строчные латинские буквы');
  await coordinator.getByLabel('Адрес страницы').fill(`klub-${suffix}`);
  await coordinator.getByRole('button', { name: 'Сохранить адрес' }).click();
  await expect(address).toContainText(`/practices/klub-${suffix}`);
  await expect(address).not.toContainText('составляется из названия');

  // Submitted, then taken back before any moderator acted.
  await coordinator.getByRole('button', { name: 'Отправить на рассмотрение' }).click();
  await expect(coordinator.getByText('Подана', { exact: true }).first()).toBeVisible();
  await coordinator.getByRole('button', { name: 'Отозвать в черновик' }).click();
  await expect(coordinator.getByText('Модераторы не увидят её')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Да, отозвать в черновик' }).click();
  await expect(coordinator.getByText('Черновик', { exact: true }).first()).toBeVisible();
  await expect(coordinator.getByRole('region', { name: 'История' })).toContainText('Отозвать в черновик');
  await coordinator.screenshot({ path: testInfo.outputPath('withdrawn.png'), fullPage: true });
  await coordinator.getByRole('button', { name: 'Отправить на рассмотрение' }).click();
  await expect(coordinator.getByText('Подана', { exact: true }).first()).toBeVisible();

  // The moderator publishes it, then renames the address; the old one redirects.
  const moderator = await signedIn(browser, accounts.moderator.email);
  await moderator.goto(`/account/practices/${created.id}`);
  await moderator.getByRole('button', { name: 'Опубликовать' }).click();
  await moderator.getByRole('button', { name: 'Да, опубликовать' }).click();
  await expect(moderator.getByText('Опубликована', { exact: true }).first()).toBeVisible();
  await moderator.getByRole('button', { name: 'Изменить адрес' }).click();
  await expect(moderator.getByText('Старый адрес будет перенаправлять на новый')).toBeVisible();
  await moderator.getByLabel('Адрес страницы').fill(`klub-${suffix}-tyumen`);
  await moderator.getByRole('button', { name: 'Сохранить адрес' }).click();
  await expect(moderator.locator('.summary-list__row', { hasText: 'Адрес страницы' })).toContainText(
    `/practices/klub-${suffix}-tyumen`,
  );
  await moderator.context().close();

  // Once published, the region no longer changes the address.
  await coordinator.reload();
  await expect(coordinator.getByRole('button', { name: 'Изменить адрес' })).toHaveCount(0);
  await coordinator.context().close();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/practices/klub-${suffix}`);
  await expect(visitor).toHaveURL(new RegExp(`/practices/klub-${suffix}-tyumen$`));
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await visitorContext.close();

  // Another region declares it; opening the declaration form again shows that declaration.
  const colleague = await signedIn(browser, accounts.coordinator66.email);
  const declare = await api(colleague);
  const adoption = await declare('POST', '/api/adoptions', {
    practiceSlug: `klub-${suffix}-tyumen`,
    status: 'planning',
    startedOn: null,
    finishedOn: null,
    contact: { name: 'Сергей Свердлов', email: '', phone: '' },
  });
  await colleague.goto(`/account/adoptions/new?practice=klub-${suffix}-tyumen`);
  await expect(colleague).toHaveURL(new RegExp(`/account/adoptions/${adoption.id}/edit$`));
  await colleague.context().close();
});
