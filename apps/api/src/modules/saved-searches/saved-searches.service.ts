// Subscribing to a catalogue selection and managing the subscription. A visitor's only credential
// is a link's token (the database keeps its SHA-256); a staff member manages the subscriptions of
// their account's e-mail. Nobody else — admins included — reads subscribers' addresses.
import type {
  SavedSearch,
  SavedSearchFrequency,
  SavedSearchQuery,
  StaffSubscribeBody,
} from '@registry/contracts/saved-searches';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import { type Actor, takeSlot } from '../auth';
import { enqueueMail } from '../mail';
import { type CatalogueDeps, matchingPracticeIds } from '../practices';
import { alreadySubscribedMail, confirmationMail } from './saved-search-mail';
import {
  CONFIRM_TTL_MS,
  MANAGE_TTL_MS,
  MAX_SUBSCRIPTIONS_PER_EMAIL,
  normaliseSearch,
  searchKey,
} from './saved-search-rules';
import * as repo from './saved-searches.repository';
import { summariseSearch } from './search-summary';

/** Per source address and per e-mail, per hour: the rate-limit table's keys saved-search:ip:… and :email:… */
export const SUBSCRIBE_LIMITS = { perIp: 20, perEmail: 5, windowMs: 3600 * 1000 };

export const SUBSCRIBE_ACCEPTED =
  'Если адрес указан верно, на него придёт письмо со ссылкой для подтверждения подписки. Пока подписка не подтверждена, письма с подборкой не приходят; без подтверждения она будет удалена через 7 дней.';

const tooMany = (retryAfterS: number) =>
  new AppError('TOO_MANY_ATTEMPTS', {
    status: 429,
    detail: 'Слишком много запросов на подписку. Попробуйте позже.',
    headers: { 'retry-after': String(retryAfterS) },
  });

const linkNotFound = () =>
  new AppError('SUBSCRIPTION_LINK_NOT_FOUND', {
    status: 404,
    detail:
      'Ссылка не найдена: подписка уже отменена, не была подтверждена за 7 дней или ссылка скопирована не целиком.',
  });

const subscriptionNotFound = (id: number) =>
  new AppError('SUBSCRIPTION_NOT_FOUND', { status: 404, detail: `Подписка №${id} не найдена среди ваших` });

/**
 * The selection's codes must name real themes, regions… (as GET /api/practices demands): a 400
 * naming `body.search.<filter>`, checked against the same catalogue index.
 */
async function checkSearch(catalogue: CatalogueDeps, search: SavedSearchQuery) {
  try {
    await matchingPracticeIds(catalogue, search);
  } catch (error) {
    if (error instanceof AppError && error.status === 400 && error.errors) {
      throw new AppError(error.code, {
        status: 400,
        detail: error.detail,
        errors: error.errors.map((e) => ({ ...e, field: e.field.replace(/^query\./, 'body.search.') })),
      });
    }
    throw error;
  }
}

async function toView(prisma: PrismaClient, row: repo.SavedSearchRow): Promise<SavedSearch> {
  return {
    id: row.id,
    email: row.email,
    frequency: row.frequency,
    search: row.query,
    summary: await summariseSearch(prisma, row.query),
    status: row.confirmedAt ? 'confirmed' : 'pending',
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    lastSentAt: row.lastSentAt?.toISOString() ?? null,
  };
}

/**
 * A visitor subscribes an e-mail (double opt-in). The answer is the same whether the address is
 * new, pending or already subscribed; only the message differs: a confirmation link, or for a
 * selection already followed, the management link.
 */
export async function subscribe(
  prisma: PrismaClient,
  catalogue: CatalogueDeps,
  ip: string,
  input: { email: string; frequency: SavedSearchFrequency; search: SavedSearchQuery },
): Promise<void> {
  const { perIp, perEmail, windowMs } = SUBSCRIBE_LIMITS;
  const byIp = await takeSlot(prisma, `saved-search:ip:${ip}`, perIp, windowMs);
  if (!byIp.ok) throw tooMany(byIp.retryAfterS);
  const byEmail = await takeSlot(prisma, `saved-search:email:${input.email}`, perEmail, windowMs);
  if (!byEmail.ok) throw tooMany(byEmail.retryAfterS);
  await checkSearch(catalogue, input.search);

  const query = normaliseSearch(input.search);
  const queryKey = searchKey(query);
  const summary = await summariseSearch(prisma, query);
  await prisma.$transaction(async (tx) => {
    const existing = await repo.findByEmailAndKey(tx, input.email, queryKey);
    if (existing?.confirmedAt) {
      const token = await repo.issueToken(tx, existing.id, 'manage', MANAGE_TTL_MS);
      await enqueueMail(tx, alreadySubscribedMail(input.email, token, summary));
      return;
    }
    let id = existing?.id;
    if (existing) {
      await repo.updateFrequency(tx, existing.id, input.frequency);
    } else {
      // An address with many subscriptions gets no more; the answer says nothing of it.
      if ((await repo.countByEmail(tx, input.email)) >= MAX_SUBSCRIPTIONS_PER_EMAIL) return;
      id = (
        await repo.createSavedSearch(tx, {
          email: input.email,
          query,
          queryKey,
          frequency: input.frequency,
          confirmedAt: null,
        })
      ).id;
    }
    const token = await repo.issueToken(tx, id as number, 'confirm', CONFIRM_TTL_MS);
    await enqueueMail(tx, confirmationMail(input.email, token, summary, input.frequency));
  });
}

