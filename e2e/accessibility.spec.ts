// Every page, public and staff, checked with axe-core (WCAG 2.1 A and AA rules): no violations.
// Public pages on desktop and on a phone, staff pages on desktop. Pages are opened as their users open them — anonymous for the public
// side, signed in with the role that works there for the staff side — and checked once their
// main heading has rendered.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { signIn } from './fixtures/sign-in';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
  );
  expect(found, `axe-core on ${path}`).toEqual([]);
}

/** Addresses of real pages of the demo data: a passport, a theme, a contest and its nomination. */
async function demoPaths(page: Page): Promise<string[]> {
  const get = async <T>(url: string): Promise<T> => (await page.request.get(url)).json() as Promise<T>;
  const practices = await get<{ items: { slug: string }[] }>('/api/practices?limit=3');
  const themes = await get<{ items: { code: string }[] }>('/api/themes');
  const contests = await get<{ items: { slug: string }[] }>('/api/contests');
  const contest = contests.items[0]?.slug as string;
  const detail = await get<{ nominations: { slug: string }[] }>(`/api/contests/${contest}`);
  return [
    `/practices/${practices.items[0]?.slug}`,
    `/compare?practices=${practices.items.map((p) => p.slug).join(',')}`,
    `/themes/${themes.items[0]?.code}`,
    `/contests/${contest}`,
    `/contests/${contest}/nominations/${detail.nominations[0]?.slug}`,
  ];
}

test('public pages have no axe-core violations', async ({ page }) => {
  test.slow();
  const paths = [
    '/',
    '/practices',
    `/practices?q=${encodeURIComponent('СОНКО')}`,
    '/practices?theme=foster-families&district=ural',
    '/regions',
    '/regions/72',
    '/themes',
    '/contests',
    '/statistics',
    '/open-data',
    '/statistics?metric=adoptions',
    '/coverage',
    '/coverage?theme=addiction-help',
    '/coverage?theme=NOPE',
    '/compare',
    '/privacy',
    '/login',
    '/password-reset',
    '/notifications/unsubscribe?token=1.digest.invalid',
    '/no-such-page',
    // A subscription link that opens nothing (the working ones: subscriptions.spec.ts).
    '/subscriptions/no-such-subscription-link-000000000000',
    ...(await demoPaths(page)),
  ];
  for (const path of paths) await expectNoViolations(page, path);
});

const staffPages: { who: keyof typeof accounts; paths: string[] }[] = [
  {
    who: 'admin',
    paths: ['/account', '/admin/accounts', '/admin/security-log', '/admin/mail', '/account/security'],
  },
  {
    who: 'moderator',
    paths: [
      '/account/queue',
      '/account/glossary',
      '/account/rubric',
      '/account/contests',
      '/account/conflicts',
      '/account/adoptions',
    ],
  },
  {
    who: 'coordinator',
    paths: [
      '/account/practices',
      '/account/adoptions',
      '/account/adoptions/new',
      '/account/subscriptions',
      '/account/adopt-requests',
    ],
  },
  {
    who: 'expertA',
    paths: [
      '/account/expertise',
      '/account/reviews',
      '/account/nominations',
      '/account/notifications',
      '/account/notifications/settings',
    ],
  },
];

for (const { who, paths } of staffPages) {
  test(`staff pages of the ${who} have no axe-core violations`, async ({ page }, testInfo) => {
    // Staff work at a desk; the phone layout is checked on every public page above.
    test.skip(testInfo.project.name !== 'desktop', 'staff pages are checked on desktop');
    test.slow();
    await signIn(page, accounts[who].email);
    for (const path of paths) await expectNoViolations(page, path);
  });
}
