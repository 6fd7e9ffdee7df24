// The tile map's figures and "where help is missing": for a theme or a target group, which
// regions have no public practice, which have one, which have a recommended one — and, for
// each region without a recommended one, the nearest regions that have one (great-circle
// distance between capitals). Public, cached per catalogue version like the statistics.
import {
  type Coverage,
  type CoverageQuery,
  CoverageSchema,
  type CoverageStatus,
  RegionFiguresListSchema,
} from '@registry/contracts/map';
import { loadRegionCapitals } from '@registry/db/seed/reference-data';
import type { Pool } from 'pg';
import { AppError } from '../../lib/app-error';
import type { CachedJson, CatalogueCache } from '../../lib/catalogue-cache';
import { toCsv } from '../statistics';
import { nearest, type Place } from './geo';
import { type CoverageKind, readCoverage, readRegionFigures, readSubjectName } from './map.repository';

export interface MapDeps {
  pool: Pool;
  cache: CatalogueCache;
}

/** How many nearby regions with a recommended practice a region without one is shown. */
export const NEAREST_COUNT = 3;

let capitals: Map<string, Place> | null = null;
function capitalOf(code: string): Place {
  capitals ??= new Map(loadRegionCapitals().map((c) => [c.code, c]));
  const place = capitals.get(code);
  if (!place) throw new Error(`prisma/seed/region-capitals.json has no capital for region ${code}`);
  return place;
}

/** GET /api/map/regions as cached JSON bytes. */
export function getRegionFiguresJson({ pool, cache }: MapDeps): Promise<CachedJson> {
  return cache.getOrCreate('map.regions', async () =>
    JSON.stringify(RegionFiguresListSchema.parse({ regions: await readRegionFigures(pool) })),
  );
}

function subjectOf(query: CoverageQuery): { kind: CoverageKind; code: string } {
  if (query.theme) return { kind: 'theme', code: query.theme };
  if (query.targetGroup) return { kind: 'targetGroup', code: query.targetGroup };
  // The query schema already refuses this; kept so the type is narrowed without a cast.
  throw new AppError('COVERAGE_SUBJECT_MISSING', {
    status: 400,
    detail: 'Выберите тему или целевую группу',
    errors: [{ field: 'query.theme', message: 'Выберите тему или целевую группу' }],
  });
}

async function buildCoverage(pool: Pool, query: CoverageQuery): Promise<Coverage> {
  const { kind, code } = subjectOf(query);
  const nameRu = await readSubjectName(pool, kind, code);
  if (nameRu === null) {
    throw new AppError('UNKNOWN_FILTER_VALUE', {
      status: 400,
      detail: `Неизвестные значения фильтров: query.${kind}`,
      errors: [{ field: `query.${kind}`, message: `Неизвестный код «${code}»` }],
    });
  }
  const rows = await readCoverage(pool, kind, code);
  const withRecommended = rows
    .filter((r) => r.recommended > 0)
    .map((r) => ({ ...capitalOf(r.code), nameRu: r.nameRu, recommended: r.recommended }));
  const statusOf = (r: { practices: number; recommended: number }): CoverageStatus =>
    r.recommended > 0 ? 'recommended' : r.practices > 0 ? 'published' : 'none';
  const regions = rows.map((r) => ({
    ...r,
    status: statusOf(r),
    nearest:
      r.recommended > 0
        ? []
        : nearest(capitalOf(r.code), withRecommended, NEAREST_COUNT).map(({ place, km }) => ({
            code: place.code,
            nameRu: place.nameRu,
            distanceKm: Math.round(km),
            recommended: place.recommended,
          })),
  }));
  const count = (status: CoverageStatus) => regions.filter((r) => r.status === status).length;
  return CoverageSchema.parse({
    subject: { kind, code, nameRu },
    totals: { none: count('none'), published: count('published'), recommended: count('recommended') },
    regions,
  });
}

const cacheKey = (query: CoverageQuery) => `map.coverage.${query.theme ?? ''}.${query.targetGroup ?? ''}`;

/** GET /api/map/coverage as cached JSON bytes; an unknown code is a 400 naming the parameter. */
export function getCoverageJson({ pool, cache }: MapDeps, query: CoverageQuery): Promise<CachedJson> {
  return cache.getOrCreate(cacheKey(query), async () => JSON.stringify(await buildCoverage(pool, query)));
}

const STATUS_RU: Record<CoverageStatus, string> = {
  none: 'Нет открытой практики',
  published: 'Есть практика',
  recommended: 'Есть рекомендованная практика',
};

/** GET /api/map/coverage.csv: the same table, UTF-8 with a BOM, formula-safe. */
export async function getCoverageCsv(deps: MapDeps, query: CoverageQuery): Promise<Buffer> {
  const coverage = JSON.parse((await getCoverageJson(deps, query)).raw.toString('utf8')) as Coverage;
  const header = [
    'Код региона',
    'Регион',
    coverage.subject.kind === 'theme' ? 'Тема' : 'Целевая группа',
    'Состояние',
    'Открытых практик',
    'Рекомендовано',
    'Ближайшие регионы с рекомендованной практикой',
  ];
  const rows = coverage.regions.map((r) => [
    r.code,
    r.nameRu,
    coverage.subject.nameRu,
    STATUS_RU[r.status],
    r.practices,
    r.recommended,
    r.nearest.map((n) => `${n.nameRu} (${n.distanceKm} км)`).join('; '),
  ]);
  return Buffer.from(toCsv(header, rows), 'utf8');
}
