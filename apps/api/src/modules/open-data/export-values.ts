// The value of every export column, in one place: typed by the contract's column keys, so a column
// added to PRACTICE_COLUMNS or SECTION_COLUMNS without a value here does not compile.
import {
  PRACTICE_COLUMNS,
  type PracticeColumnKey,
  type SECTION_COLUMNS,
  type SectionName,
} from '@registry/contracts/open-data';
import type { ExportRow } from './open-data.repository';

/** A typed cell: CSV writes it as text, XLSX as a number, boolean or date cell, JSON as is. */
export type Cell = string | number | boolean | Date | string[] | null;

export type Record_ = Record<string, Cell>;

const PRACTICE_VALUES: { [K in PracticeColumnKey]: (row: ExportRow, baseUrl: string) => Cell } = {
  url: (row, baseUrl) => `${baseUrl}/practices/${row.slug}`,
  slug: (row) => row.slug,
  title: (row) => row.title,
  summary: (row) => row.summary,
  status: (row) => row.status,
  regionCode: (row) => row.region_code,
  regionName: (row) => row.region_name,
  organisationName: (row) => row.organisation_name,
  organisationType: (row) => row.organisation_type,
  themes: (row) => row.themes.map((theme) => theme.code),
  targetGroups: (row) => row.target_groups.map((group) => group.code),
  evidenceLevel: (row) => row.evidence_level_code,
  replicationReadiness: (row) => row.replication_readiness,
  costBand: (row) => row.cost_band,
  startYear: (row) => row.start_year,
  endYear: (row) => row.end_year,
  canHostInternship: (row) => row.can_host_internship,
  offersTraining: (row) => row.offers_training,
  hasMethodicalMaterials: (row) => row.has_methodical_materials,
  problem: (row) => row.problem,
  goals: (row) => row.goals,
  methods: (row) => row.methods,
  resultsNarrative: (row) => row.results_narrative,
  resourcesStaff: (row) => row.resources_staff,
  resourcesBudget: (row) => row.resources_budget,
  resourcesDuration: (row) => row.resources_duration,
  partners: (row) => row.partners,
  recommendedAt: (row) => row.recommended_at,
  updatedAt: (row) => row.updated_at,
  isDemo: (row) => row.is_demo,
};

/** The main table's record of a practice, keys in column order. */
export function practiceRecord(row: ExportRow, baseUrl: string): Record_ {
  const record: Record_ = {};
  for (const column of PRACTICE_COLUMNS) record[column.key] = PRACTICE_VALUES[column.key](row, baseUrl);
  return record;
}

type SectionKeys<S extends SectionName> = (typeof SECTION_COLUMNS)[S][number]['key'];

/** The rows each repeated section has for one practice (one per theme, indicator, link…). */
const SECTION_ROWS: { [S in SectionName]: (row: ExportRow) => Record<SectionKeys<S>, Cell>[] } = {
  themes: (row) => row.themes.map((t) => ({ slug: row.slug, code: t.code, nameRu: t.nameRu })),
  targetGroups: (row) => row.target_groups.map((g) => ({ slug: row.slug, code: g.code, nameRu: g.nameRu })),
  indicators: (row) =>
    row.indicators.map((i) => ({
      slug: row.slug,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      achieved: i.achieved,
      year: i.year,
    })),
  links: (row) => row.links.map((l) => ({ slug: row.slug, title: l.title, url: l.url })),
};

export function sectionRecords(section: SectionName, row: ExportRow): Record_[] {
  return SECTION_ROWS[section](row);
}

/** In JSON a practice carries its indicators and links (themes and groups are already in it). */
export const JSON_SECTIONS = ['indicators', 'links'] as const satisfies readonly SectionName[];
