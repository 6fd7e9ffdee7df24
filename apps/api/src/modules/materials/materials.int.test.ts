// Methodical materials through the API on a real database: upload, public listing, streamed
// download byte for byte, every refusal naming the file with nothing stored, who may do what,
// and versions keeping their files.
import { join } from 'node:path';
import { backupDatabase, restoreDatabase } from '@registry/db/backup';
import { defaultMigrationsDir } from '@registry/db/repo-root';
import { createTestDatabase, makeTempDir } from '@registry/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import { CHUNK_BYTES } from './materials.repository';
import { docx, exe, type formData, odt, pdf, png, uploadForm } from './materials.test-support';

let t: TestApp;
let coordinator: SignedIn;
let otherCoordinator: SignedIn;
let moderator: SignedIn;
let expert: SignedIn;
let publishedId: number;
let draftId: number;

const idOf = async (slug: string) =>
  (await t.db.prisma.practice.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

const upload = (who: SignedIn, practiceId: number, form: ReturnType<typeof formData>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/submissions/${practiceId}/materials`,
    headers: { ...who.headers, ...form.headers },
    payload: form.payload,
  });

const storedCounts = async () => ({
  materials: await t.db.prisma.practiceMaterial.count(),
  chunks: await t.db.prisma.practiceMaterialChunk.count(),
});

beforeAll(async () => {
  t = await createTestApp();
  await createPractice(t.db, { slug: 'materials-published', regionCode: '72' });
  await createPractice(t.db, { slug: 'materials-draft', regionCode: '72' }, { status: 'draft' });
  publishedId = await idOf('materials-published');
  draftId = await idOf('materials-draft');
  coordinator = await signIn(
    t.app,
    (await createUser(t.db, { role: 'coordinator', regionCode: '72' })).email,
  );
  otherCoordinator = await signIn(
    t.app,
    (await createUser(t.db, { role: 'coordinator', regionCode: '59' })).email,
  );
  moderator = await signIn(t.app, (await createUser(t.db, { role: 'moderator' })).email);
  expert = await signIn(t.app, (await createUser(t.db, { role: 'expert' })).email);
});
afterAll(() => t.close());

describe('a coordinator attaches a file that a visitor downloads intact', () => {
  it('stores a PDF of several chunks and streams it back byte for byte, with its Russian name', async () => {
    const bytes = pdf(CHUNK_BYTES * 2 + 12345);
    const response = await upload(coordinator, publishedId, uploadForm('Пособие «Семья» №1.pdf', bytes));
    expect(response.statusCode, response.body).toBe(201);
    const material = response.json();
    expect(material).toMatchObject({
      title: 'Методическое пособие',
      kind: 'guide',
      fileName: 'Пособие «Семья» №1.pdf',
      format: 'pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
    });
    expect(await t.db.prisma.practiceMaterialChunk.count({ where: { materialId: material.id } })).toBe(3);

    const list = await t.app.inject(`/api/practices/materials-published/materials`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: material.id, format: 'pdf', sizeBytes: bytes.length }),
    ]);

    const download = await t.app.inject(material.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(bytes.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Posobie _Semya_ _1.pdf"; filename*=UTF-8''${encodeURIComponent('Пособие «Семья» №1.pdf')}`,
    );
  });

  it.each([
    ['Программа.docx', docx(), 'docx'],
    ['Отчёт.odt', odt(), 'odt'],
    ['Схема.png', png(), 'png'],
  ])('accepts %s by its content', async (name, bytes, format) => {
    const response = await upload(coordinator, draftId, uploadForm(name, bytes, 'Файл', 'other'));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().format).toBe(format);
  });
});

describe('bad files are refused with a problem naming the file, and nothing is stored', () => {
  it.each([
    ['a program', 'setup.pdf', exe(), 415, '/problems/executable-file'],
    ['a type that lies about its content', 'отчёт.pdf', png(), 415, '/problems/file-type-mismatch'],
    ['an unknown format', 'заметки.txt', Buffer.from('просто текст'), 415, '/problems/unsupported-file-type'],
    ['a path in the name', '../../секрет.pdf', pdf(), 400, '/problems/invalid-file-name'],
    ['a Windows path in the name', 'C:\\docs\\план.pdf', pdf(), 400, '/problems/invalid-file-name'],
    ['a control character in the name', 'план\u0007.pdf', pdf(), 400, '/problems/invalid-file-name'],
    ['an empty file', 'пусто.pdf', Buffer.alloc(0), 400, '/problems/empty-file'],
  ])('%s', async (_, name, bytes, status, type) => {
    const before = await storedCounts();
    const response = await upload(coordinator, draftId, uploadForm(name, bytes));
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem.type).toBe(type);
    expect(problem.detail).toContain(`«${name}»`);
    expect(problem.errors[0].field).toBe('body.file');
    expect(await storedCounts()).toEqual(before);
  });

  it('a file over 25 MB is a 413 naming the file', async () => {
    const before = await storedCounts();
    const response = await upload(coordinator, draftId, uploadForm('большой.pdf', pdf(25 * 1024 * 1024)));
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toContain('«большой.pdf»');
    expect(await storedCounts()).toEqual(before);
  });

  it('a missing title or an unknown kind is a 400 on that field', async () => {
    const response = await upload(coordinator, draftId, uploadForm('план.pdf', pdf(), '', 'poster'));
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.kind', 'body.title']);
  });

  it('a JSON body is a 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/submissions/${draftId}/materials`,
      headers: { ...coordinator.headers, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(415);
  });

  it('the 21st file of a practice is refused', async () => {
    const id = await idOf(
      (await createPractice(t.db, { slug: 'materials-full' }, { status: 'draft' })).slug ?? '',
    );
    for (let i = 0; i < 20; i += 1) {
      expect((await upload(coordinator, id, uploadForm(`файл-${i}.png`, png()))).statusCode).toBe(201);
    }
    const response = await upload(coordinator, id, uploadForm('лишний.png', png()));
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('«лишний.png»');
  });
});

