// Invitations: staff create an account in status 'invited' with a 72-hour link; the invitee
// opens it, chooses a password and the account becomes active.
import type { Invitation, InvitationCreated } from '@registry/contracts/accounts';
import { type UserRole, userRoleLabels } from '@registry/contracts/auth';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { type Actor, hashPassword, logSecurityEvent, type Origin } from '../auth';
import { enqueueMail } from '../mail';
import {
  consumeToken,
  expireTokens,
  findUsableToken,
  issueToken,
  linkNoLongerValid,
  linkPath,
} from './account-tokens.repository';
import { accountNotFound, assertRegionExists, forbidden } from './accounts.errors';
import { findAccountBrief, findUserByEmail } from './accounts.repository';
import { canInvite } from './accounts.rules';
import { activateInvitedUser, createInvitedUser, deleteInvitedUser } from './invitations.repository';

export async function createInvitation(
  prisma: PrismaClient,
  origin: Origin,
  actor: Actor,
  body: { email: string; name: string; role: UserRole; regionCode?: string | undefined },
): Promise<InvitationCreated> {
  if (!canInvite(actor, body.role)) {
    throw await forbidden(
      prisma,
      origin,
      actor.id,
      'invite_role',
      'Модератор может приглашать только региональных координаторов и экспертов',
      'body.role',
    );
  }
  if (body.regionCode) await assertRegionExists(prisma, body.regionCode, 'body.regionCode');
  const existing = await findUserByEmail(prisma, body.email);
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
    const user = await createInvitedUser(tx, {
      email: body.email,
      name: body.name,
      role: body.role,
      regionCode: body.role === 'coordinator' || body.role === 'expert' ? (body.regionCode ?? null) : null,
    });
    const issued = await issueToken(tx, 'invitation', user.id, actor.id);
    await mailInvitation(tx, user, issued);
    return { user, ...issued };
  });
  const inviteUrl = linkPath.invitation(token);
  await logSecurityEvent(prisma, {
    kind: 'invitation_created',
    userId: actor.id,
    email: user.email,
    ip: origin.ip,
    detail: { invitedUserId: user.id, role: user.role },
  });
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    expiresAt: expiresAt.toISOString(),
    inviteUrl,
  };
}

/** The invitation mail, written with the transaction that issues its link (docs/mail.md). */
function mailInvitation(
  tx: Prisma.TransactionClient,
  user: { email: string; name: string; role: UserRole },
  issued: { token: string; expiresAt: Date },
) {
  return enqueueMail(tx, {
    to: user.email,
    template: 'invitation',
    data: {
      name: user.name,
      roleLabel: userRoleLabels[user.role],
      link: linkPath.invitation(issued.token),
      expiresAt: issued.expiresAt.toISOString(),
    },
  });
}

export async function getInvitation(prisma: PrismaClient, token: string): Promise<Invitation> {
  const row = await findUsableToken(prisma, 'invitation', token);
  if (row.user.status !== 'invited') throw linkNoLongerValid();
  return { email: row.user.email, name: row.user.name, role: row.user.role };
}

export async function acceptInvitation(
  prisma: PrismaClient,
  origin: Origin,
  token: string,
  password: string,
) {
  // Hash outside the transaction: it takes tens of milliseconds and needs no database.
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const row = await findUsableToken(tx, 'invitation', token);
    await consumeToken(tx, row.id);
    if (!(await activateInvitedUser(tx, row.user.id, passwordHash))) throw linkNoLongerValid();
    return row.user;
  });
  await logSecurityEvent(prisma, {
    kind: 'invitation_accepted',
    userId: user.id,
    email: user.email,
    ip: origin.ip,
  });
}

/** The invited account `id`, once `actor` may manage invitations of its role; else 404/403/409. */
async function invitedAccount(prisma: PrismaClient, origin: Origin, actor: Actor, id: number) {
  const target = await findAccountBrief(prisma, id);
  if (!target) throw accountNotFound(id);
  if (!canInvite(actor, target.role)) {
    throw await forbidden(
      prisma,
      origin,
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

/** A new 72-hour link for a pending invitation; the old links stop working. */
export async function resendInvitation(
  prisma: PrismaClient,
  origin: Origin,
  actor: Actor,
  id: number,
): Promise<InvitationCreated> {
  const target = await invitedAccount(prisma, origin, actor, id);
  const { token, expiresAt } = await prisma.$transaction(async (tx) => {
    await expireTokens(tx, target.id, 'invitation');
    const issued = await issueToken(tx, 'invitation', target.id, actor.id);
    await mailInvitation(tx, target, issued);
    return issued;
  });
  await logSecurityEvent(prisma, {
    kind: 'invitation_resent',
    userId: actor.id,
    email: target.email,
    ip: origin.ip,
    detail: { invitedUserId: target.id, role: target.role },
  });
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
export async function revokeInvitation(prisma: PrismaClient, origin: Origin, actor: Actor, id: number) {
  const target = await invitedAccount(prisma, origin, actor, id);
  if (!(await deleteInvitedUser(prisma, target.id))) throw linkNoLongerValid();
  await logSecurityEvent(prisma, {
    kind: 'invitation_revoked',
    userId: actor.id,
    email: target.email,
    ip: origin.ip,
    detail: { invitedUserId: target.id, role: target.role },
  });
}
