// Staff manage accounts: list them, enable or disable, and (admins) change role and region.
import type { Account, UpdateAccountBody } from '@registry/contracts/accounts';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { type Actor, logSecurityEvent, type Origin, revokeAllSessions } from '../auth';
import { accountNotFound, assertRegionExists, forbidden, invalidField } from './accounts.errors';
import * as repository from './accounts.repository';
import { canChangeAccount, refusalMessages } from './accounts.rules';
import { toAccount } from './accounts-mappers';

export const listAccounts = async (prisma: PrismaClient) =>
  (await repository.listAccounts(prisma)).map(toAccount);

export async function changeAccount(
  prisma: PrismaClient,
  origin: Origin,
  actor: Actor,
  id: number,
  change: UpdateAccountBody,
): Promise<Account> {
  const target = await repository.findAccount(prisma, id);
  if (!target) throw accountNotFound(id);
  const refusal = canChangeAccount(actor, target, change);
  if (refusal)
    throw await forbidden(prisma, origin, actor.id, `account_${refusal}`, refusalMessages[refusal]);

  const role = change.role ?? target.role;
  // Coordinators (always) and experts (optionally: their home region) keep their region unless
  // a new one is given; other roles have none.
  const regional = role === 'coordinator' || role === 'expert';
  const kept = role === target.role || role === 'coordinator' ? target.regionCode : null;
  const regionCode = regional ? (change.regionCode === undefined ? kept : change.regionCode) : null;
  if (role === 'coordinator' && !regionCode)
    throw invalidField('body.regionCode', 'Региональному координатору нужен регион');
  if (!regional && change.regionCode)
    throw invalidField('body.regionCode', 'Регион указывается только координатору или эксперту');
  if (change.regionCode) await assertRegionExists(prisma, change.regionCode, 'body.regionCode');
  if (change.status === 'active' && target.status === 'invited') {
    throw new AppError('ACCOUNT_NOT_ACTIVATED', {
      status: 409,
      detail: 'Приглашение ещё не принято: учётная запись станет активной, когда пользователь задаст пароль',
      errors: [{ field: 'body.status', message: 'Приглашение ещё не принято' }],
    });
  }
  const status = change.status ?? target.status;

  const updated = await repository.updateAccount(prisma, id, { status, role, regionCode });
  if (status === 'disabled') await revokeAllSessions(prisma, id);
  await logSecurityEvent(prisma, {
    kind: 'account_updated',
    userId: actor.id,
    email: target.email,
    ip: origin.ip,
    detail: {
      accountId: id,
      from: { status: target.status, role: target.role, regionCode: target.regionCode },
      to: { status, role, regionCode },
    },
  });
  return toAccount(updated);
}
