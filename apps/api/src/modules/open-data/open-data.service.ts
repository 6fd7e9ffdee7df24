// Open data: the export of the public catalogue (whole or a selection, in CSV, XLSX or JSON) and
// its field dictionary. Public: anyone may read what the catalogue shows, and nothing more — the
// rows come from the practices module's own answer to «which practices match» and are read with
// the public-status condition again.
import type { Readable } from 'node:stream';
import {
  type AllowedValues,
  type ColumnDefinition,
  type DictionaryColumn,
  OPEN_DATA_FORMATS,
  OPEN_DATA_LICENCE,
  type OpenDataDictionary,
  type OpenDataFormat,
  PRACTICE_COLUMNS,
  SECTION_COLUMNS,
  SECTION_TITLES,
  type SectionName,
} from '@registry/contracts/open-data';
import type { ParsedListPracticesQuery } from '@registry/contracts/practices';
import type { Pool } from 'pg';
import { type CatalogueDeps, matchingPracticeIds } from '../practices';
import { type Batches, csvStream, jsonStream, xlsxStream } from './export-writers';
import {
  findCatalogueSummary,
  findExportRows,
  findReference,
  type ReferenceName,
} from './open-data.repository';

/** Practices read per statement: big enough to be quick, small enough to bound memory. */
export const EXPORT_BATCH = 500;

const CONTENT_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export interface ExportFile {
  stream: Readable;
  contentType: string;
  filename: string;
  count: number;
}

/**
 * The practices GET /api/practices lists for `query` (all of them without filters), in its order,
 * as a file. Which ones is decided before the first byte, so a bad filter is still a 400 problem.
 */
export async function exportPractices(
  deps: CatalogueDeps,
  input: { format: OpenDataFormat; query: ParsedListPracticesQuery; baseUrl: string; now?: Date },
): Promise<ExportFile> {
  const ids = await matchingPracticeIds(deps, input.query);
  const batches: Batches = async function* () {
    for (let at = 0; at < ids.length; at += EXPORT_BATCH) {
      yield await findExportRows(deps.pool, ids.slice(at, at + EXPORT_BATCH));
    }
  };
  const now = input.now ?? new Date();
  const stream =
    input.format === 'csv'
      ? csvStream(batches, input.baseUrl)
      : input.format === 'json'
        ? jsonStream(batches, input.baseUrl, now)
        : xlsxStream(batches, input.baseUrl);
  return {
    stream,
    contentType: CONTENT_TYPES[input.format],
    filename: `practices-${now.toISOString().slice(0, 10)}.${input.format}`,
    count: ids.length,
  };
}

async function allowedValuesOf(pool: Pool, allowed: AllowedValues | undefined, cache: Map<string, unknown>) {
  if (!allowed) return null;
  if (allowed.kind === 'enum')
    return Object.entries(allowed.labels).map(([code, labelRu]) => ({ code, labelRu }));
  const name: ReferenceName = allowed.reference;
  if (!cache.has(name)) cache.set(name, await findReference(pool, name));
  return cache.get(name) as { code: string; labelRu: string }[];
}

/** GET /api/open-data/dictionary: every column with its meaning, type and allowed values. */
export async function getDictionary(pool: Pool): Promise<OpenDataDictionary> {
  const cache = new Map<string, unknown>();
  const describe = async (columns: readonly ColumnDefinition[]): Promise<DictionaryColumn[]> => {
    const described: DictionaryColumn[] = [];
    for (const column of columns) {
      described.push({
        key: column.key,
        titleRu: column.titleRu,
        type: column.type,
        descriptionRu: column.descriptionRu,
        nullable: column.nullable ?? false,
        allowedValues: await allowedValuesOf(pool, column.allowed, cache),
      });
    }
    return described;
  };
  const summary = await findCatalogueSummary(pool);
  const sections = [];
  for (const name of Object.keys(SECTION_COLUMNS) as SectionName[]) {
    sections.push({ name, titleRu: SECTION_TITLES[name], columns: await describe(SECTION_COLUMNS[name]) });
  }
  return {
    licence: { ...OPEN_DATA_LICENCE },
    updatedAt: summary.updated_at ? summary.updated_at.toISOString() : null,
    practiceCount: summary.count,
    downloads: OPEN_DATA_FORMATS.map((format) => ({ format, url: `/api/open-data/practices.${format}` })),
    openApiUrl: '/api/openapi.json',
    practices: await describe(PRACTICE_COLUMNS),
    sections,
  };
}
