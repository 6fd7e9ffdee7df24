// The adoption journey: the coordinator of Свердловская область declares that the region adopts
// a demo practice of Тюменская область; the practice page, the region page and the statistics
// show it, and the Tyumen coordinator sees who adopts their practice. Each project adopts a
// different practice, since both share one server and a region declares a practice only once.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { signIn } from './fixtures/sign-in';

const practiceFor: Record<string, string> = {
  desktop: 'tyumen-child-loss-prevention',
  phone: 'tyumen-abuse-rehabilitation',
};

/** A second person, on a device of the same size as the first. */
async function secondUser(browser: Browser, like: Page, isMobile: boolean, email: string) {
  const context = await browser.newContext({
    viewport: like.viewportSize(),
    isMobile,
    hasTouch: isMobile,
    locale: 'ru-RU',
    baseURL: test.info().project.use.baseURL,
  });
  return signIn(await context.newPage(), email);
}

interface Flow {
  sourceCode: string;
  targetCode: string;
  count: number;
}

async function flowCount(page: Page): Promise<number> {
  const stats = (await (await page.request.get('/api/statistics')).json()) as { flows: Flow[] };
  return stats.flows.find((f) => f.sourceCode === '72' && f.targetCode === '66')?.count ?? 0;
}

test('a region declares an adoption, and the practice, the regions and the statistics show it', async ({
  browser,
  page,
  isMobile,
}, testInfo) => {
  test.setTimeout(90_000);
  const slug = practiceFor[testInfo.project.name] as string;
  const coordinator = await signIn(page, accounts.coordinator66.email);
  const flowsBefore = await flowCount(coordinator);

  // The practice of another region offers the declaration.
  await coordinator.goto(`/practices/${slug}`);
  const title = (await coordinator.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const section = coordinator.locator('section.adoptions');
  await expect(section.getByRole('heading', { name: 'Внедрение в регионах' })).toBeVisible();
  await expect(section).toContainText('Пока ни один регион не заявил о внедрении');
  await section.getByRole('link', { name: 'Наш регион внедряет эту практику' }).click();
  await expect(coordinator).toHaveURL(new RegExp(`/account/adoptions/new\\?practice=${slug}$`));
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Заявить о внедрении практики');

  // A finish date does not go with «Планируется»: the API says so next to the field.
  await expect(coordinator.getByLabel('Статус внедрения')).toHaveValue('planning');
  await coordinator.getByLabel('Дата начала').fill('2027-02-01');
  await coordinator.getByRole('button', { name: 'Заявить о внедрении' }).click();
  await expect(coordinator.getByRole('alert')).toContainText('Укажите контактное лицо');
  await coordinator.getByLabel('Контактное лицо').fill('Сергей Свердлов');
  await coordinator.getByLabel('Электронная почта').fill('adoption@e2e.test');
  await coordinator.getByRole('button', { name: 'Заявить о внедрении' }).click();

  // Back on the practice page: one region, ours, with its status.
  await expect(coordinator).toHaveURL(new RegExp(`/practices/${slug}#adoptions$`));
  await expect(section).toContainText('Внедряется в 1 регионе');
  const item = section.getByRole('listitem').filter({ hasText: 'Свердловская область' });
  await expect(item).toContainText('Планируется');
  await expect(item).toContainText('1 февраля 2027');
  await expect(section.getByText('Ваш регион уже внедряет эту практику')).toBeVisible();

  // The region page lists it under what the region adopts.
  await item.getByRole('link', { name: 'Свердловская область' }).click();
  await expect(coordinator).toHaveURL(/\/regions\/66$/);
  const adopted = coordinator.locator('section', {
    has: coordinator.getByRole('heading', { name: 'Регион внедряет' }),
  });
  await expect(adopted.getByRole('link', { name: title })).toBeVisible();

  // The statistics count the flow from Тюменская область to Свердловская область.
  await coordinator.goto('/statistics');
  await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Статистика реестра');
  const flows = coordinator.getByRole('table', { name: /Внедрения практик/ });
  const row = flows.getByRole('row').filter({ hasText: /Тюменская область.*Свердловская область/ });
  await expect(row).toContainText(String(flowsBefore + 1));
  await expect(coordinator.getByRole('link', { name: /Скачать CSV: Внедрение/ })).toHaveAttribute(
    'href',
    '/api/statistics/flows.csv',
  );

  // The Tyumen coordinator sees who adopts their practice.
  const tyumen = await secondUser(browser, page, isMobile, accounts.coordinator.email);
  await tyumen.getByRole('link', { name: 'Внедрение практик' }).click();
  await expect(tyumen).toHaveURL(/\/account\/adoptions$/);
  const ours = tyumen.locator('section', {
    has: tyumen.getByRole('heading', { name: 'Кто внедряет наши практики' }),
  });
  const adopter = ours.getByRole('row').filter({ hasText: title });
  await expect(adopter).toContainText('Свердловская область');
  await expect(adopter).toContainText('adoption@e2e.test');
});

test('the statistics page is reachable from the header and offers CSV downloads', async ({
  page,
  isMobile,
}) => {
  test.skip(
    isMobile,
    'the header navigation is checked once; the phone journey above opens the page directly',
  );
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Основные разделы' })
    .getByRole('link', { name: 'Статистика' })
    .click();
  await expect(page).toHaveURL(/\/statistics$/);
  await expect(page.getByRole('table', { name: /по федеральным округам/ })).toBeVisible();
  const csv = await page.request.get('/api/statistics/districts.csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});
