import { pluralRu } from '../../lib/format';

// Russian strings of the statistics feature, in one place for a future English locale.
export const statisticsMessages = {
  title: 'Статистика реестра',
  lead: 'Сколько практик опубликовано в федеральных округах и регионах, сколько рекомендовано к тиражированию и как практики переходят из региона в регион. Каждую таблицу можно скачать в формате CSV.',
  loading: 'Считаем статистику…',
  totalsTitle: 'Главное',
  totalPractices: (n: number) =>
    pluralRu(n, ['практика в реестре', 'практики в реестре', 'практик в реестре']),
  totalRecommended: (n: number) =>
    pluralRu(n, [
      'рекомендована к тиражированию',
      'рекомендованы к тиражированию',
      'рекомендовано к тиражированию',
    ]),
  totalAdoptions: (n: number) =>
    pluralRu(n, ['внедрение в другом регионе', 'внедрения в других регионах', 'внедрений в других регионах']),
  totalAdoptingRegions: (n: number) =>
    pluralRu(n, ['регион внедряет практики', 'региона внедряют практики', 'регионов внедряют практики']),
  districtsTitle: 'Практики по федеральным округам',
  districtsCaption: 'Опубликованные и рекомендованные практики по федеральным округам',
  regionsTitle: 'Практики по регионам',
  regionsCaption: 'Регионы, в которых есть опубликованные практики или внедрения',
  regionsAll: 'Все 89 субъектов — в файле CSV.',
  regionsEmpty: 'Опубликованных практик пока нет.',
  flowsTitle: 'Внедрение: из какого региона в какой',
  flowsCaption: 'Внедрения практик: регион практики → внедряющий регион',
  flowsEmpty: 'Регионы пока не заявили о внедрении практик других регионов.',
  topTitle: 'Чаще всего внедряют',
  topCaption: 'Практики, которые внедряют больше всего регионов',
  topEmpty: 'Пока ни одна практика не внедряется в других регионах.',
  colDistrict: 'Федеральный округ',
  colRegion: 'Регион',
  colPractices: 'Практик',
  colRecommended: 'Рекомендовано',
  colAdopting: 'Внедряет',
  colAdoptedElsewhere: 'Внедрены у других',
  colFlow: 'Откуда → куда',
  colCount: 'Внедрений',
  colPractice: 'Практика',
  colRegions: 'Регионов',
  arrow: '→',
  from: 'из',
  to: 'в',
  downloadCsv: 'Скачать CSV',
  downloadCsvOf: (what: string) => `Скачать CSV: ${what}`,
};
