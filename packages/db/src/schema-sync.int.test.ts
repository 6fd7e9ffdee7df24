// Keeps prisma/schema.prisma and the hand-written migrations in step: after migrating, the
// database has exactly the columns (type, nullability, default), primary keys, unique and plain
// indexes, foreign keys (with their actions) and enums that schema.prisma declares, as Prisma's
// own parser reads it — but for the objects listed below, which the migrations add on purpose
// and schema.prisma cannot state. A migration that drifts from the schema fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from './generated/prisma/client';
import { type DatabaseSchema, readDatabaseSchema } from './schema-drift/from-database';
import { type PrismaSchema, readPrismaSchema } from './schema-drift/from-prisma';
import { difference, type SchemaItem } from './schema-drift/schema-items';
import { createTestDatabase, type TestDatabase } from './testing';

/** Tables of the database alone (every column, key and index of theirs). */
const DATABASE_ONLY_TABLES = new Set([
  '_prisma_migrations', // the migrator's bookkeeping, in Prisma Migrate's format
  'catalogue_changes', // change log read by the catalogue index; its xid8 has no Prisma type
  'catalogue_search', // narrow copy of public practices' search vectors (ADR 008)
]);

/** Single objects of the database alone. */
const DATABASE_ONLY_OBJECTS = new Set([
  'practices.search_vector', // tsvector kept by triggers: Prisma has no type for it
  'practices_search_vector_idx', // GIN over that vector
  'search_words_word_trgm_idx', // GIN with gin_trgm_ops, for suggestions
  'practices_next_review_due_at_idx', // partial: recommended practices only
  'review_assignments_live_key', // partial unique: one live assignment per expert and round
]);

const databaseOnly = (item: SchemaItem) =>
  DATABASE_ONLY_TABLES.has(item.table) || DATABASE_ONLY_OBJECTS.has(item.id);

describe('schema.prisma and migrations agree', () => {
  let db: TestDatabase;
  let schema: PrismaSchema;
  let database: DatabaseSchema;
  beforeAll(async () => {
    db = await createTestDatabase();
    schema = readPrismaSchema();
    database = await readDatabaseSchema(db.pool);
  });
  afterAll(() => db.close());

  it.each(['columns', 'indexes', 'foreignKeys', 'enums'] as const)(
    'has the %s schema.prisma declares, and no others',
    (kind) => {
      expect(difference(schema[kind], database[kind]), 'declared, but not so in the database').toEqual([]);
      expect(
        difference(database[kind], schema[kind], databaseOnly),
        'in the database, but not so in schema.prisma',
      ).toEqual([]);
    },
  );

  it('lists only database-only objects that exist', () => {
    const present = new Set(Object.values(database).flatMap((items: SchemaItem[]) => items.map((i) => i.id)));
    const tables = new Set(database.columns.map((item) => item.table));
    expect([...DATABASE_ONLY_OBJECTS].filter((id) => !present.has(id))).toEqual([]);
    expect([...DATABASE_ONLY_TABLES].filter((table) => !tables.has(table))).toEqual([]);
  });

  it('generated the client from this schema: the same models', () => {
    expect([...schema.models].sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it('reads every model through the generated client', async () => {
    for (const model of Object.values(Prisma.ModelName)) {
      const delegate = (db.prisma as unknown as Record<string, { findFirst(): Promise<unknown> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      expect(delegate, model).toBeDefined();
      // findFirst selects every column of the model: a missing one fails here.
      await delegate?.findFirst();
    }
  });

  it('writes and reads back a district and a region', async () => {
    await db.prisma.federalDistrict.create({
      data: { code: 'test', nameRu: 'Тестовый округ', nameEn: 'Test', shortRu: 'ТО', sortOrder: 99 },
    });
    await db.prisma.region.create({
      data: { code: '00', nameRu: 'Тестовая область', nameEn: 'Test Oblast', districtCode: 'test' },
    });
    const region = await db.prisma.region.findUnique({ where: { code: '00' }, include: { district: true } });
    expect(region?.district.nameRu).toBe('Тестовый округ');
  });
});
