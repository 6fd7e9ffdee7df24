// The one way the web app talks to the API: every response is parsed with the same zod contract
// the API serializes with, so a drifted field fails loudly here instead of deep in a component.
import { type Problem, ProblemSchema } from '@registry/contracts/problem';
import type { z } from 'zod';
import { ApiError } from './api-error';

/** Query values; an array repeats the parameter (`?theme=a&theme=b`), the API's OR within one filter. */
export type Query = Record<string, string | number | readonly string[] | undefined>;

interface RequestOptions {
  query?: Query;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

async function readProblem(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  // A proxy or gateway answered instead of the API: RFC 9457's "about:blank" stands for
  // "nothing more than the HTTP status".
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
}

/** GET an API path and parse the JSON body with `schema`; non-2xx answers throw ApiError. */
export async function apiGet<S extends z.ZodType>(
  path: string,
  schema: S,
  { query, signal }: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await fetch(buildUrl(path, query), { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return schema.parse(await response.json());
}
