// Material files in an S3-compatible object store: a real one (s3rver, on a random port with a
// temporary folder) started by this file, the real application on a real database. The object is
// in the bucket and not in the chunks table; a visitor gets the same bytes and headers; files put
// in the database before S3 was configured are still served; deleting a material deletes its
// object; a store that is down answers a 503 problem and nothing is half-stored.
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NotFound,
  S3Client,
} from '@aws-sdk/client-s3';
import { makeTempDir } from '@registry/db/testing';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createPractice } from '../../../test/factories';
import { createUser, type SignedIn, signIn } from '../../../test/users';
import { type App, buildApp } from '../../app';
import { loadConfig, type MaterialsS3Config } from '../../config/env';
import { CHUNK_BYTES } from './materials.repository';
import { createMaterialStorage } from './materials.storage';
import { docx, type formData, pdf, uploadForm } from './materials.test-support';

const BUCKET = 'registry-materials';
let server: S3rver;
let folder: { dir: string; remove(): void };
let s3Config: MaterialsS3Config;
let client: S3Client;
let t: TestApp;
/** A second process on the same database that was started without MATERIALS_S3_*. */
let databaseOnly: App;
let coordinator: SignedIn;
let coordinatorId: number;
let practiceId: number;

const upload = (app: App, form: ReturnType<typeof formData>) =>
  app.inject({
    method: 'POST',
    url: `/api/submissions/${practiceId}/materials`,
    headers: { ...coordinator.headers, ...form.headers },
    payload: form.payload,
  });

const objectKeys = async () =>
  ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key);

const stored = async () => ({
  materials: await t.db.prisma.practiceMaterial.count(),
  chunks: await t.db.prisma.practiceMaterialChunk.count(),
  objects: (await objectKeys()).length,
});

beforeAll(async () => {
  folder = makeTempDir('materials-s3-');
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: folder.dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  s3Config = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: BUCKET,
    region: 'ru-central1',
    // s3rver's fixed credentials: it checks the signature as a real store does.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  client = new S3Client({
    endpoint: s3Config.endpoint,
    region: s3Config.region,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  t = await createTestApp({ materialsS3: s3Config });
  databaseOnly = await buildApp({
    config: loadConfig({ NODE_ENV: 'test' }),
    db: t.db,
    catalogueVersionTtlMs: 0,
  });
  await createPractice(t.db, { slug: 'materials-s3', regionCode: '72' });
  practiceId = (
    await t.db.prisma.practice.findUniqueOrThrow({ where: { slug: 'materials-s3' }, select: { id: true } })
  ).id;
  const user = await createUser(t.db, { role: 'coordinator', regionCode: '72' });
  coordinatorId = user.id;
  coordinator = await signIn(t.app, user.email);
});

afterAll(async () => {
  client?.destroy();
  await databaseOnly?.close();
  await t?.close();
  await server?.close().catch(() => undefined);
  folder?.remove();
});

describe('with MATERIALS_S3_* set, material files live in the object store', () => {
  let materialId: number;
  const bytes = pdf(CHUNK_BYTES * 2 + 4321);
  const name = 'Пособие «Семья» №1.pdf';

  it('puts an upload in the bucket, not in the chunks table', async () => {
    const before = await stored();
    const response = await upload(t.app, uploadForm(name, bytes));
    expect(response.statusCode, response.body).toBe(201);
    materialId = response.json().id;
    const row = await t.db.prisma.practiceMaterial.findUniqueOrThrow({ where: { id: materialId } });
    expect(row.storage).toBe('s3');
    expect(row.objectKey).toMatch(new RegExp(`^materials/${practiceId}/[0-9a-f-]{36}$`));
    expect(await t.db.prisma.practiceMaterialChunk.count({ where: { materialId } })).toBe(0);
    expect((await stored()).chunks).toBe(before.chunks);

    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.objectKey ?? '' }));
    expect(object.ContentType).toBe('application/pdf');
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(bytes)).toBe(true);
  });

  it('streams the same bytes to a visitor, with the same headers as from the database', async () => {
    const download = await t.app.inject(`/api/materials/${materialId}/file`);
    expect(download.statusCode, download.body).toBe(200);
    expect(download.rawPayload.equals(bytes)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(bytes.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Posobie _Semya_ _1.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  });

  it('still serves a file put in the database before S3 was configured', async () => {
    const old = docx();
    const response = await upload(
      databaseOnly,
      uploadForm('Старая программа.docx', old, 'Программа', 'programme'),
    );
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const row = await t.db.prisma.practiceMaterial.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ storage: 'database', objectKey: null });
    expect(await t.db.prisma.practiceMaterialChunk.count({ where: { materialId: id } })).toBe(1);

    const download = await t.app.inject(`/api/materials/${id}/file`);
    expect(download.statusCode, download.body).toBe(200);
    expect(download.rawPayload.equals(old)).toBe(true);
    expect(download.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('deletes the object with the material', async () => {
    const response = await upload(t.app, uploadForm('Временный.pdf', pdf(10)));
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const { objectKey } = await t.db.prisma.practiceMaterial.findUniqueOrThrow({ where: { id } });
    expect(await objectKeys()).toContain(objectKey);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/submissions/${practiceId}/materials/${id}`,
      headers: coordinator.headers,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await t.db.prisma.practiceMaterial.count({ where: { id } })).toBe(0);
    expect(await objectKeys()).not.toContain(objectKey);
    await expect(
      client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: objectKey ?? '' })),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('removes the stored object when the row cannot be written', async () => {
    const before = await stored();
    const storage = createMaterialStorage(s3Config, t.app.log);
    // A practice that does not exist: the row's foreign key refuses it after the object is stored.
    await expect(
      storage.put(
        t.db.prisma,
        {
          practiceId: 999_999,
          title: 'Сирота',
          kind: 'other',
          fileName: 'Сирота.pdf',
          format: 'pdf',
          mediaType: 'application/pdf',
          sha256: '0'.repeat(64),
          createdById: coordinatorId,
          sizeBytes: 10,
        },
        pdf(10),
      ),
    ).rejects.toThrow();
    expect(await stored()).toEqual(before);
  });
});

describe('when the object store is down', () => {
  it('answers a 503 problem to an upload and stores nothing; downloads of S3 files are 503 too', async () => {
    const row = await t.db.prisma.practiceMaterial.findFirstOrThrow({ where: { storage: 's3' } });
    await server.close();
    const before = {
      materials: await t.db.prisma.practiceMaterial.count(),
      chunks: await t.db.prisma.practiceMaterialChunk.count(),
    };

    const response = await upload(t.app, uploadForm('Пособие.pdf', pdf(100)));
    expect(response.statusCode, response.body).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 503, type: '/problems/storage-unavailable' });
    expect(response.json().detail).toMatch(/Хранилище файлов временно недоступно/);
    expect({
      materials: await t.db.prisma.practiceMaterial.count(),
      chunks: await t.db.prisma.practiceMaterialChunk.count(),
    }).toEqual(before);

    const download = await t.app.inject(`/api/materials/${row.id}/file`);
    expect(download.statusCode, download.body).toBe(503);
    expect(download.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(download.headers['content-disposition']).toBeUndefined();

    // Files in the database do not depend on the object store.
    const inDatabase = await t.db.prisma.practiceMaterial.findFirstOrThrow({
      where: { storage: 'database' },
    });
    expect((await t.app.inject(`/api/materials/${inDatabase.id}/file`)).statusCode).toBe(200);
  });
});
