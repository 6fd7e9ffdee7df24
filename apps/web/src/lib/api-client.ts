// The one way the web app talks to the API: every response is parsed with the same zod contract
// the API serializes with, so a drifted field fails loudly here instead of deep in a component.
import { CSRF_HEADER } from '@registry/contracts/auth';
import { type Problem, ProblemSchema } from '@registry/contracts/problem';
import type { z } from 'zod';
import { ApiError } from './api-error';

/**
 * The signed-in session's CSRF token, sent with every state-changing request. Kept here rather
 * than read from the query cache so this module needs no QueryClient: the auth feature's fetchers
 * (GET /auth/me, POST /auth/login) set it whenever they learn the session, logout clears it.
 */
let csrfToken: string | null = null;

/** Remembers (or, with null, forgets) the CSRF token of the current session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * How requests reach the API: the browser's fetch, or on the server (entry-server.tsx) one that
 * hands the request to the API in the same process. Server renders are anonymous, so one
 * process-wide function carries nothing of one visitor to another.
 */
let fetchApi: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init);

/** Replaces the transport (the server renderer's in-process API calls). */
export function setApiFetch(next: (url: string, init: RequestInit) => Promise<Response>): void {
  fetchApi = next;
}

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

/** The address of an API path with its query, for links (downloads, feeds) rather than fetches. */
export const apiUrl = (path: string, query?: Query): string => buildUrl(path, query);

async function readProblem(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ProblemSchema.safeParse(body);
  // Extension members (RFC 9457 §3.2, e.g. the current passport of a stale save) are kept for
  // the feature that knows their schema.
  if (parsed.success) return { ...(body as Record<string, unknown>), ...parsed.data };
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
  const response = await fetchApi(buildUrl(path, query), {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return schema.parse(await response.json());
}

export type MutationMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What apiSend resolves to: the parsed body with a schema, nothing without one. */
type SendResult<S> = S extends z.ZodType ? z.output<S> : undefined;

interface SendOptions<S extends z.ZodType | undefined> {
  body?: unknown;
  /** Parses the answer; without it the body is ignored (204 and the like). */
  schema?: S;
  signal?: AbortSignal;
}

/**
 * A state-changing request: JSON body, the session cookie and the CSRF token header. Non-2xx
 * answers throw ApiError; the result is parsed with `schema` when one is given.
 */
export async function apiSend<S extends z.ZodType | undefined = undefined>(
  method: MutationMethod,
  path: string,
  { body, schema, signal }: SendOptions<S> = {},
): Promise<SendResult<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  const response = await fetchApi(buildUrl(path), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (!schema) return undefined as SendResult<S>;
  return schema.parse(await response.json()) as SendResult<S>;
}

/**
 * POST a multipart form (a file with its fields), with the session cookie and the CSRF token;
 * the browser sets the content type and boundary. Non-2xx answers throw ApiError.
 */
export async function apiUpload<S extends z.ZodType>(
  path: string,
  form: FormData,
  schema: S,
  { signal }: { signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  const response = await fetch(buildUrl(path), {
    method: 'POST',
    headers,
    body: form,
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  return schema.parse(await response.json());
}
