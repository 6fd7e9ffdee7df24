import { RegionCodeSchema } from './regions';
import { z } from './zod';

export const USER_ROLES = ['coordinator', 'expert', 'moderator', 'admin'] as const;
export const UserRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof UserRoleSchema>;

export const userRoleLabels: Record<UserRole, string> = {
  coordinator: 'Региональный координатор',
  expert: 'Эксперт',
  moderator: 'Модератор',
  admin: 'Администратор',
};

export const MIN_PASSWORD_LENGTH = 10;

/** A new password: at least 10 characters (length matters more than composition rules). */
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Пароль — не короче ${MIN_PASSWORD_LENGTH} символов`)
  .max(200, 'Пароль — не длиннее 200 символов');

export const EmailSchema = z
  .email('Укажите адрес электронной почты')
  .max(254)
  .transform((email) => email.toLowerCase());

/** Body of POST /api/auth/login. */
export const LoginBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, 'Введите пароль').max(200),
  /** The authenticator code, needed when the account has a second factor (else 401 totp-required). */
  totpCode: z
    .string()
    .regex(/^\d{6}$/, 'Код — шесть цифр из приложения-аутентификатора')
    .optional(),
});
export type LoginBody = z.input<typeof LoginBodySchema>;

/** The signed-in user as the UI sees them. */
export const CurrentUserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: UserRoleSchema,
    region: z.object({ code: RegionCodeSchema, nameRu: z.string() }).nullable(),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/**
 * Response of GET /api/auth/me and POST /api/auth/login. `csrfToken` must be sent back in the
 * `x-csrf-token` header of every state-changing request.
 */
export const SessionInfoSchema = z
  .object({ user: CurrentUserSchema, csrfToken: z.string() })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const CSRF_HEADER = 'x-csrf-token';

/** One entry of the security log. */
/** A person named in the security log, as they are now (null once the account is gone). */
export const SecurityLogPersonSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
});
export type SecurityLogPerson = z.infer<typeof SecurityLogPersonSchema>;

export const SecurityEventSchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  kind: z.string(),
  userId: z.number().int().nullable(),
  /** Who acted (or tried to sign in): the account of `userId`. */
  user: SecurityLogPersonSchema.nullable(),
  email: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** The account acted upon, when `detail` names one (`accountId`, `invitedUserId`). */
  subject: SecurityLogPersonSchema.nullable(),
});
export type SecurityEvent = z.infer<typeof SecurityEventSchema>;

/** Query of GET /api/admin/security-events: newest first. */
export const ListSecurityEventsQuerySchema = z.object({
  kind: z.string().max(64).optional(),
  email: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const SecurityEventListSchema = z.object({ items: z.array(SecurityEventSchema) });
