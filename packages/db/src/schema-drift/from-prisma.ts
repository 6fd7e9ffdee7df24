// What prisma/schema.prisma says the database holds, read through Prisma's own parser (the DMMF
// of `getDMMF`, the document generators receive), in PostgreSQL's words: the types `format_type`
// prints, Prisma's default names for keys and indexes, its default referential actions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDMMF } from '@prisma/get-dmmf';
import { findRepoRoot } from '../repo-root';
import {
  columnItem,
  enumItem,
  foreignKeyItem,
  indexItem,
  REFERENTIAL_ACTIONS,
  type SchemaItem,
} from './schema-items';

type Document = Exclude<ReturnType<typeof getDMMF>, { type: string }>;
type Model = Document['datamodel']['models'][number];
type Field = Model['fields'][number];

export interface PrismaSchema {
  models: string[];
  columns: SchemaItem[];
  indexes: SchemaItem[];
  foreignKeys: SchemaItem[];
  enums: SchemaItem[];
}

export function readPrismaSchema(schemaPath = join(findRepoRoot(), 'prisma', 'schema.prisma')): PrismaSchema {
  const dmmf = getDMMF({ datamodel: readFileSync(schemaPath, 'utf8') });
  if ('type' in dmmf) throw new Error(`schema.prisma could not be read (${dmmf.type}): ${dmmf.reason}`);
  const { datamodel } = dmmf;
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enums = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const table = (model: Model) => model.dbName ?? model.name;
  const column = (model: Model, name: string) => {
    const field = model.fields.find((f) => f.name === name);
    if (!field) throw new Error(`${model.name}.${name} is not a field`);
    return field.dbName ?? field.name;
  };

  const columns = datamodel.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
      .map((field) =>
        columnItem(
          table(model),
          field.dbName ?? field.name,
          columnType(field, enums),
          // Prisma does not tell a nullable list column from a NOT NULL one.
          field.isList ? null : field.isRequired,
          defaultOf(field),
        ),
      ),
  );

  const indexes = datamodel.indexes.map((index) => {
    const model = models.get(index.model) as Model;
    const names = index.fields.map((f) => column(model, f.name));
    const kind = index.type === 'id' ? 'PRIMARY KEY' : index.type === 'unique' ? 'UNIQUE' : 'INDEX';
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const name = index.dbName ?? defaultName(table(model), index.type === 'id' ? [] : names, suffix);
    const ordered = index.fields.map((f, i) => `${names[i]}${f.sortOrder === 'desc' ? ' DESC' : ''}`);
    return indexItem(table(model), name, kind, (index.algorithm ?? 'BTree').toLowerCase(), ordered);
  });

  const foreignKeys = datamodel.models.flatMap((model) =>
    model.fields
      .filter((field) => field.kind === 'object' && field.relationFromFields?.length)
      .map((field) => {
        const target = models.get(field.type) as Model;
        const from = (field.relationFromFields ?? []).map((name) => column(model, name));
        const to = (field.relationToFields ?? []).map((name) => column(target, name));
        // Prisma's defaults: a required relation restricts deletes, an optional one sets null.
        const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
        const onUpdate = field.relationOnUpdate ?? 'Cascade';
        return foreignKeyItem(
          table(model),
          defaultName(table(model), from, 'fkey'),
          from,
          table(target),
          to,
          REFERENTIAL_ACTIONS[onDelete] ?? onDelete,
          REFERENTIAL_ACTIONS[onUpdate] ?? onUpdate,
        );
      }),
  );

  return {
    models: datamodel.models.map((model) => model.name),
    columns,
    indexes,
    foreignKeys,
    enums: datamodel.enums.map((e) =>
      enumItem(
        e.dbName ?? e.name,
        e.values.map((value) => value.dbName ?? value.name),
      ),
    ),
  };
}

/** Prisma's names: `<table>_<columns>_<suffix>`, cut to PostgreSQL's 63 bytes. */
const defaultName = (table: string, columns: string[], suffix: string) =>
  [table, ...columns, suffix].join('_').slice(0, 63);

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function columnType(field: Field, enums: Map<string, string>): string {
  const base =
    field.kind === 'enum'
      ? (enums.get(field.type) as string)
      : (nativeType(field) ?? SCALAR_TYPES[field.type]);
  if (!base) throw new Error(`${field.name}: type ${field.type} is not mapped here yet`);
  return field.isList ? `${base}[]` : base;
}

function nativeType(field: Field): string | undefined {
  if (!field.nativeType) return undefined;
  const [name, args] = field.nativeType as [string, string[]];
  switch (name) {
    case 'VarChar':
      return args.length ? `character varying(${args[0]})` : 'character varying';
    case 'Char':
      return `character(${args[0] ?? 1})`;
    case 'Decimal':
      return args.length ? `numeric(${args.join(',')})` : 'numeric';
    case 'Timestamptz':
      return `timestamp(${args[0] ?? 6}) with time zone`;
    case 'Timestamp':
      return `timestamp(${args[0] ?? 6}) without time zone`;
    case 'Date':
      return 'date';
    case 'Text':
      return 'text';
    case 'Uuid':
      return 'uuid';
    case 'SmallInt':
      return 'smallint';
    case 'JsonB':
      return 'jsonb';
    default:
      throw new Error(`${field.name}: native type @db.${name} is not mapped here yet`);
  }
}

/** The default as the database states it; client-side ones (uuid(), cuid()…) have none there. */
function defaultOf(field: Field): string | null {
  if (!field.hasDefaultValue || field.default === undefined) return null;
  const value = field.default as unknown;
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const { name, args } = value as { name: string; args: unknown[] };
    if (name === 'dbgenerated') return String(args[0]);
    if (name === 'autoincrement' || name === 'now') return `${name}()`;
    return null;
  }
  return String(value);
}
