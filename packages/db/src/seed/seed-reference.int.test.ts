import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../testing';
import { REFERENCE_CHECKSUM_KEY, seedReferenceData } from './seed-reference';

/** The client, except that it refuses transactions: seeding must not need one. */
const withoutTransactions = (prisma: PrismaClient) =>
  new Proxy(prisma, {
    get(target, property, receiver) {
      if (property === '$transaction') {
        return () => {
          throw new Error('seeding must not open a transaction');
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });

describe('seeding reference data at start-up', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('fills an empty database without a transaction, then writes nothing while the data is unchanged', async () => {
    const first = await seedReferenceData(withoutTransactions(db.prisma));
    expect(first).toMatchObject({ changed: true, regions: 89, federalDistricts: 8 });
    expect(await db.prisma.region.count()).toBe(89);
    expect(await db.prisma.evidenceLevel.count()).toBe(first.evidenceLevels);
    expect(await db.prisma.appSetting.count({ where: { key: 'cursor_secret' } })).toBe(1);

    // A hand edit stays while the checksum matches: the second start writes nothing.
    await db.prisma.region.update({ where: { code: '66' }, data: { nameRu: 'изменено' } });
    const second = await seedReferenceData(withoutTransactions(db.prisma));
    expect(second.changed).toBe(false);
    expect((await db.prisma.region.findUniqueOrThrow({ where: { code: '66' } })).nameRu).toBe('изменено');
  });

  it('brings the tables up to date when the reference data changed, keeping the cursor secret', async () => {
    const secret = await db.prisma.appSetting.findUniqueOrThrow({ where: { key: 'cursor_secret' } });
    await db.prisma.appSetting.update({ where: { key: REFERENCE_CHECKSUM_KEY }, data: { value: 'old' } });
    await db.prisma.theme.deleteMany({ where: { practices: { none: {} } } });
    const result = await seedReferenceData(db.prisma);
    expect(result.changed).toBe(true);
    expect(await db.prisma.theme.count()).toBe(result.themes);
    expect((await db.prisma.region.findUniqueOrThrow({ where: { code: '66' } })).nameRu).toBe(
      'Свердловская область',
    );
    expect(await db.prisma.appSetting.findUniqueOrThrow({ where: { key: 'cursor_secret' } })).toEqual(secret);
  });
});
