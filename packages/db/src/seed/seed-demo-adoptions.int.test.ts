import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { seedDemoPractices } from './seed-demo';
import { loadDemoAdoptions, seedDemoAdoptions } from './seed-demo-adoptions';

describe('demo adoptions', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ referenceData: true });
  });
  afterAll(() => db.close());

  it('write nothing without demo practices', async () => {
    expect(await seedDemoAdoptions(db.prisma)).toBe(0);
  });

  it('connect demo practices with other regions, once', async () => {
    await seedDemoPractices(db.prisma);
    const written = await seedDemoAdoptions(db.prisma);
    expect(written).toBe(loadDemoAdoptions().length);
    expect(await seedDemoAdoptions(db.prisma)).toBe(0);
    expect(await db.prisma.adoption.count()).toBe(written);
    const own = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM adoptions a JOIN practices p ON p.id = a.practice_id
       WHERE p.region_code = a.region_code`;
    expect(own[0]?.n).toBe(0);
  });
});
