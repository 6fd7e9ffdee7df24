// Notifications («Уведомления»), their mail preferences, and the outbox as admins see it
// («Исходящие письма»). See docs/mail.md.
import { z } from './zod';

/**
 * Every kind of notification, one list for the API and the web app. `invitation` and
 * `password_reset` are mail-only (the person has no session to read them in the app) and cannot
 * be switched off; the others appear in «Уведомления» and come by mail unless the user says no.
 */
export const NOTIFICATION_KINDS = [
  'invitation',
  'password_reset',
  'review_assigned',
  'review_due_soon',
  'review_overdue',
  'practice_submitted',
  'practice_returned',
  'practice_published',
  'practice_recommended',
  'practice_rejected',
  're_review_due',
  'contest_window_opened',
  'contest_window_closed',
  'adoption_declared',
  'adopt_request',
  'digest',
] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** Kinds a user cannot switch off by mail (a link they asked for or were sent). */
export const MANDATORY_MAIL_KINDS = [
  'invitation',
  'password_reset',
] as const satisfies readonly NotificationKind[];

/** Kinds that do not come by mail until the user asks for them. */
export const MAIL_OFF_BY_DEFAULT_KINDS = ['digest'] as const satisfies readonly NotificationKind[];

/** Whether a kind comes by mail for a user who never chose. */
export function mailByDefault(kind: NotificationKind): boolean {
  return !(MAIL_OFF_BY_DEFAULT_KINDS as readonly string[]).includes(kind);
}

/** Kinds shown on the preferences page (the mandatory ones are not a choice). */
export const CONFIGURABLE_KINDS = NOTIFICATION_KINDS.filter(
  (kind) => !(MANDATORY_MAIL_KINDS as readonly string[]).includes(kind),
) as Exclude<NotificationKind, (typeof MANDATORY_MAIL_KINDS)[number]>[];

export const notificationKindLabels: Record<NotificationKind, string> = {
  invitation: 'Приглашение в реестр',
  password_reset: 'Ссылка для смены пароля',
  review_assigned: 'Мне назначена экспертиза',
  review_due_soon: 'Срок экспертизы через 3 дня',
  review_overdue: 'Срок экспертизы прошёл',
  practice_submitted: 'Практика подана на модерацию',
  practice_returned: 'Практика возвращена на доработку',
  practice_published: 'Практика опубликована',
  practice_recommended: 'Практика рекомендована',
  practice_rejected: 'Практика отклонена',
  re_review_due: 'Пора повторной экспертизы',
  contest_window_opened: 'Открыт приём заявок конкурса',
  contest_window_closed: 'Закрыт приём заявок конкурса',
  adoption_declared: 'Другой регион внедряет практику моего региона',
  adopt_request: 'Новая заявка «Хочу внедрить»',
  digest: 'Дайджесты',
};

/** One notification in «Уведомления». */
export const NotificationSchema = z.object({
  id: z.number().int(),
  kind: NotificationKindSchema,
  title: z.string(),
  body: z.string(),
  /** Where to act: an app path such as /staff/reviews/12. */
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** GET /api/notifications: the latest notifications, newest first, and how many are unread. */
export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

/** GET /api/notifications/unread-count: for the staff header. */
export const UnreadCountSchema = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

/** Params of routes about one notification. */
export const NotificationParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Body of POST /api/notifications/read: some ids, or all when `all` is true. */
export const MarkReadBodySchema = z
  .object({
    ids: z.array(z.number().int().positive()).max(200).optional(),
    all: z.boolean().optional(),
  })
  .refine((body) => body.all === true || (body.ids?.length ?? 0) > 0, {
    message: 'Укажите уведомления или all: true',
    path: ['ids'],
  });
export type MarkReadBody = z.infer<typeof MarkReadBodySchema>;

/** One kind and whether it comes by mail. */
export const MailPreferenceSchema = z.object({
  kind: NotificationKindSchema,
  byMail: z.boolean(),
});
export type MailPreference = z.infer<typeof MailPreferenceSchema>;

/** GET/PUT /api/notifications/preferences: the configurable kinds and whether each comes by mail. */
export const MailPreferencesSchema = z.object({
  items: z.array(MailPreferenceSchema),
});
export type MailPreferences = z.infer<typeof MailPreferencesSchema>;

/** Body of PUT /api/notifications/preferences: the kinds to change. */
export const UpdateMailPreferencesBodySchema = z.object({
  items: z
    .array(
      z.object({
        kind: NotificationKindSchema.refine(
          (kind) => !(MANDATORY_MAIL_KINDS as readonly string[]).includes(kind),
          'Приглашения и ссылки для смены пароля приходят всегда',
        ),
        byMail: z.boolean(),
      }),
    )
    .min(1, 'Укажите хотя бы один вид уведомлений')
    .max(NOTIFICATION_KINDS.length),
});
export type UpdateMailPreferencesBody = z.infer<typeof UpdateMailPreferencesBodySchema>;

// ── The outbox as admins see it ─────────────────────────────────────────────────────────────

export const OUTBOX_STATUSES = ['pending', 'sending', 'retrying', 'sent', 'failed'] as const;
/** Where a message stands: waiting, being sent, waiting for a retry, sent, failed for good. */
export const OutboxStatusSchema = z.enum(OUTBOX_STATUSES);
export type OutboxStatus = z.infer<typeof OutboxStatusSchema>;

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  pending: 'Ожидает отправки',
  sending: 'Отправляется',
  retrying: 'Повторная попытка',
  sent: 'Отправлено',
  failed: 'Не доставлено',
};

/** One row of «Исходящие письма». */
export const OutboxMessageSummarySchema = z.object({
  id: z.number().int(),
  recipient: z.string(),
  subject: z.string(),
  template: z.string(),
  status: OutboxStatusSchema,
  attempts: z.number().int(),
  /** The mail server's last answer when delivery failed. */
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  sentAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type OutboxMessageSummary = z.infer<typeof OutboxMessageSummarySchema>;

/** Query of GET /api/mail/outbox. */
export const OutboxListQuerySchema = z.object({
  status: OutboxStatusSchema.optional(),
  recipient: z.string().trim().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Rows with an id below this one (the next page). */
  before: z.coerce.number().int().positive().optional(),
});
export type OutboxListQuery = z.infer<typeof OutboxListQuerySchema>;

/** GET /api/mail/outbox. `smtpConfigured` false: messages are kept here and not sent. */
export const OutboxListSchema = z.object({
  items: z.array(OutboxMessageSummarySchema),
  smtpConfigured: z.boolean(),
  nextBefore: z.number().int().nullable(),
});
export type OutboxList = z.infer<typeof OutboxListSchema>;

/** GET /api/mail/outbox/{id}: one message as it is (or was) sent, with its links. */
export const OutboxMessageSchema = OutboxMessageSummarySchema.extend({
  text: z.string(),
  html: z.string(),
  /** Every absolute link in the message, so staff can copy one. */
  links: z.array(z.string()),
  unsubscribeUrl: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

export const OutboxParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Query and body of the one-click unsubscribe (RFC 8058): the token from the mail's link. */
export const UnsubscribeTokenSchema = z
  .string()
  .min(10, 'Ссылка недействительна')
  .max(500, 'Ссылка недействительна')
  .regex(/^[A-Za-z0-9_.-]+$/, 'Ссылка недействительна');
