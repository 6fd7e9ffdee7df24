import { EmailSchema, PasswordSchema, type UserRole, UserRoleSchema } from './auth';
import { RegionCodeSchema } from './regions';
import { z } from './zod';

/**
 * Roles that may (and, by policy, must) use a second factor: every account, coordinators
 * included, since they hold a region's unpublished work.
 */
export const STAFF_ROLES = [
  'coordinator',
  'expert',
  'moderator',
  'admin',
] as const satisfies readonly UserRole[];
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const ACCOUNT_STATUSES = ['invited', 'active', 'disabled'] as const;
/** Where an account stands: invited (no password yet), active, disabled. */
export const AccountStatusSchema = z.enum(ACCOUNT_STATUSES);
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

/** A link token from an invitation or password-reset link (URL-safe base64). */
export const LinkTokenSchema = z
  .string()
  .min(20, 'Ссылка недействительна')
  .max(100, 'Ссылка недействительна')
  .regex(/^[A-Za-z0-9_-]+$/, 'Ссылка недействительна');

/** Params of the routes that take a link token. */
export const LinkTokenParamsSchema = z.object({ token: LinkTokenSchema });

/** A six-digit code from an authenticator app. */
export const TotpCodeSchema = z.string().regex(/^\d{6}$/, 'Код — шесть цифр из приложения-аутентификатора');

const regionRequiredIssue = {
  code: 'custom' as const,
  path: ['regionCode'],
  message:
    'Региональному координатору нужен регион; эксперту он указывается по желанию (для конфликта интересов); модератору и администратору — нет',
};

/** Roles with a region: coordinators always, experts optionally (their home region: a conflict of interest). */
export const REGIONAL_ROLES = ['coordinator', 'expert'] as const satisfies readonly UserRole[];

/** Whether a role may (coordinator: must) have a region. */
export function regionFits(role: UserRole, regionCode: string | null | undefined): boolean {
  if (role === 'coordinator') return Boolean(regionCode);
  return role === 'expert' || !regionCode;
}

/**
 * Body of POST /api/accounts/invitations. A coordinator needs a region; an expert may have one
 * (their home region); moderators and admins have none.
 */
export const CreateInvitationBodySchema = z
  .object({
    email: EmailSchema,
    name: z.string().trim().min(1, 'Укажите имя').max(200, 'Имя — не длиннее 200 символов'),
    role: UserRoleSchema,
    regionCode: RegionCodeSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (!regionFits(body.role, body.regionCode)) ctx.addIssue(regionRequiredIssue);
  });
export type CreateInvitationBody = z.input<typeof CreateInvitationBodySchema>;

/**
 * Response of POST /api/accounts/invitations. `inviteUrl` is shown to the inviting staff
 * member to pass on, as there is no e-mail service yet.
 */
export const InvitationCreatedSchema = z
  .object({
    userId: z.number().int(),
    email: z.string(),
    role: UserRoleSchema,
    expiresAt: z.iso.datetime(),
    inviteUrl: z.string().describe('Relative link, /invite/<token>'),
  })
  .meta({ id: 'InvitationCreated' });
export type InvitationCreated = z.infer<typeof InvitationCreatedSchema>;

/** Response of GET /api/accounts/password-reset/:token: the link still works until `expiresAt`. */
export const ResetLinkStateSchema = z.object({ expiresAt: z.iso.datetime() }).meta({ id: 'ResetLinkState' });
export type ResetLinkState = z.infer<typeof ResetLinkStateSchema>;

/**
 * Response of POST /api/accounts/:id/password-reset-link: a one-hour link a staff member hands
 * over (there is no e-mail service yet).
 */
export const ResetLinkSchema = z
  .object({
    expiresAt: z.iso.datetime(),
    resetUrl: z.string().describe('Relative link, /password-reset/<token>'),
  })
  .meta({ id: 'ResetLink' });
export type ResetLink = z.infer<typeof ResetLinkSchema>;

