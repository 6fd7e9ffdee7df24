// Page addresses (slugs) of practices. A new practice's slug follows its title (transliterated)
// until someone sets it by hand or the practice is published; after publication only moderators
// change it, and the former slug keeps answering with a 301 to the current one.
import type { ChangeSlugBodySchema } from '@registry/contracts/submissions';
import type { Prisma, PrismaClient } from '@registry/db/generated/prisma/client';
import type { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { firstFreeSlug, slugFromTitle } from '../../lib/slugs';
import type { Actor } from '../auth';
import { staleRevision } from './stale-revision';
import { canEditSlug, canViewPractice, PUBLISHED_STATUSES } from './submission-rules';
import { findManaged } from './submissions.repository';
import { bumpRevision, moveSlug, recordEvent, takenSlugs } from './workflow.repository';

type Tx = Prisma.TransactionClient | PrismaClient;

/** A free slug made from `title` for practice `practiceId` (null: one being created). */
export async function slugForTitle(db: Tx, practiceId: number | null, title: string): Promise<string> {
  const base = slugFromTitle(title);
  return firstFreeSlug(base, await takenSlugs(db, practiceId, base));
}

const slugTaken = (slug: string) =>
  new AppError('SLUG_TAKEN', {
    status: 409,
    detail: `Адрес «${slug}» уже занят другой практикой`,
    errors: [{ field: 'body.slug', message: 'Этот адрес уже занят другой практикой: выберите другой' }],
  });

/** PUT /api/submissions/:id/slug. */
export async function changeSlug(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  body: z.output<typeof ChangeSlugBodySchema>,
) {
  const row = await findManaged(prisma, id);
  if (!row || !canViewPractice(actor, row)) {
    throw new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика №${id} не найдена` });
  }
  if (!canEditSlug(actor, row)) {
    throw new AppError('FORBIDDEN', {
      status: 403,
      detail: 'Адрес страницы опубликованной практики может изменить только модератор',
    });
  }
  if (row.revision !== body.revision) throw staleRevision(row.revision);
  if (body.slug === row.slug && !row.slugAuto) return;
  if ((await takenSlugs(prisma, id, body.slug)).has(body.slug)) throw slugTaken(body.slug);
  const wasPublic = PUBLISHED_STATUSES.includes(row.status);
  await prisma.$transaction(async (tx) => {
    const moved = await bumpRevision(
      tx,
      { id, revision: body.revision },
      { slug: body.slug, slugAuto: false },
    );
    if (!moved) throw staleRevision(row.revision + 1);
    // Taking back one of its own former slugs: that address is current again; a public one
    // leaves its old address behind as a redirect.
    await moveSlug(tx, id, row.slug, body.slug, wasPublic && body.slug !== row.slug);
    await recordEvent(tx, {
      practiceId: id,
      actorId: actor.id,
      action: 'change_slug',
      comment: `${row.slug} → ${body.slug}`,
      revision: body.revision + 1,
    });
  });
}
