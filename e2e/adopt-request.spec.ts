// «Хочу внедрить эту практику»: a visitor fills the form on a Tyumen practice (consent is
// required and said so), sends it, and sees the confirmation; the Tyumen coordinator finds the
// request with the visitor's contacts and answers it from the app.
import { expect, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { waitForHydration } from './fixtures/hydration';
import { signIn } from './fixtures/sign-in';

const slugFor: Record<string, string> = {
  desktop: 'tyumen-foster-parents-school',
  phone: 'tyumen-family-addiction-rehabilitation',
};

test('a visitor’s adopt request reaches the region’s coordinator, who answers it', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const project = testInfo.project.name;
  const slug = slugFor[project] as string;
  const organisation = `Центр семьи «Исток» (${project})`;
  const email = `istok-${project}@example.org`;

  await page.goto(`/practices/${slug}`);
  const section = page.locator('section.adopt-request');
  await expect(section.getByRole('heading', { name: 'Хочу внедрить эту практику' })).toBeVisible();
  // The form opens on request (its code loads only then), once the page has hydrated.
  await waitForHydration(page);
  await section.getByRole('button', { name: 'Заполнить заявку' }).click();
  await section.getByLabel('Ваше имя').fill('Ирина Петрова');
  await section.getByLabel('Организация').fill(organisation);
  await section.getByLabel('Ваш регион').selectOption({ label: 'Свердловская область' });
  await section.getByLabel('Электронная почта').fill(email);
  await section.getByLabel('Сообщение').fill('Хотим внедрить практику в нашем центре с весны.');
  // The privacy notice is one link away.
  await expect(
    section.getByRole('link', { name: 'Как мы обращаемся с персональными данными' }),
  ).toHaveAttribute('href', '/privacy');
  // Without consent the request is not sent, and the form says why.
  await section.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(section.getByRole('alert')).toContainText('Без согласия на обработку персональных данных');
  await section.getByLabel('Я согласен(на) на обработку моих персональных данных').check();
  // The form cannot be sent faster than a person fills it (3 s from when it was given out).
  await page.waitForTimeout(3000);
  await section.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(section.getByRole('status')).toContainText('Заявка отправлена');

  // The Tyumen coordinator sees it with the visitor's contacts, and answers.
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    locale: 'ru-RU',
    baseURL: testInfo.project.use.baseURL,
  });
  const coordinator = await context.newPage();
  await signIn(coordinator, accounts.coordinator.email);
  await coordinator.getByRole('link', { name: 'Заявки на внедрение' }).click();
  await expect(coordinator).toHaveURL(/\/account\/adopt-requests$/);
  const card = coordinator.locator('article.adopt-request-card').filter({ hasText: organisation });
  await expect(card).toContainText(email);
  await expect(card).toContainText('Свердловская область');
  await card.getByLabel('Ответ заявителю').fill('Здравствуйте! Позвоним вам на этой неделе.');
  await card.getByRole('button', { name: 'Отправить ответ' }).click();
  await expect(card).toContainText('Позвоним вам на этой неделе');
  await expect(card.getByLabel('Статус')).toHaveValue('in_contact');
  await context.close();
});
