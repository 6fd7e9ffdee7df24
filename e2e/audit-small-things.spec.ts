// The audit's small things (issue 12 §4): «Показать ещё» kept in the URL, a bad filter value
// dropped with a notice, practice counts on the regions page, contest windows in Moscow time,
// and the home page's hero links at 4.5:1 or more.
import { expect, test } from '@playwright/test';
import { waitForHydration } from './fixtures/hydration';

test('«Показать ещё» keeps how many pages are shown in the URL, through a reload', async ({
  page,
  isMobile,
}) => {
  await page.goto('/practices');
  const cards = page.locator('.practice-list > li');
  await expect(cards).toHaveCount(10);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Показать ещё' }).click();
  await expect(page).toHaveURL(/[?&]pages=2\b/);
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(10);
  await page.reload();
  await expect(cards).toHaveCount(shown);
  await waitForHydration(page);
  // Another filter starts from the first page again (on a phone the filters fold behind a button).
  if (isMobile) await page.getByRole('button', { name: /^Фильтры/ }).click();
  await page.getByRole('checkbox', { name: /Рекомендованные к тиражированию/ }).check();
  await expect(page).not.toHaveURL(/pages=/);
});

test('a filter value no reference book knows is dropped from the URL, with a notice', async ({ page }) => {
  await page.goto('/practices?theme=NOPE&region=72&theme=no-such-theme');
  await expect(page.getByRole('status').filter({ hasText: 'Темы «NOPE»' })).toContainText(
    'Темы «no-such-theme»',
  );
  await expect(page).toHaveURL(/\/practices\?region=72$/);
  await expect(page.locator('.practice-list > li').first()).toBeVisible();
});

test('the regions page shows each region’s practice count, not a code', async ({ page }) => {
  await page.goto('/regions');
  const link = page
    .getByRole('region', { name: 'Уральский федеральный округ' })
    .getByRole('link', { name: /Тюменская область/ });
  await expect(link).toContainText(/\d+ практик/);
  await expect(link).not.toContainText('72');
});

test('a contest’s window for entries is shown in Moscow time and says so', async ({ page }) => {
  const contests = (await (await page.request.get('/api/contests')).json()) as { items: { slug: string }[] };
  await page.goto(`/contests/${contests.items[0]?.slug}`);
  await expect(page.locator('main')).toContainText('(время московское)');
});

test('the hero links of the home page reach 4.5:1 against the hero', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.hero a:not(.button)').first()).toBeVisible();
  const ratios = await page.locator('.hero a:not(.button)').evaluateAll((links) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const hero = document.querySelector('.hero') as HTMLElement;
    const background = luminance(getComputedStyle(hero).backgroundColor);
    return links.map((link) => {
      const text = luminance(getComputedStyle(link).color);
      const [hi, lo] = text > background ? [text, background] : [background, text];
      return (hi + 0.05) / (lo + 0.05);
    });
  });
  expect(ratios.length).toBeGreaterThan(0);
  for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
});
