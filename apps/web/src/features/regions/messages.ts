import { formatCount, pluralRu } from '../../lib/format';

// Russian strings of the regions feature, in one place for a future English locale.
export const regionsMessages = {
  listTitle: 'Регионы',
  listLead:
    'Субъекты Российской Федерации по федеральным округам. Выберите регион, чтобы посмотреть его практики.',
  metaDescription: (name: string, count: number) =>
    count === 0
      ? `${name}: региональная страница реестра лучших практик поддержки семей и детей.`
      : `${name}: ${regionsMessages.practiceCount(count)} поддержки семей и детей — паспорта, результаты, контакты и внедрения в других регионах.`,
  listLoading: 'Загружаем список регионов…',
  regionCount: (count: number) => `${count} ${pluralRu(count, ['регион', 'региона', 'регионов'])}`,
  practiceCountShort: (count: number) =>
    count === 0
      ? 'нет практик'
      : `${formatCount(count)} ${pluralRu(count, ['практика', 'практики', 'практик'])}`,
  filterLabel: 'Федеральный округ',
  filterAll: 'Все федеральные округа',
  filterSubmit: 'Показать',
  filterReset: 'Показать все регионы',
  unknownDistrict: 'Такого федерального округа нет. Выберите округ из списка.',
  districtLabel: 'Федеральный округ',
  codeLabel: 'Код региона',
  regionCaption: 'Регион',
  practicesTitle: 'Практики региона',
  practicesEmpty: 'Практики этого региона пока не опубликованы',
  practicesEmptyHint: 'Когда региональная команда опубликует свои практики, они появятся здесь.',
  practicesInCatalogue: 'Открыть в каталоге с фильтрами',
  practiceCount: (count: number) =>
    `${formatCount(count)} ${pluralRu(count, ['опубликованная практика', 'опубликованные практики', 'опубликованных практик'])}`,
  notFoundTitle: 'Регион не найден',
  notFoundText: (code: string) =>
    `В справочнике нет региона с кодом «${code}». Код региона — две цифры, например 72. Проверьте адрес или выберите регион из списка.`,
  backToList: 'Все регионы',
};
