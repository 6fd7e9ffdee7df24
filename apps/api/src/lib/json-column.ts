// JSON columns come back from Prisma as untyped values. Repositories read them through the
// column's zod contract, so a service gets typed data and a row that breaks its contract fails
// loudly here (a 500 naming the column in the log) instead of leaking into an answer.
import type { z } from 'zod';

export function readJson<S extends z.ZodType>(schema: S, value: unknown, column: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`The JSON column ${column} holds a value its contract refuses: ${result.error.message}`);
  }
  return result.data;
}
