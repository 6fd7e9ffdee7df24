import { z } from './zod';

/**
 * Life cycle of a practice. Only `published` and `recommended` are public; the others belong
 * to the submission and review workflow.
 */
export const PRACTICE_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'needs_revision',
  'rejected',
  'published',
  'recommended',
  'archived',
] as const;
export const PracticeStatusSchema = z.enum(PRACTICE_STATUSES);
export type PracticeStatus = z.infer<typeof PracticeStatusSchema>;

/** Statuses a visitor may see. */
export const PUBLIC_STATUSES = ['published', 'recommended'] as const satisfies readonly PracticeStatus[];
export const PublicStatusSchema = z.enum(PUBLIC_STATUSES);

export const practiceStatusLabels: Record<PracticeStatus, string> = {
  draft: 'Черновик',
  submitted: 'Подана',
  in_review: 'На экспертизе',
  needs_revision: 'На доработке',
  rejected: 'Отклонена',
  published: 'Опубликована',
  recommended: 'Рекомендована к тиражированию',
  archived: 'В архиве',
};

/** How ready a practice is to be taken up elsewhere, from most to least ready. */
export const REPLICATION_READINESS = [
  'package_with_training',
  'materials_available',
  'author_support_needed',
] as const;
export const ReplicationReadinessSchema = z.enum(REPLICATION_READINESS);
export type ReplicationReadiness = z.infer<typeof ReplicationReadinessSchema>;
export const replicationReadinessLabels: Record<ReplicationReadiness, string> = {
  package_with_training: 'Готовый пакет с обучением',
  materials_available: 'Есть методические материалы',
  author_support_needed: 'Нужно сопровождение авторов',
};

/** Rough yearly cost of running the practice. */
export const COST_BANDS = ['low', 'medium', 'high'] as const;
export const CostBandSchema = z.enum(COST_BANDS);
export type CostBand = z.infer<typeof CostBandSchema>;
export const costBandLabels: Record<CostBand, string> = {
  low: 'Низкие затраты: в рамках текущего финансирования',
  medium: 'Средние затраты: нужны дополнительные средства или грант',
  high: 'Высокие затраты: отдельное финансирование, инфраструктура',
};

export const ORGANISATION_TYPES = ['state', 'municipal', 'ngo', 'other'] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;
export const organisationTypeLabels: Record<OrganisationType, string> = {
  state: 'Государственное учреждение',
  municipal: 'Муниципальное учреждение',
  ngo: 'НКО',
  other: 'Другое',
};
