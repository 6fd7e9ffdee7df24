// Who is asking: reads the session cookie, attaches the live session (or null) to the request,
// and enforces CSRF protection: a state-changing request made with a session must carry that
// session's token in the x-csrf-token header, which another site cannot read or send.
// Both checks run on onRequest, before the body is read, parsed or validated, so a refused
// caller (401 without a session, 403 for another role or without the token) learns nothing
// about a route's schema. It lives in the auth module (a plugin under plugins/ imports no module)
// and app.ts registers it before any route.
import fastifyCookie from '@fastify/cookie';
import { CSRF_HEADER, type UserRole } from '@registry/contracts/auth';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';
import { requireRole, requireUser } from './authorization';
import { logSecurityEvent } from './security-log.repository';
import { type ActiveSession, findActiveSession, type SessionPolicy } from './sessions.repository';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
  }
  interface FastifyInstance {
    sessionPolicy: SessionPolicy;
  }
  interface FastifyContextConfig {
    /** false on the few routes that must work without a CSRF token (login). */
    csrf?: boolean;
    /**
     * Who may call the route at all, checked before validation: 'signed-in' answers 401 to a
     * caller without a session; a list of roles also answers 403 to other roles. Writes (POST,
     * PUT, PATCH, DELETE) default to 'signed-in', reads to 'public'. It is an early gate: the
     * handlers and services still check roles, regions and ownership themselves.
     */
    access?: 'public' | 'signed-in' | readonly UserRole[];
  }
}

const PLAIN_COOKIE = 'registry_session';
// Over https the cookie gets the __Host- prefix: Secure, no Domain, Path=/ — set by us only.
const HOST_COOKIE = '__Host-registry_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isHttps = (request: FastifyRequest) => request.protocol === 'https';

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
) {
  const secure = isHttps(request);
  reply.setCookie(secure ? HOST_COOKIE : PLAIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  const secure = isHttps(request);
  reply.clearCookie(secure ? HOST_COOKIE : PLAIN_COOKIE, {
    path: '/',
    secure,
    httpOnly: true,
    sameSite: 'lax',
  });
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[HOST_COOKIE] ?? request.cookies[PLAIN_COOKIE];
}

async function sessionPlugin(app: FastifyInstance, options: { policy: SessionPolicy }) {
  await app.register(fastifyCookie);
  app.decorate('sessionPolicy', options.policy);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    const token = sessionToken(request);
    if (token && token.length < 100) {
      request.session = await findActiveSession(app.db.prisma, token, options.policy);
    }
    // An unknown address is answered 404/405 by the not-found handler whoever asks.
    if (request.is404) return;
    const config = request.routeOptions.config;
    const access = config.access ?? (SAFE_METHODS.has(request.method) ? 'public' : 'signed-in');
    if (access !== 'public') await requireUser(request);
    await checkCsrf(request);
    // Roles last: a forged request is refused as such before anything else is said.
    if (access !== 'public' && access !== 'signed-in') await requireRole(request, access);
  });

  async function checkCsrf(request: FastifyRequest) {
    const session = request.session;
    if (!session || SAFE_METHODS.has(request.method) || request.routeOptions.config.csrf === false) return;
    if (request.headers[CSRF_HEADER] === session.csrfToken) return;
    await logSecurityEvent(app.db.prisma, {
      kind: 'csrf_refused',
      userId: session.user.id,
      ip: request.ip,
      detail: { method: request.method, url: request.url.split('?')[0] },
    });
    throw new AppError('CSRF_TOKEN_INVALID', {
      status: 403,
      detail: 'Запрос отклонён: нет действительного CSRF-токена. Обновите страницу и повторите.',
    });
  }
}

export default fp(sessionPlugin, { name: 'session', dependencies: ['db'] });