describe('who may attach, list, remove and download', () => {
  it('anonymous callers, experts, moderators and another region cannot attach', async () => {
    const form = () => uploadForm('план.pdf', pdf(), 'Запрещённый');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/submissions/${draftId}/materials`,
      ...form(),
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await upload(expert, draftId, form())).statusCode).toBe(403);
    expect((await upload(moderator, draftId, form())).statusCode).toBe(403);
    // Another region's practices are not theirs to see on the staff side: 404, like the editor.
    expect((await upload(otherCoordinator, draftId, form())).statusCode).toBe(404);
    expect((await upload(otherCoordinator, publishedId, form())).statusCode).toBe(404);
    expect(await t.db.prisma.practiceMaterial.count({ where: { title: 'Запрещённый' } })).toBe(0);
  });

  it('a draft lists nothing publicly and its files download only for staff who may see it', async () => {
    expect((await t.app.inject('/api/practices/materials-draft/materials')).statusCode).toBe(404);
    const [first] = (
      await t.app.inject({ url: `/api/submissions/${draftId}/materials`, headers: coordinator.headers })
    ).json().items;
    expect((await t.app.inject(first.url)).statusCode).toBe(404);
    expect((await t.app.inject({ url: first.url, headers: otherCoordinator.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: first.url, headers: moderator.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ url: first.url, headers: coordinator.headers })).statusCode).toBe(200);
  });

  it('staff list: the region and moderators may read it, another region and anonymous may not', async () => {
    const url = `/api/submissions/${draftId}/materials`;
    expect((await t.app.inject(url)).statusCode).toBe(401);
    expect((await t.app.inject({ url, headers: otherCoordinator.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url, headers: expert.headers })).statusCode).toBe(404);
    const own = await t.app.inject({ url, headers: coordinator.headers });
    expect(own.json().canEdit).toBe(true);
    const mod = await t.app.inject({ url, headers: moderator.headers });
    expect(mod.statusCode).toBe(200);
    expect(mod.json().canEdit).toBe(false);
  });

  it('another region cannot remove a file; the own region can', async () => {
    const [first] = (
      await t.app.inject({ url: `/api/submissions/${draftId}/materials`, headers: coordinator.headers })
    ).json().items;
    const remove = (who: SignedIn) =>
      t.app.inject({
        method: 'DELETE',
        url: `/api/submissions/${draftId}/materials/${first.id}`,
        headers: who.headers,
      });
    expect((await remove(otherCoordinator)).statusCode).toBe(404);
    expect((await remove(moderator)).statusCode).toBe(403);
    expect((await remove(coordinator)).statusCode).toBe(204);
    expect(await t.db.prisma.practiceMaterial.count({ where: { id: first.id } })).toBe(0);
  });
});

describe('versions of a published passport keep which files they had', () => {
  it('a removed file a version lists stays downloadable for staff, gone from the public list', async () => {
    const bytes = pdf(100);
    const added = (
      await upload(coordinator, publishedId, uploadForm('Форма заявления.pdf', bytes, 'Форма', 'form'))
    ).json();
    await t.db.prisma.practiceVersion.create({ data: { practiceId: publishedId, number: 1, snapshot: {} } });
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/submissions/${publishedId}/materials/${added.id}`,
      headers: coordinator.headers,
    });
    expect(removed.statusCode).toBe(204);

    const publicList = (await t.app.inject('/api/practices/materials-published/materials')).json().items;
    expect(publicList.map((m: { id: number }) => m.id)).not.toContain(added.id);
    expect((await t.app.inject(added.url)).statusCode).toBe(404);

    const staff = (
      await t.app.inject({ url: `/api/submissions/${publishedId}/materials`, headers: coordinator.headers })
    ).json().items;
    expect(staff.find((m: { id: number }) => m.id === added.id)).toMatchObject({
      versionNumbers: [1],
      removedAt: expect.any(String),
    });
    const download = await t.app.inject({ url: added.url, headers: coordinator.headers });
    expect(download.rawPayload.equals(bytes)).toBe(true);
  });
});

describe('backups carry the files', () => {
  it("a material's bytes survive db:backup and db:restore intact", async () => {
    const bytes = pdf(CHUNK_BYTES + 999);
    const added = (await upload(coordinator, publishedId, uploadForm('Резервная копия.pdf', bytes))).json();
    const temp = makeTempDir('materials-backup-');
    const target = await createTestDatabase({ migrate: false });
    try {
      const file = join(temp.dir, 'dump.sql');
      await backupDatabase(t.db.pool, file);
      await restoreDatabase(target.pool, file, { migrationsDir: defaultMigrationsDir() });
      const chunks = await target.prisma.practiceMaterialChunk.findMany({
        where: { materialId: added.id },
        orderBy: { seq: 'asc' },
      });
      expect(Buffer.concat(chunks.map((c) => Buffer.from(c.bytes))).equals(bytes)).toBe(true);
    } finally {
      await target.close();
      temp.remove();
    }
  });
});
