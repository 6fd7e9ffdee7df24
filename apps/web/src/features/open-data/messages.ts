import type { ColumnType, OpenDataFormat } from '@registry/contracts/open-data';
import { pluralRu } from '../../lib/format';

export const openDataMessages = {
  title: 'Открытые данные',
  lead: 'Все опубликованные практики реестра можно скачать целиком и использовать в своих системах, исследованиях и отчётах. Состав полей ниже; выборку по фильтрам можно скачать со страницы каталога.',
  loading: 'Загружаем описание данных…',
  aboutTitle: 'О наборе данных',
  licence: 'Лицензия',
  licenceNote:
    'Можно копировать, изменять и использовать в любых целях, в том числе коммерческих, с указанием источника: «Реестр лучших практик».',
  updated: 'Данные обновлены',
  updatedNever: 'пока нет опубликованных практик',
  count: (n: number) => pluralRu(n, ['практика', 'практики', 'практик']),
  practiceCount: 'Опубликовано',
  personalData:
    'Контакты команд практик в наборы не входят: это персональные данные. Их можно найти на страницах практик.',
  downloadTitle: 'Скачать весь каталог',
  formats: {
    csv: 'CSV — таблица, UTF-8 с BOM, разделитель запятая',
    xlsx: 'XLSX — книга Excel: лист «Практики» и по листу на темы, целевые группы, показатели и ссылки',
    json: 'JSON — массив практик с показателями и ссылками',
  } satisfies Record<OpenDataFormat, string>,
  selectionHint: 'Нужна часть каталога? Отберите практики в каталоге и нажмите «Скачать выборку».',
  toCatalogue: 'Перейти в каталог',
  apiTitle: 'API и ленты',
  apiText: 'Для разработчиков: описание API в формате OpenAPI 3.1 и его интерактивная документация.',
  openApiJson: 'OpenAPI (JSON)',
  apiDocs: 'Документация API',
  feedsText:
    'Ленты RSS и Atom о новых и рекомендованных практиках есть также для каждой темы и каждого региона — ссылки на их страницах.',
  dictionaryTitle: 'Состав полей',
  dictionaryLead:
    'В CSV заголовки столбцов — ключи полей, в XLSX — их названия. Даты и время — ISO 8601 в UTC; логические значения — true и false; несколько кодов в одной ячейке разделены «; ».',
  mainTable: 'Практики (CSV, лист «Практики», объекты JSON)',
  section: (title: string) => `Лист «${title}»`,
  sectionNote: 'Связан с практикой по коду практики (slug).',
  columns: {
    key: 'Ключ',
    title: 'Название',
    type: 'Тип',
    description: 'Описание',
    allowed: 'Допустимые значения',
  },
  types: {
    string: 'строка',
    integer: 'целое число',
    number: 'число',
    boolean: 'логическое',
    datetime: 'дата и время',
    url: 'адрес (URL)',
    code: 'код',
    codes: 'список кодов',
  } satisfies Record<ColumnType, string>,
  nullable: 'может быть пустым',
  anyValue: 'любое значение',
  showValues: (n: number) => `Показать ${n} ${pluralRu(n, ['значение', 'значения', 'значений'])}`,
};
