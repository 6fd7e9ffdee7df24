import { PracticeParamsSchema } from '@registry/contracts/practices';
import { ProblemSchema } from '@registry/contracts/problem';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { currentSlugOf } from '../practices';
import { contentDisposition, getPassportPdf, type PassportPdf } from './passport-pdf.service';
import { PdfCache } from './pdf-cache';

// Bytes go out as they are (the schema below documents them in OpenAPI).
const sendPdf = (reply: FastifyReply, pdf: PassportPdf) =>
  reply.type('application/pdf').header('content-disposition', contentDisposition(pdf)).send(pdf.bytes);

export const passportPdfRoutes: FastifyPluginAsyncZod = async (app) => {
  const pdfs = new PdfCache<PassportPdf>();
  const deps = () => ({
    pool: app.db.pool,
    cache: app.catalogueCache,
    index: app.catalogueIndex,
    cursorSecret: app.cursorSecret,
    pdfs,
  });

  app.get(
    '/practices/:slug/passport.pdf',
    {
      config: { cache: 'catalogue' },
      schema: {
        operationId: 'getPracticePassportPdf',
        tags: ['passport-pdf'],
        summary: 'The public passport of a practice as a printable PDF',
        description:
          "A4 PDF of every section of the passport, typeset in PT Sans (embedded). `Content-Disposition: attachment` names the file in Russian (`filename*=UTF-8''…`, RFC 6266/8187) with an ASCII fallback. A hidden or unknown practice is a 404 problem; a former address answers 301 with `Location` of the current PDF.",
        produces: ['application/pdf'],
        params: PracticeParamsSchema,
        response: {
          200: z.string().describe('application/pdf'),
          301: z.null().describe('Moved: `Location` is the current address'),
          400: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`;
      try {
        const pdf = await getPassportPdf(deps(), request.params.slug, origin);
        return sendPdf(reply, pdf);
      } catch (error) {
        const moved =
          error instanceof AppError && error.status === 404
            ? await currentSlugOf(app.db.pool, request.params.slug)
            : null;
        if (!moved) throw error;
        return reply.code(301).header('location', `/api/practices/${moved}/passport.pdf`).send(null);
      }
    },
  );
};
