// Public pages as a crawler and a messenger's link preview see them: the first HTML (no
// JavaScript) already holds the page, its own head tags and its real HTTP status; robots.txt and
// the sitemap describe the site; and a visitor's browser hydrates it without console errors.
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { accounts, E2E_PASSWORD } from './fixtures/accounts';
import { submittedPractice } from './fixtures/submissions';

interface Passport {
  slug: string;
  title: string;
  summary: string;
  problem: string;
}

async function firstPassport(request: APIRequestContext): Promise<Passport> {
  const list = await (await request.get('/api/practices?limit=1')).json();
  return (await request.get(`/api/practices/${list.items[0].slug}`)).json();
}

/** The text of an HTML document with tags dropped and entities for quotes undone. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));

const meta = (head: string, attribute: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(head)?.[1];

test('a passport’s first HTML holds its heading, text, head tags and structured data', async ({
  request,
}) => {
  const practice = await firstPassport(request);
  const answer = await request.get(`/practices/${practice.slug}`);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toMatch(/^text\/html/);
  const html = await answer.text();
  const head = headOf(html);
  const text = textOf(html);
  // The whole passport is there for a crawler that runs no JavaScript.
  expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  expect(textOf(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '')).toContain(
    practice.title.replace(/\s+/g, ' '),
  );
  expect(text).toContain(practice.problem.split('\n')[0]?.slice(0, 60));
  // Its own title, description, canonical address and link preview.
  expect(textOf(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '')).toContain(practice.title);
  expect(head.match(/<title>/g)).toHaveLength(1);
  expect(head.match(/<meta name="description"/g)).toHaveLength(1);
  expect(head).toMatch(new RegExp(`<link rel="canonical" href="http://[^"]+/practices/${practice.slug}"`));
  expect(meta(head, 'property', 'og:type')).toBe('article');
  expect(textOf(meta(head, 'property', 'og:title') ?? '')).toBe(practice.title);
  expect(textOf(meta(head, 'property', 'og:description') ?? '').slice(0, 40)).toBe(
    practice.summary.slice(0, 40),
  );
  expect(meta(head, 'property', 'og:url')).toMatch(new RegExp(`/practices/${practice.slug}$`));
  expect(meta(head, 'name', 'twitter:card')).toBe('summary');
  // JSON-LD: the passport as an Article, and the breadcrumb trail.
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) =>
    JSON.parse(match[1] as string),
  );
  expect(jsonLd.find((item) => item['@type'] === 'Article')).toMatchObject({
    '@context': 'https://schema.org',
    headline: practice.title,
  });
  expect(jsonLd.some((item) => item['@type'] === 'BreadcrumbList')).toBe(true);
  // The data the page was made from travels along for hydration, and no inline script.
  expect(html).toContain('<script type="application/json" id="server-data">');
  expect(html).not.toMatch(/<script>(?!<\/script>)/);
});

test('every public page has its own title, description and canonical address', async ({ request }) => {
  const contests = await (await request.get('/api/contests')).json();
  const contest = contests.items[0].slug as string;
  const detail = await (await request.get(`/api/contests/${contest}`)).json();
  const pages = [
    '/',
    '/practices',
    '/regions',
    '/regions/72',
    '/themes',
    '/themes/orphanhood-prevention',
    '/contests',
    `/contests/${contest}`,
    `/contests/${contest}/nominations/${detail.nominations[0].slug}`,
    '/statistics',
  ];
  const seen = new Map<string, string>();
  for (const path of pages) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(200);
    const head = headOf(await answer.text());
    const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
    expect(title, path).not.toBe('');
    expect(seen.get(title), `${path} repeats the title of ${seen.get(title)}`).toBeUndefined();
    seen.set(title, path);
    expect(meta(head, 'name', 'description')?.length ?? 0, path).toBeGreaterThan(40);
    expect(head, path).toMatch(/<link rel="canonical" href="http:\/\/[^"]+"/);
    expect(meta(head, 'property', 'og:title'), path).toBeTruthy();
  }
  const contestHtml = await (await request.get(`/contests/${contest}`)).text();
  expect(contestHtml).toContain('"@type":"Event"');
  const homeHtml = await (await request.get('/')).text();
  expect(homeHtml).toContain('"@type":"WebSite"');
});

test('the catalogue is rendered with the filters of its address', async ({ request }) => {
  const html = await (await request.get('/practices?theme=foster-families')).text();
  const filtered = await (await request.get('/api/practices?theme=foster-families&limit=1')).json();
  expect(textOf(html)).toContain(filtered.items[0].title.replace(/\s+/g, ' '));
});

test('unknown addresses and missing practices answer 404 with the not-found page', async ({ request }) => {
  for (const path of [
    '/no-such-page',
    '/practices/no-such-practice',
    '/regions/00',
    '/themes/no-such-theme',
  ]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(answer.headers()['content-type'], path).toMatch(/^text\/html/);
    expect(await answer.text(), path).toMatch(/<h1[^>]*>[^<]*не найден/);
  }
});

async function signedIn(browser: Browser, email: string): Promise<{ page: Page; csrf: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = await page.request.post('/api/auth/login', { data: { email, password: E2E_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  return { page, csrf: (await login.json()).csrfToken };
}

test('a practice under review is 404; once published and renamed, its old address answers 301', async ({
  browser,
  request,
}) => {
  const coordinator = await signedIn(browser, accounts.coordinator.email);
  const id = await submittedPractice(
    coordinator.page,
    'Наставничество для замещающих семей (SSR E2E)',
    'ssr-e2e',
  );
  const submission = await (await coordinator.page.request.get(`/api/submissions/${id}`)).json();
  const oldSlug = submission.passport.slug as string;
  const hidden = await request.get(`/practices/${oldSlug}`);
  expect(hidden.status()).toBe(404);
  expect(await hidden.text()).toMatch(/<h1[^>]*>Практика не найдена/);

  const moderator = await signedIn(browser, accounts.moderator.email);
  const headers = { 'x-csrf-token': moderator.csrf };
  const published = await moderator.page.request.post(`/api/submissions/${id}/transitions`, {
    headers,
    data: { action: 'publish', revision: submission.revision },
  });
  expect(published.status(), await published.text()).toBe(200);
  const newSlug = `${oldSlug}-renamed`;
  const renamed = await moderator.page.request.put(`/api/submissions/${id}/slug`, {
    headers,
    data: { slug: newSlug, revision: (await published.json()).revision },
  });
  expect(renamed.status(), await renamed.text()).toBe(200);

  const moved = await request.get(`/practices/${oldSlug}?from=link`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toBe(`/practices/${newSlug}?from=link`);
  expect((await request.get(`/practices/${newSlug}`)).status()).toBe(200);
  await coordinator.page.context().close();
  await moderator.page.context().close();
});

test('robots.txt and sitemap.xml describe the public site', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Sitemap: http:\/\/[^/]+\/sitemap\.xml$/m);
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  const practice = await firstPassport(request);
  expect(xml).toContain(`/practices/${practice.slug}</loc><lastmod>`);
  expect(xml).toMatch(/\/regions\/72<\/loc>/);
  expect(xml).toMatch(/\/themes\/[a-z-]+<\/loc>/);
  expect(xml).toMatch(/\/contests\/[a-z0-9-]+<\/loc>/);
});

test('anonymous public pages hydrate without console errors or a /api/auth/me request', async ({ page }) => {
  const errors: string[] = [];
  const authRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/me')) authRequests.push(request.url());
  });
  const practice = await firstPassport(page.request);
  for (const path of [
    '/',
    '/practices',
    `/practices/${practice.slug}`,
    '/regions',
    '/regions/72',
    '/themes',
    '/contests',
    '/statistics',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Hydrated: the account bar fills in only in the browser, and links navigate client-side.
    await expect(page.getByRole('link', { name: 'Вход для сотрудников' })).toBeVisible();
  }
  // A client-side move after hydration works too.
  await page.getByRole('link', { name: 'Каталог', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Каталог практик' })).toBeVisible();
  expect(errors).toEqual([]);
  expect(authRequests).toEqual([]);
});
