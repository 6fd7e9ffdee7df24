import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { loadDemoPractices, seedDemoPractices } from './seed-demo';

describe('demo practices', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ referenceData: true });
  });
  afterAll(() => db.close());

  it('are valid passports from the named regions, each with public sources', () => {
    const practices = loadDemoPractices();
    expect(practices.length).toBeGreaterThanOrEqual(10);
    const regions = new Set(practices.map((practice) => practice.regionCode));
    for (const code of ['72', '66', '37']) expect(regions).toContain(code);
    for (const practice of practices) expect(practice.sources.length).toBeGreaterThan(0);
  });

  it('seed an empty catalogue once, marked as demo data', async () => {
    const written = await seedDemoPractices(db.prisma);
    expect(written).toBe(loadDemoPractices().length);
    expect(await db.prisma.practice.count({ where: { isDemo: false } })).toBe(0);
    expect(await seedDemoPractices(db.prisma)).toBe(0);
    expect(await db.prisma.practice.count()).toBe(written);
  });

  it('give recommended demo practices a justification and review dates two years apart', async () => {
    const recommended = await db.prisma.practice.findMany({
      where: { status: 'recommended' },
      select: { recommendationText: true, lastReviewedAt: true, nextReviewDueAt: true },
    });
    expect(recommended.length).toBeGreaterThan(0);
    for (const practice of recommended) {
      expect(practice.recommendationText).toMatch(/^Демонстрационное заключение\./);
      const months =
        ((practice.nextReviewDueAt?.getTime() ?? 0) - (practice.lastReviewedAt?.getTime() ?? 0)) /
        (30.44 * 24 * 3600 * 1000);
      expect(Math.round(months)).toBe(24);
    }
    const others = await db.prisma.practice.count({
      where: { status: { not: 'recommended' }, recommendationText: { not: null } },
    });
    expect(others).toBe(0);
  });
});
