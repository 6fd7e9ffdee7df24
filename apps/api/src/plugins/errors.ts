// The one place where errors become HTTP: every failure leaves as RFC 9457 problem+json.
// Expected errors keep their message; anything unexpected is logged in full and answered with
// a generic 500 that reveals nothing about the internals.
import {
  type FieldError,
  PROBLEM_CONTENT_TYPE,
  type Problem,
  problemTypes,
} from '@registry/contracts/problem';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error';

const titles: Record<number, string> = {
  400: 'Некорректный запрос',
  401: 'Требуется вход',
  403: 'Доступ запрещён',
  404: 'Не найдено',
  405: 'Метод не поддерживается',
  409: 'Конфликт',
  410: 'Больше недоступно',
  413: 'Слишком большой запрос',
  415: 'Неподдерживаемый тип содержимого',
  429: 'Слишком много запросов',
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
  // Fastify's own client errors (bad JSON, body too large, wrong content type) are safe to show.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return {
      type: typeForStatus[status] ?? `/problems/http-${status}`,
      title: titles[status] ?? 'Ошибка запроса',
      status,
      detail: error.message,
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
