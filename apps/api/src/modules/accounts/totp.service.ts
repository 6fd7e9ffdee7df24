// A staff member's own second factor: set up (pending until the first code proves the app
// has it), enable, disable. Role policies (admins) may make it mandatory at login.
import { STAFF_ROLES, type StaffRole, type TotpSetup } from '@registry/contracts/accounts';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import {
  type Actor,
  isTotpRequired,
  logSecurityEvent,
  newTotpSecret,
  type Origin,
  verifyTotp,
} from '../auth';
import { invalidField } from './accounts.errors';
import {
  clearTotp,
  confirmTotp,
  findTotpState,
  listRolePolicies,
  saveRolePolicy,
  setPendingTotp,
} from './totp.repository';

const wrongCode = () => invalidField('body.code', 'Неверный или уже использованный код');

export async function totpStatus(prisma: PrismaClient, actor: Actor) {
  const state = await findTotpState(prisma, actor.id);
  return {
    totpEnabled: state.totpSecret !== null,
    requiredForRole: await isTotpRequired(prisma, actor.role),
  };
}

export async function setupTotp(prisma: PrismaClient, actor: Actor): Promise<TotpSetup> {
  const state = await findTotpState(prisma, actor.id);
  if (state.totpSecret) {
    throw new AppError('TOTP_ALREADY_ENABLED', {
      status: 409,
      detail: 'Двухфакторная аутентификация уже включена; чтобы сменить приложение, сначала отключите её',
    });
  }
  const setup = newTotpSecret(state.email);
  await setPendingTotp(prisma, actor.id, setup.secret);
  return setup;
}

export async function enableTotp(prisma: PrismaClient, origin: Origin, actor: Actor, code: string) {
  const state = await findTotpState(prisma, actor.id);
  if (!state.totpPendingSecret) {
    throw new AppError('TOTP_NOT_SET_UP', {
      status: 409,
      detail: 'Сначала получите секрет для приложения-аутентификатора',
    });
  }
  const step = verifyTotp(state.totpPendingSecret, code, null);
  if (step === null) throw wrongCode();
  await confirmTotp(prisma, actor.id, state.totpPendingSecret, step);
  await logSecurityEvent(prisma, { kind: 'totp_enabled', userId: actor.id, ip: origin.ip });
}

export async function disableTotp(prisma: PrismaClient, origin: Origin, actor: Actor, code: string) {
  const state = await findTotpState(prisma, actor.id);
  if (!state.totpSecret) {
    throw new AppError('TOTP_NOT_ENABLED', {
      status: 409,
      detail: 'Двухфакторная аутентификация не включена',
    });
  }
  if (await isTotpRequired(prisma, actor.role)) {
    throw new AppError('TOTP_REQUIRED_BY_POLICY', {
      status: 409,
      detail: 'Для вашей роли двухфакторная аутентификация обязательна',
    });
  }
  if (verifyTotp(state.totpSecret, code, state.totpLastStep) === null) throw wrongCode();
  await clearTotp(prisma, actor.id);
  await logSecurityEvent(prisma, { kind: 'totp_disabled', userId: actor.id, ip: origin.ip });
}

export async function listPolicies(prisma: PrismaClient) {
  const rows = await listRolePolicies(prisma);
  const required = new Map(rows.map((row) => [row.role, row.totpRequired]));
  return { items: STAFF_ROLES.map((role) => ({ role, totpRequired: required.get(role) ?? false })) };
}

export async function setPolicy(
  prisma: PrismaClient,
  origin: Origin,
  actor: Actor,
  role: StaffRole,
  totpRequired: boolean,
) {
  // An admin without a second factor who made it mandatory for admins could not sign in again.
  if (totpRequired && role === actor.role && !(await findTotpState(prisma, actor.id)).totpSecret) {
    throw new AppError('TOTP_SETUP_FIRST', {
      status: 409,
      detail: 'Сначала включите двухфакторную аутентификацию для своей учётной записи',
    });
  }
  await saveRolePolicy(prisma, role, totpRequired);
  await logSecurityEvent(prisma, {
    kind: 'role_policy_changed',
    userId: actor.id,
    ip: origin.ip,
    detail: { role, totpRequired },
  });
  return { role, totpRequired };
}
