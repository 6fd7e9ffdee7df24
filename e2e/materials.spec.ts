// Methodical materials: the Tyumen coordinator attaches a PDF to a published practice in the
// passport editor; a visitor who is not signed in finds it on the practice page with its type,
// format and size, and downloads exactly the bytes that were uploaded, under the Russian name.
// A program renamed to .pdf is refused with a message naming the file.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { accounts } from './fixtures/accounts';
import { signIn } from './fixtures/sign-in';

const slug = 'tyumen-foster-parents-school';

/** A small PDF with bytes that are not text, so a broken download cannot pass for intact. */
function pdfBytes(seed: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1');
  const body = Buffer.alloc(700_000);
  for (let i = 0; i < body.length; i += 1) body[i] = (i * 131 + seed) % 256;
  return Buffer.concat([head, body, Buffer.from('\n%%EOF\n')]);
}

test('a coordinator attaches a PDF that a visitor downloads intact', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const project = testInfo.project.name;
  const title = `Пособие для приёмных родителей (${project})`;
  const fileName = `Пособие «Школа приёмных родителей» ${project}.pdf`;
  const bytes = pdfBytes(project.length);

  await signIn(page, accounts.coordinator.email);
  const practiceTitle = (
    (await (await page.request.get(`/api/practices/${slug}`)).json()) as { title: string }
  ).title;
  const list = (await (await page.request.get('/api/submissions')).json()) as {
    items: { id: number; title: string }[];
  };
  const id = list.items.find((item) => item.title === practiceTitle)?.id;
  expect(id).toBeDefined();

  await page.goto(`/account/practices/${id}/edit`);
  const editor = page.locator('section.materials-editor');
  await expect(editor.getByRole('heading', { name: 'Материалы' })).toBeVisible();

  // A program dressed as a PDF: refused, the message names the file, nothing is listed.
  await editor.getByLabel('Название материала').fill('Не пособие');
  await editor.getByLabel('Файл', { exact: true }).setInputFiles({
    name: 'setup.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(512)]),
  });
  await editor.getByRole('button', { name: 'Приложить файл' }).click();
  await expect(editor.getByRole('alert')).toContainText('«setup.pdf»');
  await expect(editor.getByRole('alert')).toContainText('программы');
  await expect(editor.getByRole('link', { name: 'Не пособие' })).toHaveCount(0);

  await editor.getByLabel('Название материала').fill(title);
  await editor.getByLabel('Тип материала').selectOption({ label: 'Методическое пособие' });
  await editor
    .getByLabel('Файл', { exact: true })
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: bytes });
  await editor.getByRole('button', { name: 'Приложить файл' }).click();
  await expect(editor.getByRole('status')).toContainText(`Файл «${fileName}» приложен`);
  await expect(editor.getByRole('link', { name: title })).toBeVisible();

  // A visitor, not signed in.
  const context = await browser.newContext({
    viewport: page.viewportSize(),
    locale: 'ru-RU',
    baseURL: testInfo.project.use.baseURL,
    acceptDownloads: true,
  });
  const visitor = await context.newPage();
  await visitor.goto(`/practices/${slug}`);
  const section = visitor.locator('section.materials');
  await expect(section.getByRole('heading', { name: 'Методические материалы' })).toBeVisible();
  const item = section.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText('Методическое пособие · PDF, 684 КБ');
  const [download] = await Promise.all([
    visitor.waitForEvent('download'),
    item.getByRole('link', { name: title }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(fileName);
  const received = await readFile((await download.path()) as string);
  expect(received.equals(bytes)).toBe(true);
  await context.close();
});
