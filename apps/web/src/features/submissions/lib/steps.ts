import type { DraftPassport } from '@registry/contracts/submissions';

export type PassportField = keyof DraftPassport;

/** One page of the passport editor, named by a URL-friendly id. */
export interface EditorStep {
  id: string;
  title: string;
  fields: readonly PassportField[];
}

/** The editor's eight steps; the last one checks and sends. Section comments refer to these ids. */
export const EDITOR_STEPS: readonly EditorStep[] = [
  { id: 'basics', title: 'Основное', fields: ['title', 'summary', 'slug'] },
  { id: 'problem', title: 'Проблема и цели', fields: ['problem', 'goals'] },
  { id: 'methods', title: 'Как работает', fields: ['methods'] },
  { id: 'results', title: 'Результаты', fields: ['resultsNarrative', 'indicators'] },
  {
    id: 'classification',
    title: 'Темы и целевые группы',
    fields: ['themeCodes', 'targetGroupCodes', 'evidenceLevel', 'replicationReadiness', 'costBand'],
  },
  {
    id: 'organisation',
    title: 'Ресурсы и организация',
    fields: ['resources', 'organisation', 'partners', 'startYear', 'endYear', 'support'],
  },
  { id: 'contacts', title: 'Контакты и ссылки', fields: ['contacts', 'links'] },
  { id: 'review', title: 'Проверка и отправка', fields: [] },
];

/** Human names of passport fields, for the list of what is still missing. */
export const fieldLabels: Record<PassportField, string> = {
  slug: 'Адрес страницы',
  title: 'Название',
  summary: 'Краткое описание',
  problem: 'Проблема',
  goals: 'Цели и задачи',
  methods: 'Как работает практика',
  resultsNarrative: 'Результаты',
  indicators: 'Показатели',
  themeCodes: 'Темы',
  targetGroupCodes: 'Целевые группы',
  evidenceLevel: 'Уровень доказанности',
  replicationReadiness: 'Готовность к тиражированию',
  costBand: 'Затраты',
  resources: 'Ресурсы',
  organisation: 'Организация',
  partners: 'Партнёры',
  startYear: 'Год начала',
  endYear: 'Год окончания',
  support: 'Поддержка внедрения',
  contacts: 'Контакты (нужен хотя бы один e-mail или телефон)',
  links: 'Ссылки',
};

/** Index of the step that holds a field ("passport.summary" or "summary"), or -1. */
export function stepIndexOfField(path: string): number {
  const field = path.replace(/^(body\.)?passport\./, '');
  return EDITOR_STEPS.findIndex((step) => (step.fields as readonly string[]).includes(field));
}

/** The title of a step by id, or the id itself for a section this version does not know. */
export function stepTitle(id: string): string {
  return EDITOR_STEPS.find((step) => step.id === id)?.title ?? id;
}
