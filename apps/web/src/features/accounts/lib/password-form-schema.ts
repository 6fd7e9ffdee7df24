// What the password forms send: the new password is checked by the contract's rule and against
// its confirmation (checkNewPassword), all the form's messages at once, before anything is sent.
import {
  type ChangePasswordBody,
  ChangePasswordBodySchema,
  PasswordResetRequestBodySchema,
  SetPasswordBodySchema,
  TotpCodeBodySchema,
} from '@registry/contracts/accounts';
import { z } from 'zod';
import { checkNewPassword } from './check-new-password';

function confirmNewPassword(password: string, confirm: string, path: string, ctx: z.RefinementCtx) {
  const errors = checkNewPassword(password, confirm);
  if (errors.password) ctx.addIssue({ code: 'custom', path: [path], message: errors.password });
  if (errors.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: errors.confirm });
}

/** A new password and its confirmation (accepting an invitation, a reset link). */
export const NewPasswordFormSchema = z
  .object({ password: z.string(), confirm: z.string() })
  .superRefine(({ password, confirm }, ctx) => confirmNewPassword(password, confirm, 'password', ctx))
  .transform(({ password }) => ({ password }))
  .pipe(SetPasswordBodySchema);

/** The current password, a new one and its confirmation. */
export const ChangePasswordFormSchema = z
  .object({
    currentPassword: ChangePasswordBodySchema.shape.currentPassword,
    newPassword: z.string(),
    confirm: z.string(),
  })
  .superRefine(({ newPassword, confirm }, ctx) =>
    confirmNewPassword(newPassword, confirm, 'newPassword', ctx),
  )
  .transform(({ currentPassword, newPassword }): ChangePasswordBody => ({ currentPassword, newPassword }))
  .pipe(ChangePasswordBodySchema);

/** The address a reset link is asked for. */
export const PasswordResetRequestFormSchema = z
  .object({ email: z.string() })
  .transform(({ email }) => ({ email: email.trim() }))
  .pipe(PasswordResetRequestBodySchema);

/** An authenticator code, typed with or without spaces. */
export const TotpCodeFormSchema = z
  .object({ code: z.string() })
  .transform(({ code }) => ({ code: code.replace(/\s/g, '') }))
  .pipe(TotpCodeBodySchema);
