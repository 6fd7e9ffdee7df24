// What a migrated database holds in its `public` schema, read from pg_catalog, in the same
// one-line items as from-prisma.ts. Check constraints, triggers and functions are left out:
// schema.prisma cannot state them, so there is nothing to compare them with.
import type { Pool } from 'pg';
import {
  columnItem,
  enumItem,
  foreignKeyItem,
  indexItem,
  REFERENTIAL_ACTIONS,
  type SchemaItem,
} from './schema-items';

export interface DatabaseSchema {
  columns: SchemaItem[];
  indexes: SchemaItem[];
  foreignKeys: SchemaItem[];
  enums: SchemaItem[];
}

const COLUMNS = `
  SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
         a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`;

// Columns in index order, each with DESC when it sorts descending (bit 1 of indoption).
const INDEXES = `
  SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
         am.amname AS method, pg_get_expr(x.indpred, x.indrelid) AS predicate,
         ARRAY(SELECT coalesce(a.attname::text, '(expression)') ||
                      CASE WHEN x.indoption[k.i - 1] & 1 = 1 THEN ' DESC' ELSE '' END
                 FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, i)
                 LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                ORDER BY k.i) AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = i.relam
   WHERE n.nspname = 'public'`;

const FOREIGN_KEYS = `
  SELECT t.relname AS table, c.conname AS name, f.relname AS target,
         ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns,
         ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.i) AS target_columns,
         c.confdeltype AS on_delete, c.confupdtype AS on_update
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_class f ON f.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
   WHERE c.contype = 'f' AND n.nspname = 'public'`;

const ENUMS = `
  SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
    FROM pg_type t
    JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname = 'public'
   GROUP BY t.typname`;

export async function readDatabaseSchema(pool: Pool): Promise<DatabaseSchema> {
  const [columns, indexes, foreignKeys, enums] = await Promise.all([
    pool.query(COLUMNS),
    pool.query(INDEXES),
    pool.query(FOREIGN_KEYS),
    pool.query(ENUMS),
  ]);
  return {
    columns: columns.rows.map((row) =>
      columnItem(
        row.table,
        row.column,
        row.type,
        // As in from-prisma.ts: a list's nullability is not compared.
        row.type.endsWith('[]') ? null : row.not_null,
        normaliseDefault(row.default),
      ),
    ),
    indexes: indexes.rows.map((row) => {
      const kind = row.primary ? 'PRIMARY KEY' : row.unique ? 'UNIQUE' : 'INDEX';
      const item = indexItem(row.table, row.name, kind, row.method, row.columns);
      // A partial index is never what schema.prisma declares.
      return row.predicate ? { ...item, text: `${item.text} WHERE ${row.predicate}` } : item;
    }),
    foreignKeys: foreignKeys.rows.map((row) =>
      foreignKeyItem(
        row.table,
        row.name,
        row.columns,
        row.target,
        row.target_columns,
        REFERENTIAL_ACTIONS[row.on_delete] ?? row.on_delete,
        REFERENTIAL_ACTIONS[row.on_update] ?? row.on_update,
      ),
    ),
    enums: enums.rows.map((row) => enumItem(row.name, row.values)),
  };
}

/**
 * A column default in schema.prisma's terms: a sequence is autoincrement(), CURRENT_TIMESTAMP is
 * now(), a literal loses its quotes and cast (`'draft'::practice_status` is draft), an empty
 * array is [].
 */
export function normaliseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  if (expression.startsWith('nextval(')) return 'autoincrement()';
  if (expression === 'CURRENT_TIMESTAMP' || expression === 'now()') return 'now()';
  if (/^ARRAY\[\]::/.test(expression)) return '[]';
  const literal = /^'((?:[^']|'')*)'(?:::.+)?$/s.exec(expression);
  if (literal) return (literal[1] as string).replaceAll("''", "'");
  return expression;
}
