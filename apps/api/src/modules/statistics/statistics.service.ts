// Public statistics of the registry, cached per catalogue version like the catalogue itself
// (database triggers bump the version on every change of practices and adoptions).
import { type Statistics, StatisticsSchema, type StatisticsTable } from '@registry/contracts/statistics';
import type { Pool } from 'pg';
import type { CachedJson, CatalogueCache } from '../../lib/catalogue-cache';
import { type CsvValue, toCsv } from './csv';
import { readStatistics } from './statistics.repository';

export interface StatisticsDeps {
  pool: Pool;
  cache: CatalogueCache;
}

const russian = new Intl.Collator('ru');

async function buildStatistics(pool: Pool): Promise<Statistics> {
  const { districts, regions, flows, topPractices } = await readStatistics(pool);
  const districtOrder = new Map(districts.map((d, index) => [d.shortRu, index]));
  regions.sort(
    (a, b) =>
      (districtOrder.get(a.districtShortRu) ?? 0) - (districtOrder.get(b.districtShortRu) ?? 0) ||
      russian.compare(a.nameRu, b.nameRu),
  );
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return StatisticsSchema.parse({
    totals: {
      practices: sum(districts.map((d) => d.practices)),
      recommended: sum(districts.map((d) => d.recommended)),
      adoptions: sum(flows.map((f) => f.count)),
      adoptingRegions: regions.filter((r) => r.adopting > 0).length,
    },
    districts,
    regions,
    flows,
    topPractices,
  });
}

/** GET /api/statistics as cached JSON bytes. */
export function getStatisticsJson({ pool, cache }: StatisticsDeps): Promise<CachedJson> {
  return cache.getOrCreate('statistics', async () => JSON.stringify(await buildStatistics(pool)));
}

const tables: Record<StatisticsTable, (s: Statistics) => { header: string[]; rows: CsvValue[][] }> = {
  districts: (s) => ({
    header: ['Код округа', 'Федеральный округ', 'Сокращение', 'Практик', 'Рекомендовано'],
    rows: s.districts.map((d) => [d.code, d.nameRu, d.shortRu, d.practices, d.recommended]),
  }),
  regions: (s) => ({
    header: [
      'Код региона',
      'Регион',
      'Округ',
      'Практик',
      'Рекомендовано',
      'Внедряет практик',
      'Практики региона внедрены',
    ],
    rows: s.regions.map((r) => [
      r.code,
      r.nameRu,
      r.districtShortRu,
      r.practices,
      r.recommended,
      r.adopting,
      r.adoptedElsewhere,
    ]),
  }),
  flows: (s) => ({
    header: [
      'Код региона практики',
      'Регион практики',
      'Код внедряющего региона',
      'Внедряющий регион',
      'Внедрений',
    ],
    rows: s.flows.map((f) => [f.sourceCode, f.sourceName, f.targetCode, f.targetName, f.count]),
  }),
  'top-practices': (s) => ({
    header: ['Практика', 'Адрес', 'Код региона', 'Регион', 'Регионов внедряют'],
    rows: s.topPractices.map((p) => [p.title, p.slug, p.regionCode, p.regionName, p.adoptions]),
  }),
};

/** GET /api/statistics/<table>.csv as cached bytes (UTF-8 with a BOM). */
export async function getStatisticsCsv(deps: StatisticsDeps, table: StatisticsTable): Promise<Buffer> {
  const cached = await deps.cache.getOrCreate(`statistics.csv.${table}`, async () => {
    const statistics = JSON.parse((await getStatisticsJson(deps)).raw.toString('utf8')) as Statistics;
    const { header, rows } = tables[table](statistics);
    return toCsv(header, rows);
  });
  return cached.raw;
}