/** Response of GET /api/accounts/invitations/:token: whom the invitation is for. */
export const InvitationSchema = z
  .object({ email: z.string(), name: z.string(), role: UserRoleSchema })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof InvitationSchema>;

/** Body of POST /api/accounts/invitations/:token/accept and /api/accounts/password-reset/:token. */
export const SetPasswordBodySchema = z.object({ password: PasswordSchema });
export type SetPasswordBody = z.infer<typeof SetPasswordBodySchema>;

/** Body of POST /api/accounts/password-reset. */
export const PasswordResetRequestBodySchema = z.object({ email: EmailSchema });
export type PasswordResetRequestBody = z.input<typeof PasswordResetRequestBodySchema>;

/** Response of POST /api/accounts/password-reset (202): the same whether or not the account exists. */
export const PasswordResetAcceptedSchema = z.object({ detail: z.string() });

/** Body of POST /api/accounts/me/password. */
export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, 'Введите текущий пароль').max(200),
  newPassword: PasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

/** One account as staff see it in the accounts list. */
export const AccountSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: UserRoleSchema,
    region: z.object({ code: RegionCodeSchema, nameRu: z.string() }).nullable(),
    status: AccountStatusSchema,
    totpEnabled: z.boolean(),
    createdAt: z.iso.datetime(),
    /** When the person asked to reset their password, while that request is still open. */
    resetRequestedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof AccountSchema>;

/** Response of GET /api/accounts. */
export const AccountListSchema = z.object({ items: z.array(AccountSchema) });
export type AccountList = z.infer<typeof AccountListSchema>;

/** Params of /api/accounts/:id. */
export const AccountParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/**
 * Body of PATCH /api/accounts/:id. Only admins change roles and regions; a coordinator needs a
 * region (when the role becomes coordinator, `regionCode` is required); an expert may have one.
 */
export const UpdateAccountBodySchema = z
  .object({
    status: z.enum(['active', 'disabled']).optional(),
    role: UserRoleSchema.optional(),
    regionCode: RegionCodeSchema.nullable().optional().describe("null clears an expert's region"),
  })
  .refine((body) => Object.keys(body).length > 0, 'Укажите хотя бы одно изменение');
export type UpdateAccountBody = z.infer<typeof UpdateAccountBodySchema>;

/** Response of POST /api/accounts/me/totp/setup: the secret to add to an authenticator app. */
export const TotpSetupSchema = z
  .object({
    secret: z.string().describe('Base32, for manual entry'),
    otpauthUrl: z.string().describe('otpauth:// URL, for a QR code'),
  })
  .meta({ id: 'TotpSetup' });
export type TotpSetup = z.infer<typeof TotpSetupSchema>;

/** Body of POST /api/accounts/me/totp/enable and /disable. */
export const TotpCodeBodySchema = z.object({ code: TotpCodeSchema });
export type TotpCodeBody = z.infer<typeof TotpCodeBodySchema>;

/** Response of the TOTP enable/disable routes. */
export const TotpStatusSchema = z.object({ totpEnabled: z.boolean() });

/** GET /api/accounts/me/totp: whether sign-in asks for a code, and whether the role requires it. */
export const TotpStateSchema = z
  .object({ totpEnabled: z.boolean(), requiredForRole: z.boolean() })
  .meta({ id: 'TotpState' });
export type TotpState = z.infer<typeof TotpStateSchema>;

/** A role's account policy. */
export const RolePolicySchema = z
  .object({ role: StaffRoleSchema, totpRequired: z.boolean() })
  .meta({ id: 'RolePolicy' });
export type RolePolicy = z.infer<typeof RolePolicySchema>;

/** Response of GET /api/accounts/policies: one entry per staff role. */
export const RolePolicyListSchema = z.object({ items: z.array(RolePolicySchema) });

/** Params of PUT /api/accounts/policies/:role. */
export const RolePolicyParamsSchema = z.object({ role: StaffRoleSchema });

/** Body of PUT /api/accounts/policies/:role. */
export const UpdateRolePolicyBodySchema = z.object({ totpRequired: z.boolean() });
