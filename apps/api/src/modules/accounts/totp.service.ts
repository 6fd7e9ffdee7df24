// A staff member's own second factor: set up (pending until the first code proves the app
// has it), enable, disable. Role policies (admins) may make it mandatory at login.
import { STAFF_ROLES, type StaffRole, type TotpSetup } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../auth/authorization';
import { logSecurityEvent } from '../auth/security-log';
import { newTotpSecret, verifyTotp } from '../auth/totp';
import { invalidField } from './accounts.errors';

const wrongCode = () => invalidField('body.code', 'Неверный или уже использованный код');

const totpState = (request: FastifyRequest, id: number) =>
  request.server.db.prisma.user.findUniqueOrThrow({
    where: { id },
    select: { totpSecret: true, totpPendingSecret: true, totpLastStep: true },
  });

export async function totpStatus(request: FastifyRequest, actor: SessionUser) {
  const state = await totpState(request, actor.id);
  return {
    totpEnabled: state.totpSecret !== null,
    requiredForRole: await isTotpRequired(request, actor.role),
  };
}

export async function setupTotp(request: FastifyRequest, actor: SessionUser): Promise<TotpSetup> {
  const state = await totpState(request, actor.id);
  if (state.totpSecret) {
    throw new AppError('TOTP_ALREADY_ENABLED', {
      status: 409,
      detail: 'Двухфакторная аутентификация уже включена; чтобы сменить приложение, сначала отключите её',
    });
  }
  const setup = newTotpSecret(actor.email);
  await request.server.db.prisma.user.update({
    where: { id: actor.id },
    data: { totpPendingSecret: setup.secret },
    select: { id: true },
  });
  return setup;
}

export async function enableTotp(request: FastifyRequest, actor: SessionUser, code: string) {
  const state = await totpState(request, actor.id);
  if (!state.totpPendingSecret) {
    throw new AppError('TOTP_NOT_SET_UP', {
      status: 409,
      detail: 'Сначала получите секрет для приложения-аутентификатора',
    });
  }
  const step = verifyTotp(state.totpPendingSecret, code, null);
  if (step === null) throw wrongCode();
  await request.server.db.prisma.user.update({
    where: { id: actor.id },
    data: {
      totpSecret: state.totpPendingSecret,
      totpPendingSecret: null,
      totpEnabledAt: new Date(),
      totpLastStep: step,
    },
    select: { id: true },
  });
  await logSecurityEvent(request.server.db.prisma, {
    kind: 'totp_enabled',
    userId: actor.id,
    ip: request.ip,
  });
}

export async function disableTotp(request: FastifyRequest, actor: SessionUser, code: string) {
  const prisma = request.server.db.prisma;
  const state = await totpState(request, actor.id);
  if (!state.totpSecret) {
    throw new AppError('TOTP_NOT_ENABLED', {
      status: 409,
      detail: 'Двухфакторная аутентификация не включена',
    });
  }
  if (await isTotpRequired(request, actor.role)) {
    throw new AppError('TOTP_REQUIRED_BY_POLICY', {
      status: 409,
      detail: 'Для вашей роли двухфакторная аутентификация обязательна',
    });
  }
  if (verifyTotp(state.totpSecret, code, state.totpLastStep) === null) throw wrongCode();
  await prisma.user.update({
    where: { id: actor.id },
    data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    select: { id: true },
  });
  await logSecurityEvent(prisma, { kind: 'totp_disabled', userId: actor.id, ip: request.ip });
}

async function isTotpRequired(request: FastifyRequest, role: UserRole) {
  const policy = await request.server.db.prisma.rolePolicy.findUnique({
    where: { role },
    select: { totpRequired: true },
  });
  return policy?.totpRequired ?? false;
}

export async function listPolicies(request: FastifyRequest) {
  const rows = await request.server.db.prisma.rolePolicy.findMany({
    select: { role: true, totpRequired: true },
  });
  const required = new Map(rows.map((row) => [row.role, row.totpRequired]));
  return { items: STAFF_ROLES.map((role) => ({ role, totpRequired: required.get(role) ?? false })) };
}

export async function setPolicy(
  request: FastifyRequest,
  actor: SessionUser,
  role: StaffRole,
  totpRequired: boolean,
) {
  const prisma = request.server.db.prisma;
  // An admin without a second factor who made it mandatory for admins could not sign in again.
  if (totpRequired && role === actor.role && !(await totpState(request, actor.id)).totpSecret) {
    throw new AppError('TOTP_SETUP_FIRST', {
      status: 409,
      detail: 'Сначала включите двухфакторную аутентификацию для своей учётной записи',
    });
  }
  await prisma.rolePolicy.upsert({
    where: { role },
    create: { role, totpRequired },
    update: { totpRequired },
    select: { role: true },
  });
  await logSecurityEvent(prisma, {
    kind: 'role_policy_changed',
    userId: actor.id,
    ip: request.ip,
    detail: { role, totpRequired },
  });
  return { role, totpRequired };
}
