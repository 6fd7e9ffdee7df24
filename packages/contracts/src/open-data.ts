// Open data: the one definition of the export's columns. CSV, XLSX, JSON and the field dictionary
// (GET /api/open-data/dictionary, the page «Открытые данные») are all made from these lists, so
// they cannot drift; the API maps each column key to a value in exactly one place.
import {
  COST_BANDS,
  costBandLabels,
  ORGANISATION_TYPES,
  organisationTypeLabels,
  PUBLIC_STATUSES,
  practiceStatusLabels,
  REPLICATION_READINESS,
  replicationReadinessLabels,
} from './practice-enums';
import { ReferenceCodeSchema } from './reference';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

export const OPEN_DATA_FORMATS = ['csv', 'xlsx', 'json'] as const;
export const OpenDataFormatSchema = z.enum(OPEN_DATA_FORMATS);
export type OpenDataFormat = z.infer<typeof OpenDataFormatSchema>;

/** The licence of the open data. */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.ru',
} as const;

export const COLUMN_TYPES = [
  'string',
  'integer',
  'number',
  'boolean',
  'datetime',
  'url',
  'code',
  'codes',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Where a column's allowed values come from: a fixed list here, or a reference table. */
export type AllowedValues =
  | { kind: 'enum'; labels: Record<string, string> }
  | { kind: 'reference'; reference: 'regions' | 'themes' | 'targetGroups' | 'evidenceLevels' };

export interface ColumnDefinition<K extends string = string> {
  key: K;
  /** Column heading in XLSX and on the page. */
  titleRu: string;
  type: ColumnType;
  descriptionRu: string;
  nullable?: boolean;
  allowed?: AllowedValues;
}

const pick = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  Object.fromEntries(values.map((value) => [value, labels[value]])) as Record<string, string>;

/** The main table: one row per public practice (CSV, the first XLSX sheet, JSON objects). */
export const PRACTICE_COLUMNS = [
  {
    key: 'url',
    titleRu: 'Адрес страницы',
    type: 'url',
    descriptionRu: 'Полный адрес паспорта практики в реестре',
  },
  {
    key: 'slug',
    titleRu: 'Код практики',
    type: 'string',
    descriptionRu: 'Постоянная часть адреса; связывает листы XLSX',
  },
  { key: 'title', titleRu: 'Название', type: 'string', descriptionRu: 'Название практики' },
  { key: 'summary', titleRu: 'Кратко', type: 'string', descriptionRu: 'Краткое описание, до 500 символов' },
  {
    key: 'status',
    titleRu: 'Статус',
    type: 'code',
    descriptionRu: 'Статус в реестре',
    allowed: { kind: 'enum', labels: pick(PUBLIC_STATUSES, practiceStatusLabels) },
  },
  {
    key: 'regionCode',
    titleRu: 'Код региона',
    type: 'code',
    descriptionRu: 'Субъект РФ, где реализуется практика (код субъекта, две цифры)',
    allowed: { kind: 'reference', reference: 'regions' },
  },
  { key: 'regionName', titleRu: 'Регион', type: 'string', descriptionRu: 'Название субъекта РФ' },
  {
    key: 'organisationName',
    titleRu: 'Организация',
    type: 'string',
    descriptionRu: 'Организация, реализующая практику',
  },
  {
    key: 'organisationType',
    titleRu: 'Тип организации',
    type: 'code',
    descriptionRu: 'Тип организации',
    allowed: { kind: 'enum', labels: pick(ORGANISATION_TYPES, organisationTypeLabels) },
  },
  {
    key: 'themes',
    titleRu: 'Темы',
    type: 'codes',
    descriptionRu: 'Коды тем через «; » (в XLSX — лист «Темы»)',
    allowed: { kind: 'reference', reference: 'themes' },
  },
  {
    key: 'targetGroups',
    titleRu: 'Целевые группы',
    type: 'codes',
    descriptionRu: 'Коды целевых групп через «; » (в XLSX — лист «Целевые группы»)',
    allowed: { kind: 'reference', reference: 'targetGroups' },
  },
  {
    key: 'evidenceLevel',
    titleRu: 'Уровень доказательности',
    type: 'code',
    descriptionRu: 'Уровень доказательности результатов',
    allowed: { kind: 'reference', reference: 'evidenceLevels' },
  },
  {
    key: 'replicationReadiness',
    titleRu: 'Готовность к тиражированию',
    type: 'code',
    descriptionRu: 'Насколько практика готова к переносу в другой регион',
    nullable: true,
    allowed: { kind: 'enum', labels: pick(REPLICATION_READINESS, replicationReadinessLabels) },
  },
  {
    key: 'costBand',
    titleRu: 'Затраты',
    type: 'code',
    descriptionRu: 'Примерные годовые затраты',
    nullable: true,
    allowed: { kind: 'enum', labels: pick(COST_BANDS, costBandLabels) },
  },
  {
    key: 'startYear',
    titleRu: 'Год начала',
    type: 'integer',
    descriptionRu: 'Год начала реализации',
    nullable: true,
  },
  {
    key: 'endYear',
    titleRu: 'Год окончания',
    type: 'integer',
    descriptionRu: 'Год окончания; пусто, если практика продолжается',
    nullable: true,
  },
  {
    key: 'canHostInternship',
    titleRu: 'Принимает на стажировку',
    type: 'boolean',
    descriptionRu: 'Команда готова принять стажёров из других регионов',
  },
  {
    key: 'offersTraining',
    titleRu: 'Проводит обучение',
    type: 'boolean',
    descriptionRu: 'Команда проводит обучение',
  },
  {
    key: 'hasMethodicalMaterials',
    titleRu: 'Есть методические материалы',
    type: 'boolean',
    descriptionRu: 'Есть методические материалы для тиражирования',
  },
  { key: 'problem', titleRu: 'Проблема', type: 'string', descriptionRu: 'Какую проблему решает практика' },
  { key: 'goals', titleRu: 'Цели', type: 'string', descriptionRu: 'Цели практики' },
  { key: 'methods', titleRu: 'Механизм реализации', type: 'string', descriptionRu: 'Этапы и методы' },
  {
    key: 'resultsNarrative',
    titleRu: 'Результаты',
    type: 'string',
    descriptionRu: 'Результаты в свободной форме (числа — лист «Показатели»)',
  },
  { key: 'resourcesStaff', titleRu: 'Кадры', type: 'string', descriptionRu: 'Какие специалисты нужны' },
  { key: 'resourcesBudget', titleRu: 'Бюджет', type: 'string', descriptionRu: 'Какие средства нужны' },
  {
    key: 'resourcesDuration',
    titleRu: 'Сроки внедрения',
    type: 'string',
    descriptionRu: 'Сколько времени занимает внедрение',
  },
  { key: 'partners', titleRu: 'Партнёры', type: 'string', descriptionRu: 'Партнёры практики' },
  {
    key: 'recommendedAt',
    titleRu: 'Рекомендована',
    type: 'datetime',
    descriptionRu: 'Когда эксперты рекомендовали практику к тиражированию (ISO 8601, UTC)',
    nullable: true,
  },
  {
    key: 'updatedAt',
    titleRu: 'Обновлена',
    type: 'datetime',
    descriptionRu: 'Когда паспорт последний раз изменялся (ISO 8601, UTC)',
  },
  {
    key: 'isDemo',
    titleRu: 'Демонстрационная',
    type: 'boolean',
    descriptionRu: 'Учебная запись демонстрационного стенда, не реальная практика',
  },
] as const satisfies readonly ColumnDefinition[];

export type PracticeColumnKey = (typeof PRACTICE_COLUMNS)[number]['key'];

/** Repeated sections: one XLSX sheet and one JSON array each, linked to the practice by `slug`. */
export const SECTION_COLUMNS = {
  themes: [
    { key: 'slug', titleRu: 'Код практики', type: 'string', descriptionRu: 'Практика' },
    {
      key: 'code',
      titleRu: 'Код темы',
      type: 'code',
      descriptionRu: 'Тема',
      allowed: { kind: 'reference', reference: 'themes' },
    },
    { key: 'nameRu', titleRu: 'Тема', type: 'string', descriptionRu: 'Название темы' },
  ],
  targetGroups: [
    { key: 'slug', titleRu: 'Код практики', type: 'string', descriptionRu: 'Практика' },
    {
      key: 'code',
      titleRu: 'Код группы',
      type: 'code',
      descriptionRu: 'Целевая группа',
      allowed: { kind: 'reference', reference: 'targetGroups' },
    },
    { key: 'nameRu', titleRu: 'Целевая группа', type: 'string', descriptionRu: 'Название целевой группы' },
  ],
  indicators: [
    { key: 'slug', titleRu: 'Код практики', type: 'string', descriptionRu: 'Практика' },
    { key: 'name', titleRu: 'Показатель', type: 'string', descriptionRu: 'Что измерялось' },
    { key: 'unit', titleRu: 'Единица', type: 'string', descriptionRu: 'Единица измерения' },
    {
      key: 'baseline',
      titleRu: 'Было',
      type: 'number',
      descriptionRu: 'Значение до практики',
      nullable: true,
    },
    {
      key: 'achieved',
      titleRu: 'Стало',
      type: 'number',
      descriptionRu: 'Достигнутое значение',
      nullable: true,
    },
    { key: 'year', titleRu: 'Год', type: 'integer', descriptionRu: 'Год измерения', nullable: true },
  ],
  links: [
    { key: 'slug', titleRu: 'Код практики', type: 'string', descriptionRu: 'Практика' },
    { key: 'title', titleRu: 'Название ссылки', type: 'string', descriptionRu: 'Что по ссылке' },
    { key: 'url', titleRu: 'Ссылка', type: 'url', descriptionRu: 'Адрес материала' },
  ],
} as const satisfies Record<string, readonly ColumnDefinition[]>;

export type SectionName = keyof typeof SECTION_COLUMNS;
export const SECTION_TITLES: Record<SectionName, string> = {
  themes: 'Темы',
  targetGroups: 'Целевые группы',
  indicators: 'Показатели',
  links: 'Ссылки',
};

const AllowedValueSchema = z.object({ code: z.string(), labelRu: z.string() });

/** One column of the field dictionary, with its allowed values resolved. */
export const DictionaryColumnSchema = z
  .object({
    key: z.string(),
    titleRu: z.string(),
    type: z.enum(COLUMN_TYPES),
    descriptionRu: z.string(),
    nullable: z.boolean(),
    allowedValues: z.array(AllowedValueSchema).nullable().describe('null: any value of the type'),
  })
  .meta({ id: 'DictionaryColumn' });
export type DictionaryColumn = z.infer<typeof DictionaryColumnSchema>;

/** Response of GET /api/open-data/dictionary. */
export const OpenDataDictionarySchema = z
  .object({
    licence: z.object({ name: z.string(), url: z.string() }),
    /** When the public catalogue last changed (ISO 8601); null for an empty catalogue. */
    updatedAt: z.iso.datetime().nullable(),
    practiceCount: z.number().int(),
    downloads: z.array(z.object({ format: OpenDataFormatSchema, url: z.string() })),
    openApiUrl: z.string(),
    practices: z.array(DictionaryColumnSchema),
    sections: z.array(
      z.object({ name: z.string(), titleRu: z.string(), columns: z.array(DictionaryColumnSchema) }),
    ),
  })
  .meta({ id: 'OpenDataDictionary' });
export type OpenDataDictionary = z.infer<typeof OpenDataDictionarySchema>;

/** Params of GET /api/open-data/practices.:format. */
export const OpenDataExportParamsSchema = z.object({ format: OpenDataFormatSchema });

export const FEED_KINDS = ['published', 'recommended'] as const;
export const FEED_FORMATS = ['rss', 'atom'] as const;

/** Params of GET /api/feeds/:feed: `published.rss`, `recommended.atom`… */
export const FeedParamsSchema = z.object({
  feed: z
    .string()
    .regex(
      new RegExp(`^(${FEED_KINDS.join('|')})\\.(${FEED_FORMATS.join('|')})$`),
      'Лента: published.rss, published.atom, recommended.rss или recommended.atom',
    )
    .describe('published.rss, published.atom, recommended.rss or recommended.atom'),
});

/** Query of the feeds: the whole catalogue, or one theme, or one region. */
export const FeedQuerySchema = z.object({
  theme: ReferenceCodeSchema.optional().describe('Only practices of this theme'),
  region: RegionCodeSchema.optional().describe('Only practices of this region'),
});
export type FeedQuery = z.infer<typeof FeedQuerySchema>;
