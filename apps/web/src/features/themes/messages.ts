import { formatCount, pluralRu } from '../../lib/format';

// Russian strings of the themes feature, in one place for a future English locale.
export const themesMessages = {
  caption: 'Тема',
  listTitle: 'Темы практик',
  listLead:
    'Практики сгруппированы по задачам, которые они решают. Выберите тему, чтобы увидеть её практики.',
  listLoading: 'Загрузка тем…',
  metaDescription: (name: string, count: number) =>
    count === 0
      ? `Тема «${name}» в реестре лучших практик регионов России.`
      : `Практики регионов России по теме «${name}»: ${themesMessages.practiceCount(count).toLowerCase()} с паспортами, результатами и контактами.`,
  practiceCount: (count: number) =>
    count === 0
      ? 'Пока нет практик'
      : `${formatCount(count)} ${pluralRu(count, ['практика', 'практики', 'практик'])}`,
  practicesTitle: 'Практики по теме',
  practicesEmpty: 'По этой теме практик пока нет',
  practicesEmptyHint: 'Когда регионы опубликуют практики по этой теме, они появятся здесь.',
  openInCatalogue: 'Открыть в каталоге с фильтрами',
  notFoundTitle: 'Тема не найдена',
  notFoundText: (code: string) =>
    `В справочнике нет темы «${code}». Проверьте адрес или выберите тему на главной странице.`,
  toHome: 'Все темы на главной',
};
