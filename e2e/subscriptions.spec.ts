// Saved searches: a visitor subscribes from the catalogue to its current selection, confirms by
// the link in the mail (read from «Исходящие письма», as the embedded setup keeps mail there),
// changes the frequency and unsubscribes; a staff member subscribes from the catalogue with their
// account's address and manages it in their account. The pages are checked with axe-core on the way.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, request, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';
import { waitForHydration } from './fixtures/hydration';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
}

/** The confirmation link mailed to `email`, as an admin reads it in «Исходящие письма». */
async function confirmationPath(baseURL: string, email: string): Promise<string> {
  const admin = await request.newContext({ baseURL });
  const login = await admin.post('/api/auth/login', {
    data: { email: accounts.admin.email, password: E2E_PASSWORD },
  });
  expect(login.ok()).toBe(true);
  const list = await (await admin.get(`/api/mail/outbox?recipient=${encodeURIComponent(email)}`)).json();
  const message = await (await admin.get(`/api/mail/outbox/${list.items[0].id}`)).json();
  await admin.dispose();
  const link = (message.links as string[]).find((url) => url.includes('/subscriptions/confirm/'));
  expect(link).toBeDefined();
  return new URL(link as string).pathname;
}

test('a visitor subscribes to the selection on screen, confirms by the mailed link, changes and unsubscribes', async ({
  page,
  baseURL,
}, testInfo) => {
  test.slow();
  const email = `visitor-${testInfo.project.name}-${Date.now()}@example.org`;
  await page.goto('/practices?theme=family-values');
  await waitForHydration(page);
  await page.getByText('Подписаться на новые практики').click();
  await expectNoViolations(page);
  // A wrong address is refused on its field before anything is sent.
  await page.getByLabel('Адрес электронной почты').fill('not-an-address');
  await page.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page.getByRole('link', { name: 'Укажите адрес электронной почты' })).toBeVisible();
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Раз в неделю').check();
  await page.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page.getByText('Проверьте почту')).toBeVisible();

  const path = await confirmationPath(baseURL as string, email);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Подтверждение подписки' })).toBeVisible();
  await expect(page.getByText(/^Темы: Семейные ценности/)).toBeVisible();
  await expect(page.getByText('Ожидает подтверждения')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Подтвердить подписку' }).click();
  await expect(page.getByRole('heading', { name: 'Подписка подтверждена' })).toBeVisible();

  // The same link now manages the subscription.
  await page.getByLabel('Раз в день').check();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText('Сохранено.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Подписка на новые практики' })).toBeVisible();
  await expect(page.getByLabel('Раз в день')).toBeChecked();
  await expectNoViolations(page);

  await page.getByRole('link', { name: 'Отписаться' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Отписка от писем' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Отписаться' }).click();
  await expect(page.getByRole('heading', { name: 'Вы отписались' })).toBeVisible();

  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Ссылка не работает' })).toBeVisible();
});

test('a staff member subscribes their account address from the catalogue and manages it in the account', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'staff pages are used at a desk');
  await page.goto('/login');
  await page.getByLabel('Адрес электронной почты').fill(accounts.coordinator.email);
  await page.getByLabel('Пароль').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.goto('/practices?region=72');
  await waitForHydration(page);
  await page.getByText('Подписаться на новые практики').click();
  await expect(page.getByText(accounts.coordinator.email)).toBeVisible();
  await page.getByRole('button', { name: 'Подписать мой адрес' }).click();
  await expect(page.getByText('Подписка оформлена')).toBeVisible();
  await page.getByRole('link', { name: 'Мои подписки' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Мои подписки' })).toBeVisible();
  await expect(page.getByText('Регионы: Тюменская область')).toBeVisible();
  await expect(page.getByText('Подтверждена')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Удалить подписку' }).click();
  await expect(page.getByText('Подписок пока нет.')).toBeVisible();
});
