import { passportLabels } from '@registry/contracts/passport-labels';
import { formatCount, pluralRu } from '../../lib/format';

const practices = (count: number) =>
  `${formatCount(count)} ${pluralRu(count, ['практика', 'практики', 'практик'])}`;

// Russian strings of the practices feature (catalogue, cards, passport), ready for an English locale.
export const practicesMessages = {
  catalogueTitle: 'Каталог практик',
  catalogueLead:
    'Социальные практики поддержки семей и детей, которыми делятся регионы. Найдите практику по теме, региону или уровню доказанности.',
  catalogueLoading: 'Загружаем практики…',
  searchLabel: 'Поиск по практикам',
  searchHint: 'Название, описание, организация или регион',
  searchSubmit: 'Найти',
  filtersTitle: 'Фильтры',
  filtersToggle: (count: number) => (count > 0 ? `Фильтры (${count})` : 'Фильтры'),
  filtersShowResults: (total: number) => `Показать ${practices(total)}`,
  facetCountHidden: 'практик:',
  facetShowAll: (count: number) => `Показать все (${count})`,
  facetShowFewer: 'Свернуть список',
  themesLegend: 'Темы',
  locationLegend: 'Федеральный округ и регион',
  locationHint:
    'Стрелка открывает регионы округа. Подходят практики из любого выбранного округа или региона; число у региона за пределами выбранного округа — сколько практик будет найдено, если отметить и его.',
  regionsOf: (district: string) => `Регионы: ${district}`,
  targetGroupsLegend: 'Целевые группы',
  evidenceLegend: 'Уровень доказанности',
  evidenceHelp: 'Что означают уровни',
  statusLegend: 'Статус',
  recommendedLegend: 'Экспертная оценка',
  recommendedOption: 'Рекомендованные к тиражированию',
  yearsLegend: 'Год начала реализации',
  yearFrom: 'с',
  yearTo: 'по',
  yearAny: 'любой',
  internshipLegend: 'Стажировка',
  internshipOption: 'Можно пройти стажировку',
  nominationLegend: 'Номинации конкурсов',
  awardLegend: 'Награды конкурсов',
  chipAward: (award: 'winner' | 'finalist' | 'any') =>
    award === 'any' ? 'Победители и призёры' : award === 'winner' ? 'Победители' : 'Призёры',
  activeFiltersLabel: 'Выбранные фильтры',
  droppedFilters: (list: string) =>
    `В адресе были значения фильтров, которых нет в справочниках: ${list}. Они убраны из адреса, результаты показаны без них.`,
  droppedFilter: (legend: string, value: string) => `${legend} «${value}»`,
  removeFilter: (label: string) => `Убрать фильтр: ${label}`,
  chipQuery: (q: string) => `Поиск: «${q}»`,
  chipYearFrom: (year: number) => `с ${year} года`,
  chipYearTo: (year: number) => `по ${year} год`,
  resetAll: 'Сбросить все',
  found: (count: number) => `${pluralRu(count, ['Найдена', 'Найдено', 'Найдено'])} ${practices(count)}`,
  resultsTitle: 'Результаты',
  sortLabel: 'Сортировка',
  sortOptions: {
    relevance: 'По релевантности',
    newest: 'Сначала новые',
    title: 'По названию',
    evidence: 'По уровню доказанности',
  },
  suggestionLead: 'Возможно, вы имели в виду',
  expandedLead: 'Поиск учёл словарь терминов:',
  expandedItem: (typed: string) => `«${typed}» — также`,
  emptyTitle: 'Ничего не найдено',
  downloadSelection: 'Скачать выборку:',
  downloadSelectionAs: (format: string, total: number | undefined) =>
    `Скачать выборку${total === undefined ? '' : ` (${practices(total)})`} в формате ${format}`,
  emptyHint: 'Попробуйте изменить запрос или убрать часть фильтров.',
  emptyReset: 'Сбросить все фильтры',
  badFiltersTitle: 'Не удалось применить фильтры',
  badFiltersText: 'Возможно, ссылка устарела и называет то, чего в реестре уже нет.',
  feedEmpty: 'Практик пока нет',
  showMore: 'Показать ещё',
  loadingMore: 'Загружаем ещё…',
  shownOf: (shown: number, total: number) => `Показано ${formatCount(shown)} из ${formatCount(total)}`,
  // Card
  evidenceLabel: 'Уровень доказанности',
  periodLabel: 'Период',
  themesLabel: 'Темы',
  demoTag: 'Демонстрационные данные',
  internshipTag: 'Можно пройти стажировку',
  since: (year: number) => `с ${year} года`,
  sinceOngoing: (year: number) => `с ${year} года, реализуется по настоящее время`,
  singleYear: (year: number) => `${year} год`,
};

export const passportMessages = {
  ...passportLabels,
  caption: 'Практика',
  pdfDownload: 'Скачать паспорт (PDF)',
  pdfHint: 'Файл PDF для печати и отправки',
  similarLoading: 'Загружаем похожие практики…',
  demoNoticeTitle: 'Демонстрационные данные',
  reviewTitle: 'Рекомендована к тиражированию',
  demoNotice:
    'Эта запись составлена по открытым публикациям, чтобы показать, как работает реестр. Это не официальный паспорт практики: уточняйте сведения у организации.',
  contentsTitle: 'Содержание',
  indicatorsCaption: 'Показатели результатов',
  linksTitle: 'Ссылки и источники',
  similarTitle: 'Похожие практики',
  similarEmpty: 'Похожих практик пока нет.',
  notFoundTitle: 'Практика не найдена',
  notFoundText:
    'Такой практики нет в реестре или она ещё не опубликована. Проверьте адрес или найдите практику в каталоге.',
  toCatalogue: 'Перейти в каталог',
};
