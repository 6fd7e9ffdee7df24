import { formatCount, pluralRu } from '../../lib/format';

// Russian strings of the themes feature, in one place for a future English locale.
export const themesMessages = {
  caption: 'Тема',
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
