import type { CoverageStatus, MapMetric } from '@registry/contracts/map';
import { formatCount, pluralRu } from '../../lib/format';

const practices = (n: number) => `${formatCount(n)} ${pluralRu(n, ['практика', 'практики', 'практик'])}`;
const recommended = (n: number) =>
  `${formatCount(n)} ${pluralRu(n, ['рекомендованная практика', 'рекомендованные практики', 'рекомендованных практик'])}`;
const adoptions = (n: number) => `${formatCount(n)} ${pluralRu(n, ['внедрение', 'внедрения', 'внедрений'])}`;

// Russian strings of the map feature, in one place for a future English locale.
export const mapMessages = {
  figuresTitle: 'Карта регионов',
  figuresLead:
    'Каждая клетка — субъект Российской Федерации; клетки расположены примерно как на карте страны.',
  metricLabel: 'Показатель',
  metrics: {
    practices: 'Практики',
    recommended: 'Рекомендованные',
    adoptions: 'Внедрения',
  } satisfies Record<MapMetric, string>,
  metricCaption: {
    practices: 'Открытые практики регионов (опубликованные и рекомендованные)',
    recommended: 'Рекомендованные практики регионов',
    adoptions: 'Внедрения регионами практик из реестра',
  } satisfies Record<MapMetric, string>,
  valueOf: {
    practices,
    recommended,
    adoptions,
  } satisfies Record<MapMetric, (n: number) => string>,
  mapLabel: (what: string) => `Карта: ${what}`,
  legendTitle: 'Легенда',
  legendZero: '0',
  legendRange: (from: number, to: number) =>
    from === to ? formatCount(from) : `${formatCount(from)}–${formatCount(to)}`,
  tableSummary: 'Те же данные таблицей',
  colRegion: 'Регион',
  colPractices: 'Практик',
  colRecommended: 'Рекомендовано',
  colAdoptions: 'Внедрений',
  loading: 'Загружаем карту…',
  scrollHint: 'Карту можно прокрутить в сторону.',

  coverageTitle: 'Где не хватает практик',
  coverageLead:
    'Выберите тему или целевую группу: карта покажет, в каких регионах нет открытой практики, где она есть и где есть рекомендованная, — и для каждого региона без рекомендованной практики ближайшие регионы, у которых можно её перенять.',
  chooserLegend: 'Что показать',
  chooseTheme: 'Тема',
  chooseTargetGroup: 'Целевая группа',
  chooseNone: '— не выбрана —',
  chooseSubmit: 'Показать',
  chooseFirst: 'Выберите тему или целевую группу, чтобы увидеть карту.',
  unknownValue: (what: string, value: string) =>
    `${what} «${value}» не найдена в справочнике, поэтому она убрана из адреса. Выберите значение из списка.`,
  coverageFor: (name: string) => `Покрытие: ${name}`,
  status: {
    none: 'Нет открытой практики',
    published: 'Есть практика',
    recommended: 'Есть рекомендованная практика',
  } satisfies Record<CoverageStatus, string>,
  statusMark: { none: '○', published: '◐', recommended: '●' } satisfies Record<CoverageStatus, string>,
  statusCount: (n: number) => `${formatCount(n)} ${pluralRu(n, ['регион', 'региона', 'регионов'])}`,
  colStatus: 'Состояние',
  colNearest: 'Ближайшие регионы с рекомендованной практикой',
  nearestNone: 'Рекомендованных практик пока нет ни в одном регионе',
  nearestItem: (km: number) => `${formatCount(km)} км`,
  nearestPractices: (n: number) => recommended(n),
  tableCaption: (name: string) => `Регионы и практики: ${name}`,
  downloadCsv: 'Скачать таблицу (CSV)',
  downloadCsvOf: (name: string) => `Скачать таблицу «${name}» в формате CSV`,
  coverageLoading: 'Загружаем покрытие…',
  seeCoverage: 'Где не хватает практик по теме или целевой группе',
};
