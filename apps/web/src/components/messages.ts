// Shared Russian strings: layout, generic states and the home page. Features keep their own.
export const appName = 'Реестр лучших практик';

export const layoutMessages = {
  /** Read before an error message by screen readers, as GOV.UK does. */
  errorPrefix: 'Ошибка:',
  skipLink: 'Перейти к основному содержанию',
  homeLinkLabel: `${appName} — на главную`,
  navLabel: 'Основные разделы',
  accountNavLabel: 'Учётная запись',
  navHome: 'Главная',
  navCatalogue: 'Каталог',
  navRegions: 'Регионы',
  navContests: 'Конкурсы',
  navStatistics: 'Статистика',
  navigationBusy: 'Загрузка страницы…',
  footerAbout:
    'Реестр лучших практик — открытый каталог социальных практик поддержки семей и детей, которыми делятся регионы России.',
  footerApiDocs: 'Документация API',
  footerOpenData: 'Открытые данные',
  footerNavLabel: 'Ссылки в подвале',
};

export const stateMessages = {
  loading: 'Загрузка…',
  errorTitle: 'Не удалось загрузить данные',
  errorStatus: (status: number) => `Сервер ответил с кодом ${status}. Попробуйте ещё раз чуть позже.`,
  errorOffline: 'Проверьте подключение к интернету и попробуйте ещё раз.',
  retry: 'Попробовать снова',
  breadcrumbsLabel: 'Навигационная цепочка',
  notFoundTitle: 'Страница не найдена',
  notFoundText:
    'Если вы набрали адрес вручную, проверьте, нет ли в нём опечатки. Страница могла быть удалена или перенесена.',
  notFoundHome: 'Перейти на главную',
  forbiddenTitle: 'Недостаточно прав',
  forbiddenText:
    'У вашей роли нет доступа к этой странице. Если он нужен вам для работы, обратитесь к администратору реестра.',
  forbiddenAccount: 'Перейти в личный кабинет',
};

export const homeMessages = {
  lead: 'Регионы России делятся проверенными социальными практиками поддержки семей и детей: что сработало, как это устроено и какие результаты дало. Реестр помогает найти подходящий опыт и внедрить его у себя, не начиная с нуля.',
  toRegions: 'Практики по регионам',
  toCatalogue: 'Все практики в каталоге',
  searchLabel: 'Найдите практику',
  searchHint: 'Например: замещающие семьи, ранняя помощь, наставничество',
  searchSubmit: 'Найти',
  themesTitle: 'Темы',
  themesLead: 'Практики сгруппированы по задачам, которые они решают.',
  themesLoading: 'Загружаем темы…',
  recommendedTitle: 'Рекомендованные практики',
  recommendedLead: 'Практики, которые эксперты рекомендовали к тиражированию в других регионах.',
  recommendedLoading: 'Загружаем практики…',
  allRecommended: 'Все рекомендованные практики',
  stepsTitle: 'Как работает реестр',
  steps: [
    {
      title: 'Регионы публикуют практики',
      text: 'Региональные команды описывают практики: цели, участников, ресурсы и достигнутые результаты.',
    },
    {
      title: 'Эксперты оценивают',
      text: 'Практики проходят экспертизу, чтобы в реестре оставались только те, что доказали свою пользу.',
    },
    {
      title: 'Другие регионы внедряют',
      text: 'Найдите практику по своей задаче, свяжитесь с авторами и перенесите опыт в свой регион.',
    },
  ],
};

/** Column names of an indicators table (passport results, an adoption's local results). */
export const indicatorMessages = {
  indicatorName: 'Показатель',
  indicatorUnit: 'Ед. изм.',
  indicatorBaseline: 'Было',
  indicatorAchieved: 'Стало',
  indicatorYear: 'Год',
  noValue: 'нет данных',
};

export const dialogMessages = {
  cancel: 'Отмена',
};

export const feedMessages = {
  label: 'Подписаться на ленты:',
  kinds: { published: 'новые практики', recommended: 'новые рекомендованные' },
  alternateTitle: {
    published: 'Новые практики (RSS)',
    recommended: 'Новые рекомендованные практики (RSS)',
  },
};

/** The comparison choice on catalogue cards and the bar that leads to /compare. */
export const compareChoiceMessages = {
  toggle: 'Сравнить',
  toggleFor: (title: string) => `«${title}»`,
  barTitle: 'Для сравнения',
  chosen: (count: number, max: number) => `Выбрано ${count} из ${max}`,
  open: (count: number) => `Сравнить (${count})`,
  needTwo: 'Выберите ещё одну практику, чтобы сравнить.',
  remove: (title: string) => `Убрать из сравнения: ${title}`,
  clear: 'Очистить',
  refused: (max: number) => `Сравнить можно не больше ${max} практик. Уберите одну, чтобы выбрать другую.`,
};
