// Where a material's bytes live. By default in the database, in chunks written in the same
// transaction as the row (backups and db:restore carry them; every process sees them). With
// MATERIALS_S3_* set, new files go to an S3-compatible object store instead: the object is
// stored first and the row written after, so a row never points at a missing object. Each row
// records its storage, so files keep being served from where they were put.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import type { FastifyBaseLogger } from 'fastify';
import type { MaterialsS3Config } from '../../config/env';
import { AppError } from '../../lib/app-error';
import { insertMaterial, type MaterialRow, type NewMaterial, readChunk } from './materials.repository';

/** Where a material's bytes are, as its row records it. */
export interface StoredMaterial {
  id: number;
  storage: 'database' | 's3';
  objectKey: string | null;
}

export interface MaterialStorage {
  /** Stores the bytes and writes the row; nothing is left behind when either fails. */
  put(prisma: PrismaClient, data: NewMaterial, bytes: Uint8Array): Promise<MaterialRow>;
  /** The bytes as a stream, read piece by piece; never whole in memory. */
  stream(prisma: PrismaClient, material: StoredMaterial): Promise<Readable>;
  /** Removes the bytes of a material whose row has just been deleted. */
  delete(material: StoredMaterial): Promise<void>;
}

const storageUnavailable = () =>
  new AppError('STORAGE_UNAVAILABLE', {
    status: 503,
    detail: 'Хранилище файлов временно недоступно: попробуйте ещё раз через несколько минут',
  });

/** The stored chunks in order, one query each: the file is never whole in memory. */
async function* chunksOf(prisma: PrismaClient, materialId: number) {
  for (let seq = 0; ; seq += 1) {
    const bytes = await readChunk(prisma, materialId, seq);
    if (!bytes) return;
    yield Buffer.from(bytes);
  }
}

/** Row and chunks in one transaction; the chunks go with the row (ON DELETE CASCADE). */
const databaseStorage = {
  put: (prisma: PrismaClient, data: NewMaterial, bytes: Uint8Array) =>
    insertMaterial(prisma, { ...data, storage: 'database', objectKey: null }, bytes),
  stream: async (prisma: PrismaClient, material: StoredMaterial) =>
    Readable.from(chunksOf(prisma, material.id)),
};

export function createMaterialStorage(
  s3: MaterialsS3Config | undefined,
  log: FastifyBaseLogger,
): MaterialStorage {
  const client = s3
    ? new S3Client({
        endpoint: s3.endpoint,
        region: s3.region,
        forcePathStyle: s3.forcePathStyle,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        // A store that is down answers a clear 503 soon, not after a minute of retries; a store
        // that stops answering mid-transfer is given up after a minute of silence.
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
      })
    : undefined;

  const objectStore = () => {
    if (!client || !s3) {
      log.error('a material is stored in S3, but MATERIALS_S3_* are not set');
      throw storageUnavailable();
    }
    return { client, bucket: s3.bucket };
  };

  const deleteObject = async (key: string) => {
    const { client: c, bucket } = objectStore();
    await c.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  };

  return {
    async put(prisma, data, bytes) {
      if (!client || !s3) return databaseStorage.put(prisma, data, bytes);
      const key = `materials/${data.practiceId}/${randomUUID()}`;
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: s3.bucket,
            Key: key,
            Body: bytes,
            ContentLength: bytes.byteLength,
            ContentType: data.mediaType,
          }),
        );
      } catch (error) {
        log.error({ err: error, key }, 'material upload to S3 failed');
        throw storageUnavailable();
      }
      try {
        return await insertMaterial(prisma, { ...data, storage: 's3', objectKey: key }, null);
      } catch (error) {
        // The row was not written: the object would be an orphan. Best effort; logged if it stays.
        await deleteObject(key).catch((cleanup: unknown) =>
          log.error({ err: cleanup, key }, 'orphan material object left in S3'),
        );
        throw error;
      }
    },

    async stream(prisma, material) {
      if (material.storage === 'database' || !material.objectKey) {
        return databaseStorage.stream(prisma, material);
      }
      const { client: c, bucket } = objectStore();
      try {
        const object = await c.send(new GetObjectCommand({ Bucket: bucket, Key: material.objectKey }));
        if (!(object.Body instanceof Readable)) throw new Error('S3 answered without a body stream');
        return object.Body;
      } catch (error) {
        if (error instanceof AppError) throw error;
        log.error({ err: error, key: material.objectKey }, 'material download from S3 failed');
        if (error instanceof NoSuchKey) {
          throw new AppError('MATERIAL_FILE_MISSING', {
            status: 503,
            detail: `Файл материала №${material.id} не найден в хранилище: сообщите администратору`,
          });
        }
        throw storageUnavailable();
      }
    },

    async delete(material) {
      if (material.storage !== 's3' || !material.objectKey) return;
      await deleteObject(material.objectKey).catch((error: unknown) =>
        log.error({ err: error, key: material.objectKey }, 'material object could not be deleted from S3'),
      );
    },
  };
}
