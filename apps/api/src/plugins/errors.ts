// The one place where errors become HTTP: every failure leaves as RFC 9457 problem+json.
// Expected errors keep their message; anything unexpected is logged in full and answered with
// a generic 500 that reveals nothing about the internals.

import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import {
  type FieldError,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  problemTypes,
} from '@registry/contracts/problem';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error';

const titles: Record<number, string> = {
  400: 'Некорректный запрос',
  401: 'Требуется вход',
  403: 'Доступ запрещён',
  404: 'Не найдено',
  405: 'Метод не поддерживается',
  408: 'Время ожидания запроса истекло',
  409: 'Конфликт',
  410: 'Больше недоступно',
  413: 'Слишком большой запрос',
  414: 'Слишком длинный адрес',
  415: 'Неподдерживаемый тип содержимого',
  429: 'Слишком много запросов',
  431: 'Слишком большие заголовки запроса',
  500: 'Внутренняя ошибка сервера',
  503: 'Сервис недоступен',
};

const typeForStatus: Record<number, string> = {
  400: problemTypes.validation,
  401: problemTypes.unauthorized,
  403: problemTypes.forbidden,
  404: problemTypes.notFound,
  405: problemTypes.methodNotAllowed,
  409: problemTypes.conflict,
  413: problemTypes.payloadTooLarge,
  415: problemTypes.unsupportedMediaType,
  429: problemTypes.tooManyRequests,
  503: problemTypes.unavailable,
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/**
 * Fastify's own refusals, in Russian: their English messages never reach a user. A client error
 * without an entry here gets its status's title as detail.
 */
const fastifyDetails: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Тело запроса принимается только в формате application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Тело запроса больше допустимого размера.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Размер тела запроса не совпадает с заголовком Content-Length.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Тело запроса пустое, хотя указан тип application/json.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Тело запроса не является корректным JSON.',
  FST_ERR_BAD_URL: 'Адрес содержит недопустимую последовательность символов.',
  FST_ERR_MAX_PARAM_LENGTH: 'Часть адреса слишком длинная.',
  FST_ERR_NOT_FOUND: 'Нет такого адреса.',
};

const kebab = (code: string) => code.toLowerCase().replaceAll('_', '-');

/** Prisma's known request errors carry a code; we map the ones that are the client's fault. */
function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^P\d{4}$/.test(code) ? code : undefined;
}

function toProblem(error: FastifyError | AppError | Error, request: FastifyRequest): Problem {
  const instance = request.url.split('?')[0];
  if (error instanceof AppError) {
    return {
      ...error.extensions,
      type: `/problems/${kebab(error.code)}`,
      title: titles[error.status] ?? 'Ошибка',
      status: error.status,
      detail: error.detail,
      instance,
      ...(error.errors ? { errors: error.errors } : {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Field names follow the request's parts: query.limit, params.code, body.title.
    const raw = (error as FastifyError).validationContext ?? 'request';
    const context = raw === 'querystring' ? 'query' : raw;
    const errors: FieldError[] = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return {
        field: path ? `${context}.${path}` : context,
        message: issue.message ?? 'Недопустимое значение',
      };
    });
    return {
      type: problemTypes.validation,
      title: titles[400] as string,
      status: 400,
      detail: `Проверьте поля: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
      instance,
      errors,
    };
  }
  const code = prismaCode(error);
  if (code === 'P2002') {
    return {
      type: problemTypes.conflict,
      title: titles[409] as string,
      status: 409,
      detail: 'Такая запись уже существует',
      instance,
    };
  }
  if (code === 'P2025') {
    return {
      type: problemTypes.notFound,
      title: titles[404] as string,
      status: 404,
      detail: 'Запись не найдена',
      instance,
    };
  }
  const status = (error as FastifyError).statusCode;
  // Fastify's own client errors (bad JSON, body too large, wrong content type), told in Russian.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return {
      type: typeForStatus[status] ?? `/problems/http-${status}`,
      title: titles[status] ?? 'Ошибка запроса',
      status,
      detail: fastifyDetails[(error as FastifyError).code] ?? titles[status] ?? 'Ошибка запроса',
      instance,
    };
  }
  return {
    type: problemTypes.internal,
    title: titles[500] as string,
    status: 500,
    detail: 'Произошла непредвиденная ошибка. Мы уже знаем о ней; попробуйте позже.',
    instance,
  };
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers too large, raw
 * non-ASCII bytes in the address, a malformed request line): written straight to the socket,
 * still as problem+json.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail]: [number, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Заголовки запроса или адрес слишком длинные.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Запрос не был получен полностью за отведённое время.']
        : [
            400,
            'Запрос не удалось разобрать: проверьте адрес (символы кроме латиницы и цифр должны быть закодированы, например через encodeURIComponent).',
          ];
  const problem: Problem = {
    type: typeForStatus[status] ?? `/problems/http-${status}`,
    title: titles[status] as string,
    status,
    detail,
  };
  const body = Buffer.from(JSON.stringify(problem), 'utf8');
  this.log.info({ err: error }, 'client error');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body);
  }
  socket.destroy(error);
}

/** Errors Fastify's router raises before a route is chosen (a bad %-sequence in the path). */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  error,
  request,
  reply,
) => {
  const problem = toProblem(error, request);
  request.log.info({ problem: problem.type, detail: problem.detail }, 'request refused');
  sendProblem(reply, problem);
};

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    if (error instanceof AppError && error.headers) reply.headers(error.headers);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ problem: problem.type, detail: problem.detail }, 'request refused');
    return sendProblem(reply, problem);
  });
}

export default fp(errorsPlugin, { name: 'errors' });
