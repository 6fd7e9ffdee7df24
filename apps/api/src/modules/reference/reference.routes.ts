import { ProblemSchema } from '@registry/contracts/problem';
import {
  EvidenceLevelListSchema,
  ReferenceItemSchema,
  ReferenceListSchema,
  ThemeParamsSchema,
} from '@registry/contracts/reference';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/app-error';
import { countByEvidence, countByLink, type NamedCountRow } from './reference.repository';

const toItem = (row: NamedCountRow) => ({
  code: row.code,
  nameRu: row.name_ru,
  nameEn: row.name_en,
  practiceCount: row.count,
});

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const cached = <T>(key: string, load: () => Promise<T>) =>
    app.catalogueCache
      .getOrCreate(key, async () => JSON.stringify(await load()))
      .then((json) => JSON.parse(json.raw.toString('utf8')) as T);

  const themes = () =>
    cached('themes', async () => ({ items: (await countByLink(app.db.pool, 'themes')).map(toItem) }));

  app.get(
    '/themes',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['catalogue'],
        operationId: 'listThemes',
        description:
          'Public reference data: every theme in display order, with how many public practices carry it.',
        summary: 'Themes with the number of public practices',
        response: { 200: ReferenceListSchema },
      },
    },
    themes,
  );

  app.get(
    '/themes/:code',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['catalogue'],
        operationId: 'getTheme',
        description:
          'Public. One theme by its code with its count of public practices; 404 for an unknown code.',
        summary: 'One theme with the number of public practices',
        params: ThemeParamsSchema,
        response: { 200: ReferenceItemSchema, 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request) => {
      const theme = (await themes()).items.find((item) => item.code === request.params.code);
      if (!theme)
        throw new AppError('THEME_NOT_FOUND', {
          status: 404,
          detail: `Тема «${request.params.code}» не найдена`,
        });
      return theme;
    },
  );

  app.get(
    '/target-groups',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['catalogue'],
        operationId: 'listTargetGroups',
        description:
          'Public reference data: every target group in display order, with how many public practices carry it.',
        summary: 'Target groups with the number of public practices',
        response: { 200: ReferenceListSchema },
      },
    },
    () =>
      cached('target-groups', async () => ({
        items: (await countByLink(app.db.pool, 'target_groups')).map(toItem),
      })),
  );

  app.get(
    '/evidence-levels',
    {
      config: { cache: 'catalogue' },
      schema: {
        tags: ['catalogue'],
        operationId: 'listEvidenceLevels',
        description:
          'Public reference data: the levels of the evidence scale (rank 1 is the strongest) with their definitions and counts of public practices.',
        summary: 'The evidence scale, strongest first, with public definitions and practice counts',
        response: { 200: EvidenceLevelListSchema },
      },
    },
    () =>
      cached('evidence-levels', async () => ({
        items: (await countByEvidence(app.db.pool)).map((row) => ({
          code: row.code,
          rank: row.rank,
          nameRu: row.name_ru,
          nameEn: row.name_en,
          descriptionRu: row.description_ru,
          descriptionEn: row.description_en,
          practiceCount: row.count,
        })),
      })),
  );
};
