// Invitations: staff create an account in status 'invited' with a 72-hour link; the invitee
// opens it, chooses a password and the account becomes active.
import type { Invitation, InvitationCreated } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';
import type { Prisma } from '@registry/db/generated/prisma/client';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../auth/authorization';
import { hashPassword } from '../auth/password';
import { logSecurityEvent } from '../auth/security-log';
import { consumeToken, findUsableToken, issueToken, linkNoLongerValid, linkPath } from './account-tokens';
import { accountNotFound, assertRegionExists, forbidden } from './accounts.errors';
import { canInvite } from './accounts.rules';

export async function createInvitation(
  request: FastifyRequest,
  actor: SessionUser,
  body: { email: string; name: string; role: UserRole; regionCode?: string | undefined },
): Promise<InvitationCreated> {
  const prisma = request.server.db.prisma;
  if (!canInvite(actor, body.role)) {
    throw await forbidden(
      request,
      actor.id,
      'invite_role',
      'Модератор может приглашать только региональных координаторов и экспертов',
      'body.role',
    );
  }
  if (body.regionCode) await assertRegionExists(request, body.regionCode, 'body.regionCode');
  const existing = await prisma.user.findUnique({
    where: { email: body.email },
    select: { id: true, status: true },
  });
  if (existing?.status === 'invited') {
    // Not "taken": the person never came. The page offers a new link or revoking instead.
    throw new AppError('INVITATION_PENDING', {
      status: 409,
      detail:
        'Этот адрес уже приглашён, но приглашение ещё не принято. Можно отправить новую ссылку или отозвать приглашение.',
      errors: [{ field: 'body.email', message: 'Адрес уже приглашён, приглашение не принято' }],
    });
  }
  if (existing) {
    throw new AppError('EMAIL_TAKEN', {
      status: 409,
      detail: 'Учётная запись с таким адресом уже есть',
      errors: [{ field: 'body.email', message: 'Адрес уже занят' }],
    });
  }

  const { user, token, expiresAt } = await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: body.email,
        name: body.name,
        role: body.role,
        regionCode: body.role === 'coordinator' || body.role === 'expert' ? (body.regionCode ?? null) : null,
        status: 'invited',
      },
      select: { id: true, email: true, role: true },
    });
    return { user, ...(await issueToken(tx, 'invitation', user.id, actor.id)) };
  });
  const inviteUrl = linkPath.invitation(token);
  await logSecurityEvent(prisma, {
    kind: 'invitation_created',
    userId: actor.id,
    email: user.email,
    ip: request.ip,
    detail: { invitedUserId: user.id, role: user.role },
  });
  // The link goes only to the inviting staff member: whoever reads the server log must not be
  // able to take over the account, so the log says that an invitation was made, not its token.
  request.log.info({ invitedUserId: user.id, role: user.role }, 'invitation created');
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    expiresAt: expiresAt.toISOString(),
    inviteUrl,
  };
}

export async function getInvitation(request: FastifyRequest, token: string): Promise<Invitation> {
  const row = await findUsableToken(request.server.db.prisma, 'invitation', token);
  if (row.user.status !== 'invited') throw linkNoLongerValid();
  return { email: row.user.email, name: row.user.name, role: row.user.role };
}

export async function acceptInvitation(request: FastifyRequest, token: string, password: string) {
  const prisma = request.server.db.prisma;
  // Hash outside the transaction: it takes tens of milliseconds and needs no database.
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const row = await findUsableToken(tx, 'invitation', token);
    await consumeToken(tx, row.id);
    const { count } = await tx.user.updateMany({
      where: { id: row.user.id, status: 'invited' },
      data: { passwordHash, passwordChangedAt: new Date(), status: 'active' },
    });
    if (count !== 1) throw linkNoLongerValid();
    return row.user;
  });
  await logSecurityEvent(prisma, {
    kind: 'invitation_accepted',
    userId: user.id,
    email: user.email,
    ip: request.ip,
  });
}

/** The invited account `id`, once `actor` may manage invitations of its role; else 404/403/409. */
async function invitedAccount(request: FastifyRequest, actor: SessionUser, id: number) {
  const target = await request.server.db.prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, role: true, status: true },
  });
  if (!target) throw accountNotFound(id);
  if (!canInvite(actor, target.role)) {
    throw await forbidden(
      request,
      actor.id,
      'invite_role',
      'Модератор может управлять приглашениями только региональных координаторов и экспертов',
    );
  }
  if (target.status !== 'invited') {
    throw new AppError('NOT_INVITED', {
      status: 409,
      detail: 'Приглашение уже принято: учётная запись действует или отключена',
    });
  }
  return target;
}

/** Kills every live invitation link of the user; returns how many. */
const killInvitationLinks = (tx: Prisma.TransactionClient, userId: number) =>
  tx.oneTimeToken.updateMany({
    where: { userId, purpose: 'invitation', usedAt: null },
    data: { usedAt: new Date() },
  });

/** A new 72-hour link for a pending invitation; the old links stop working. */
export async function resendInvitation(
  request: FastifyRequest,
  actor: SessionUser,
  id: number,
): Promise<InvitationCreated> {
  const prisma = request.server.db.prisma;
  const target = await invitedAccount(request, actor, id);
  const { token, expiresAt } = await prisma.$transaction(async (tx) => {
    await killInvitationLinks(tx, target.id);
    return issueToken(tx, 'invitation', target.id, actor.id);
  });
  await logSecurityEvent(prisma, {
    kind: 'invitation_resent',
    userId: actor.id,
    email: target.email,
    ip: request.ip,
    detail: { invitedUserId: target.id, role: target.role },
  });
  request.log.info({ invitedUserId: target.id }, 'invitation resent');
  return {
    userId: target.id,
    email: target.email,
    role: target.role,
    expiresAt: expiresAt.toISOString(),
    inviteUrl: linkPath.invitation(token),
  };
}

/**
 * Withdraws a pending invitation: the account, which never had a password or any work, is
 * removed with its links, so the address can be invited afresh.
 */
export async function revokeInvitation(request: FastifyRequest, actor: SessionUser, id: number) {
  const prisma = request.server.db.prisma;
  const target = await invitedAccount(request, actor, id);
  const { count } = await prisma.user.deleteMany({ where: { id: target.id, status: 'invited' } });
  if (count !== 1) throw linkNoLongerValid();
  await logSecurityEvent(prisma, {
    kind: 'invitation_revoked',
    userId: actor.id,
    email: target.email,
    ip: request.ip,
    detail: { invitedUserId: target.id, role: target.role },
  });
}