async function byToken(prisma: PrismaClient, token: string) {
  const found = await repo.findByToken(prisma, token);
  if (!found) throw linkNotFound();
  return found;
}

/** The subscription a link opens: the subscriber's own e-mail, selection and dates. */
export async function getByToken(prisma: PrismaClient, token: string): Promise<SavedSearch> {
  return toView(prisma, (await byToken(prisma, token)).savedSearch);
}

/** Confirms (once; again is harmless). The confirmation link then manages the subscription. */
export async function confirmByToken(prisma: PrismaClient, token: string): Promise<SavedSearch> {
  const { savedSearch } = await byToken(prisma, token);
  if (!savedSearch.confirmedAt) {
    const now = new Date();
    await prisma.$transaction(async (tx) => {
      await repo.confirm(tx, savedSearch.id, now);
      await repo.turnIntoManageToken(tx, token, MANAGE_TTL_MS, now);
    });
  }
  return toView(prisma, (await repo.findById(prisma, savedSearch.id)) as repo.SavedSearchRow);
}

export async function updateByToken(
  prisma: PrismaClient,
  token: string,
  frequency: SavedSearchFrequency,
): Promise<SavedSearch> {
  const { savedSearch } = await byToken(prisma, token);
  return toView(prisma, await repo.updateFrequency(prisma, savedSearch.id, frequency));
}

/** Unsubscribes: the subscription, its e-mail and every link are deleted at once. */
export async function deleteByToken(prisma: PrismaClient, token: string): Promise<void> {
  const { savedSearch } = await byToken(prisma, token);
  await repo.deleteSavedSearch(prisma, savedSearch.id);
}

// --- Staff, from their account ----------------------------------------------------------------

async function accountEmail(prisma: PrismaClient, actor: Actor) {
  const email = await repo.emailOfUser(prisma, actor.id);
  if (!email)
    throw new AppError('UNAUTHENTICATED', { status: 401, detail: 'Войдите в систему, чтобы продолжить' });
  return email;
}

/** A staff member's subscriptions: those of their account's e-mail, however they were made. */
export async function listMine(prisma: PrismaClient, actor: Actor) {
  const email = await accountEmail(prisma, actor);
  const rows = await repo.listByEmail(prisma, email);
  return { email, items: await Promise.all(rows.map((row) => toView(prisma, row))) };
}

/**
 * A staff member subscribes their account's e-mail: confirmed at once, since the address is the
 * account's own and the request carries its session (no link to confirm).
 */
export async function subscribeMine(
  prisma: PrismaClient,
  catalogue: CatalogueDeps,
  actor: Actor,
  input: StaffSubscribeBody & { search: SavedSearchQuery },
): Promise<SavedSearch> {
  const email = await accountEmail(prisma, actor);
  await checkSearch(catalogue, input.search);
  const query = normaliseSearch(input.search);
  const queryKey = searchKey(query);
  const existing = await repo.findByEmailAndKey(prisma, email, queryKey);
  if (existing?.confirmedAt) {
    throw new AppError('ALREADY_SUBSCRIBED', {
      status: 409,
      detail: 'Вы уже подписаны на эту подборку: частоту писем можно изменить в списке подписок.',
    });
  }
  const now = new Date();
  if (existing) {
    // A pending request for the same selection is confirmed by the account instead.
    await repo.confirm(prisma, existing.id, now);
    return toView(prisma, await repo.updateFrequency(prisma, existing.id, input.frequency));
  }
  if ((await repo.countByEmail(prisma, email)) >= MAX_SUBSCRIPTIONS_PER_EMAIL) {
    throw new AppError('TOO_MANY_SUBSCRIPTIONS', {
      status: 409,
      detail: `Не больше ${MAX_SUBSCRIPTIONS_PER_EMAIL} подписок на один адрес: удалите ненужные.`,
    });
  }
  const row = await repo.createSavedSearch(prisma, {
    email,
    query,
    queryKey,
    frequency: input.frequency,
    confirmedAt: now,
  });
  return toView(prisma, row);
}

async function mine(prisma: PrismaClient, actor: Actor, id: number) {
  const email = await accountEmail(prisma, actor);
  const row = await repo.findById(prisma, id);
  // Another person's subscription answers exactly like one that does not exist.
  if (!row || row.email !== email) throw subscriptionNotFound(id);
  return row;
}

export async function updateMine(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  frequency: SavedSearchFrequency,
) {
  await mine(prisma, actor, id);
  return toView(prisma, await repo.updateFrequency(prisma, id, frequency));
}

export async function deleteMine(prisma: PrismaClient, actor: Actor, id: number) {
  await mine(prisma, actor, id);
  await repo.deleteSavedSearch(prisma, id);
}
