import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiGet, apiSend, setCsrfToken } from './api-client';
import { ApiError } from './api-error';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('api client', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  const headersOf = (call: number) =>
    new Headers((fetchMock.mock.calls[call] as [string, RequestInit])[1].headers);

  beforeEach(() => {
    fetchMock = vi.fn(async () => json({ ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-123');
  });
  afterEach(() => {
    setCsrfToken(null);
    vi.unstubAllGlobals();
  });

  it('sends the CSRF token with a POST, and the session cookie', async () => {
    await apiSend('POST', '/things', { body: { a: 1 }, schema: z.object({ ok: z.boolean() }) });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/things');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(headersOf(0).get('x-csrf-token')).toBe('csrf-123');
    expect(headersOf(0).get('content-type')).toBe('application/json');
  });

  it('does not send the CSRF token with a GET', async () => {
    await apiGet('/things', z.object({ ok: z.boolean() }));
    expect(headersOf(0).has('x-csrf-token')).toBe(false);
    expect((fetchMock.mock.calls[0] as [string, RequestInit])[1].credentials).toBe('same-origin');
  });

  it('sends no token once the session is forgotten', async () => {
    setCsrfToken(null);
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiSend('POST', '/auth/logout')).resolves.toBeUndefined();
    expect(headersOf(0).has('x-csrf-token')).toBe(false);
  });

  it("throws the API's problem for a refused state change", async () => {
    fetchMock.mockResolvedValueOnce(
      json({ type: '/problems/csrf-token-invalid', title: 'Доступ запрещён', status: 403 }, 403),
    );
    const error = await apiSend('DELETE', '/things/1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.type).toBe('/problems/csrf-token-invalid');
  });
});
