// Invitations: staff create an account in status 'invited' with a 72-hour link; the invitee
// opens it, chooses a password and the account becomes active.
import type { Invitation, InvitationCreated } from '@registry/contracts/accounts';
import type { UserRole } from '@registry/contracts/auth';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../auth/authorization';
import { hashPassword } from '../auth/password';
import { logSecurityEvent } from '../auth/security-log';
import { consumeToken, findUsableToken, issueToken, linkNoLongerValid, linkPath } from './account-tokens';
import { assertRegionExists, forbidden } from './accounts.errors';
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
  const existing = await prisma.user.findUnique({ where: { email: body.email }, select: { id: true } });
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
  // There is no e-mail service yet: the link goes to the inviting staff member and to the log.
  request.log.info({ email: user.email, inviteUrl }, 'invitation link');
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
