// A database schema as a set of one-line items (a column with its type, nullability and default;
// an index; a foreign key; an enum), made the same way from schema.prisma and from a migrated
// database, so that comparing two sets says exactly what differs, in words a reader can act on.

export interface SchemaItem {
  /** The table it belongs to ('' for an enum). */
  table: string;
  /** What it is called: `table.column`, an index or constraint name, or an enum's name. */
  id: string;
  /** Everything that must match, e.g. `practices.slug character varying(120) NOT NULL`. */
  text: string;
}

export function columnItem(
  table: string,
  column: string,
  type: string,
  notNull: boolean | null,
  defaultValue: string | null,
): SchemaItem {
  const nullability = notNull === null ? '' : notNull ? ' NOT NULL' : ' NULL';
  const fallback = defaultValue === null ? '' : ` DEFAULT ${JSON.stringify(defaultValue)}`;
  return { table, id: `${table}.${column}`, text: `${table}.${column} ${type}${nullability}${fallback}` };
}

export function indexItem(
  table: string,
  name: string,
  kind: 'PRIMARY KEY' | 'UNIQUE' | 'INDEX',
  method: string,
  columns: string[],
): SchemaItem {
  return { table, id: name, text: `${kind} ${name} ON ${table} USING ${method} (${columns.join(', ')})` };
}

export function foreignKeyItem(
  table: string,
  name: string,
  columns: string[],
  target: string,
  targetColumns: string[],
  onDelete: string,
  onUpdate: string,
): SchemaItem {
  return {
    table,
    id: name,
    text:
      `FOREIGN KEY ${name} ON ${table} (${columns.join(', ')}) REFERENCES ${target} ` +
      `(${targetColumns.join(', ')}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`,
  };
}

export function enumItem(name: string, values: string[]): SchemaItem {
  // Prisma compares an enum's values, not their order.
  return { table: '', id: name, text: `ENUM ${name} (${[...values].sort().join(', ')})` };
}

/** PostgreSQL's and Prisma's spellings of a referential action, as Prisma writes them in SQL. */
export const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
  NoAction: 'NO ACTION',
  Restrict: 'RESTRICT',
  Cascade: 'CASCADE',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/** What is in `actual` and not in `expected`, as sorted texts, leaving out what `allowed` accepts. */
export function difference(
  actual: SchemaItem[],
  expected: SchemaItem[],
  allowed: (item: SchemaItem) => boolean = () => false,
): string[] {
  const texts = new Set(expected.map((item) => item.text));
  return actual
    .filter((item) => !texts.has(item.text) && !allowed(item))
    .map((item) => item.text)
    .sort();
}
