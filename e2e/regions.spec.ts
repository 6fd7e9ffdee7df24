import { expect, test } from '@playwright/test';

test('a visitor finds Тюменская область through the Regions page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Основные разделы' });
  await nav.getByRole('link', { name: 'Регионы' }).click();
  await expect(page).toHaveURL(/\/regions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Регионы' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Уральский федеральный округ/ })).toBeVisible();

  // The district list (the map above has a tile of the same name).
  await page
    .getByRole('region', { name: 'Уральский федеральный округ' })
    .getByRole('link', { name: /Тюменская область/ })
    .click();
  await expect(page).toHaveURL(/\/regions\/72$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тюменская область');
  await expect(page.getByText(/Уральский федеральный округ/).first()).toBeVisible();
  await expect(page).toHaveTitle(/Тюменская область/);
});

test('a region page survives a reload and an unknown region says so', async ({ page }) => {
  await page.goto('/regions/66');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Свердловская область');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Свердловская область');

  await page.goto('/regions/99');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/не найден/i);
});

test('an unknown address shows the 404 page inside the layout, with a 404 status', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/не найдена/i);
  await expect(page.getByRole('main').getByRole('link', { name: 'Перейти на главную' })).toBeVisible();
});
