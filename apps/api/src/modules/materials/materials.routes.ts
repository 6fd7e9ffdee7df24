import multipart from '@fastify/multipart';
import {
  MATERIAL_MAX_BYTES,
  MaterialFieldsSchema,
  MaterialParamsSchema,
  PracticeMaterialsSchema,
  StaffMaterialSchema,
  StaffMaterialsSchema,
  SubmissionMaterialParamsSchema,
} from '@registry/contracts/materials';
import { PracticeParamsSchema } from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import { SubmissionParamsSchema } from '@registry/contracts/submissions';
import transliterate from '@sindresorhus/transliterate';
import contentDisposition from 'content-disposition';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleOptions } from '../../lib/api-module';
import { AppError } from '../../lib/app-error';
import { requireUser, toActor } from '../auth';
import {
  addMaterial,
  deleteMaterial,
  fileTooLarge,
  listPublicMaterials,
  listStaffMaterials,
  materialForDownload,
  type Upload,
} from './materials.service';
import { createMaterialStorage } from './materials.storage';

const errors = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/** The multipart form: text fields `title` and `kind`, and one part `file`. */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      status: 415,
      detail: 'Отправьте файл как multipart/form-data: поля title, kind и file',
    });
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | undefined;
  let fileName = '';
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      } else if (part.fieldname === 'file' && !file) {
        fileName = part.filename;
        file = { fileName, bytes: await part.toBuffer() };
      } else {
        part.file.resume();
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(fileName);
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('FST_')) {
      throw new AppError('INVALID_UPLOAD', {
        status: 400,
        detail: 'Форма с файлом не разобрана: отправьте один файл и поля title и kind',
      });
    }
    throw error;
  }
  if (!file) {
    throw new AppError('VALIDATION_ERROR', {
      status: 400,
      detail: 'Выберите файл',
      errors: [{ field: 'body.file', message: 'Выберите файл' }],
    });
  }
  const parsed = MaterialFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors = parsed.error.issues.map((issue) => ({
      field: `body.${issue.path.join('.')}`,
      message: issue.message,
    }));
    throw new AppError('VALIDATION_ERROR', {
      status: 400,
      detail: `Файл «${file.fileName}» не принят: проверьте поля ${fieldErrors.map((e) => e.field).join(', ')}`,
      errors: fieldErrors,
    });
  }
  return { fileName: file.fileName, bytes: file.bytes, fields: parsed.data };
}

/**
 * `attachment; filename="<ASCII>"; filename*=UTF-8''<the name>` (RFC 6266, RFC 5987): browsers
 * take the exact Russian name from filename*, old clients a transliterated ASCII one.
 */
export const attachmentHeader = (fileName: string) =>
  contentDisposition(fileName, {
    type: 'attachment',
    fallback: transliterate(fileName)
      .replaceAll(/[^\x20-\x7e]/g, '_')
      .replaceAll('"', "'"),
  });

export const materialsRoutes: FastifyPluginAsyncZod<ModuleOptions> = async (app, options) => {
  const prisma = () => app.db.prisma;
  const storage = createMaterialStorage(options.materialsS3, app.log);
  // Only this module's routes take multipart bodies (the request-body plugin takes only JSON
  // everywhere else). preservePath keeps a name like «../a.pdf» as sent, so it can be refused.
  await app.register(multipart, {
    preservePath: true,
    limits: { fileSize: MATERIAL_MAX_BYTES, files: 1, fields: 4, fieldSize: 2000, parts: 6, headerPairs: 20 },
  });

  app.get(
    '/practices/:slug/materials',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['materials'],
        operationId: 'listPracticeMaterials',
        summary: 'Methodical materials of a public practice',
        description: 'Files attached to a published passport, with their format and size, for download.',
        params: PracticeParamsSchema,
        response: { 200: PracticeMaterialsSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    (request) => listPublicMaterials(prisma(), request.params.slug),
  );

  app.get(
    '/materials/:id/file',
    {
      schema: {
        tags: ['materials'],
        operationId: 'downloadMaterial',
        summary: 'Download a material (streamed)',
        description:
          'The file as uploaded, streamed from the store, with its media type, `X-Content-Type-Options: nosniff` and a `Content-Disposition: attachment` carrying the Russian name (RFC 6266, RFC 5987 `filename*`). Anyone may download the current materials of a public passport; staff who may see the practice also its draft and removed files. A file kept in the S3-compatible object store while that store is unavailable is a 503 problem.',
        produces: ['application/octet-stream'],
        params: MaterialParamsSchema,
        response: {
          200: z.any().describe('The file'),
          400: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = request.session ? toActor(request.session.user) : null;
      const material = await materialForDownload(prisma(), actor, request.params.id);
      // Opened before any header is sent: a store that is down answers a 503 problem.
      const body = await storage.stream(prisma(), material);
      return reply
        .type(material.mediaType)
        .header('content-length', material.sizeBytes)
        .header('content-disposition', attachmentHeader(material.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(body);
    },
  );

  app.get(
    '/submissions/:id/materials',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['materials'],
        operationId: 'listSubmissionMaterials',
        summary: "A practice's materials for its editors",
        description:
          'Current materials and removed ones that kept versions of the published passport still list, with the numbers of those versions. Whoever may see the practice may read this; `canEdit` says whether the caller may add and remove files.',
        params: SubmissionParamsSchema,
        response: { 200: StaffMaterialsSchema, ...errors },
      },
    },
    async (request) => listStaffMaterials(prisma(), await requireUser(request), request.params.id),
  );

  app.post(
    '/submissions/:id/materials',
    {
      config: { access: ['coordinator', 'admin'] },
      schema: {
        tags: ['materials'],
        operationId: 'addSubmissionMaterial',
        summary: 'Attach a file to a passport (multipart/form-data)',
        description:
          'Fields `title` (up to 200 characters) and `kind` (guide, programme, presentation, form, report, other), then one part `file` (up to 25 MB; up to 20 files per practice). The format is read from the content: PDF, DOC/DOCX, XLS/XLSX, PPT/PPTX, ODT/ODS/ODP, PNG, JPEG, GIF, WebP; the name must end as the content is. Programs, unknown formats and names with path separators or control characters are refused with a problem naming the file, and nothing is stored. With the S3-compatible store configured (MATERIALS_S3_*), a store that is unavailable is a 503 problem, and nothing is stored either.',
        consumes: ['multipart/form-data'],
        params: SubmissionParamsSchema,
        response: {
          201: StaffMaterialSchema,
          ...errors,
          413: ProblemSchema,
          415: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireUser(request);
      const upload = await readUpload(request);
      return reply.code(201).send(await addMaterial(prisma(), storage, actor, request.params.id, upload));
    },
  );

  app.delete(
    '/submissions/:id/materials/:materialId',
    {
      config: { access: ['coordinator', 'admin'] },
      schema: {
        tags: ['materials'],
        operationId: 'removeSubmissionMaterial',
        summary: 'Remove a file from a passport',
        description:
          'The file leaves the passport; when a kept version of the published passport lists it, its bytes are kept for that version.',
        params: SubmissionMaterialParamsSchema,
        response: { 204: z.null().describe('Removed'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteMaterial(
        prisma(),
        storage,
        await requireUser(request),
        request.params.id,
        request.params.materialId,
      );
      return reply.code(204).send(null);
    },
  );
};
