// Russian text of the printed passport. Section titles and field labels come from the contracts'
// passportLabels, which the passport page uses too.
import { passportLabels } from '@registry/contracts/passport-labels';

export const pdfMessages = {
  ...passportLabels,
  caption: 'Паспорт практики',
  demoNotice:
    'Демонстрационные данные: запись составлена по открытым публикациям, чтобы показать, как работает реестр. Это не официальный паспорт практики.',
  recommended: 'Рекомендована к тиражированию',
  indicatorColumns: ['Показатель', 'Ед. изм.', 'Было', 'Стало', 'Год'] as const,
  linksTitle: 'Ссылки',
  period: (start: number, end: number | null) =>
    end === null
      ? `с ${start} года по настоящее время`
      : start === end
        ? `${start} год`
        : `${start}–${end} годы`,
  page: (n: number, of: number) => `Стр. ${n} из ${of}`,
  source: (url: string) => `Реестр лучших практик · ${url}`,
  fileName: (title: string) => `Паспорт практики — ${title}.pdf`,
};
