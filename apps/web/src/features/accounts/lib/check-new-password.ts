import { PasswordSchema } from '@registry/contracts/auth';
import { accountsMessages as m } from '../messages';

/** The same rule the API applies, checked before sending, plus the confirmation. */
export function checkNewPassword(
  password: string,
  confirmation: string,
): { password?: string; confirm?: string } {
  const parsed = PasswordSchema.safeParse(password);
  const errors: { password?: string; confirm?: string } = {};
  if (!parsed.success) errors.password = parsed.error.issues[0]?.message;
  if (!confirmation) errors.confirm = m.confirmRequired;
  else if (confirmation !== password) errors.confirm = m.passwordMismatch;
  return errors;
}
