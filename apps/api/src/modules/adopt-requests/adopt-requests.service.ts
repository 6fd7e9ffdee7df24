// «Хочу внедрить эту практику»: a visitor's request reaches the practice region's coordinators
// (in «Уведомления» and by mail) and the practice's public contacts (by mail), in the transaction
// that stores it. Coordinators and moderators answer, change its status and delete it.
import type {
  AdoptRequest,
  AdoptRequestList,
  AdoptRequestStatus,
  CreateAdoptRequestBody,
} from '@registry/contracts/adopt-requests';
import { ContactSchema } from '@registry/contracts/practice-passport';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { type Actor, type Origin, takeSlot } from '../auth';
import { enqueueMail } from '../mail';
import { notify, staffToNotify } from '../notifications';
import { canReadRequests, checkFormToken } from './adopt-request-rules';
import {
  type AdoptRequestRow,
  adoptionsFor,
  deleteRequest,
  deleteRequestsBefore,
  findPublicPractice,
  findRequest,
  findRequests,
  insertReply,
  insertRequest,
  regionName,
  updateStatus,
} from './adopt-requests.repository';

/** Requests a source address may send per hour, and requests per e-mail address per day. */
export const LIMITS = {
  perAddress: { limit: 5, windowMs: 3_600_000 },
  perEmail: { limit: 3, windowMs: 24 * 3_600_000 },
};

const tooMany = (retryAfterS: number) =>
  new AppError('TOO_MANY_REQUESTS', {
    status: 429,
    detail: 'Слишком много заявок с этого адреса. Попробуйте позже или напишите авторам практики напрямую.',
    headers: { 'retry-after': String(retryAfterS) },
  });

const notFound = (id: number) =>
  new AppError('ADOPT_REQUEST_NOT_FOUND', { status: 404, detail: `Заявка №${id} не найдена` });

const ContactsSchema = z.array(ContactSchema);

/** A visitor's request. Returns whether it was stored (a filled honeypot is silently dropped). */
export async function createAdoptRequest(
  prisma: PrismaClient,
  input: { slug: string; body: CreateAdoptRequestBody; origin: Origin; formSecret: string; now: Date },
): Promise<boolean> {
  const { body, slug } = input;
  // A field people never see: only a bot fills it. It is told nothing.
  if (body.website?.trim()) return false;
  const token = checkFormToken(input.formSecret, body.formToken, input.now.getTime());
  if (token === 'invalid') {
    throw new AppError('FORM_EXPIRED', {
      status: 400,
      detail: 'Форма устарела. Обновите страницу и отправьте заявку ещё раз — введённое сохранится.',
    });
  }
  if (token === 'too_fast') {
    throw new AppError('FORM_TOO_FAST', {
      status: 400,
      detail: 'Форма отправлена слишком быстро. Проверьте данные и отправьте её ещё раз.',
    });
  }
  const practice = await findPublicPractice(prisma, slug);
  if (!practice)
    throw new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика «${slug}» не найдена` });
  const requesterRegion = await regionName(prisma, body.regionCode);
  if (!requesterRegion) {
    throw new AppError('VALIDATION_ERROR', {
      status: 400,
      detail: 'Выберите регион из списка',
      errors: [{ field: 'body.regionCode', message: 'Выберите регион из списка' }],
    });
  }
  const email = body.email.trim().toLowerCase();
  for (const [key, { limit, windowMs }] of [
    [`adopt-request:ip:${input.origin.ip}`, LIMITS.perAddress],
    [`adopt-request:email:${email}`, LIMITS.perEmail],
  ] as const) {
    const slot = await takeSlot(prisma, key, limit, windowMs);
    if (!slot.ok) throw tooMany(slot.retryAfterS);
  }
  const summary = `${body.organisation}, ${requesterRegion}`;
  const details = [
    `Имя: ${body.name}`,
    `Организация: ${body.organisation}`,
    `Регион: ${requesterRegion}`,
    `Электронная почта: ${email}`,
    ...(body.phone ? [`Телефон: ${body.phone}`] : []),
    `Сообщение: ${body.message}`,
  ];
  await prisma.$transaction(async (tx) => {
    const request = await insertRequest(tx, {
      practiceId: practice.id,
      name: body.name,
      organisation: body.organisation,
      regionCode: body.regionCode,
      email,
      phone: body.phone ?? null,
      message: body.message,
      consentAt: input.now,
    });
    await notify(tx, {
      userIds: await staffToNotify(tx, ['coordinator'], practice.regionCode),
      kind: 'adopt_request',
      title: `Новая заявка на внедрение практики «${practice.title}»`,
      body: summary,
      link: `/account/adopt-requests#request-${request.id}`,
    });
    // The practice's public contacts: the team that can tell how the practice works.
    const contacts = ContactsSchema.safeParse(practice.contacts);
    const addresses = new Set(
      (contacts.success ? contacts.data : []).flatMap((c) => (c.email ? [c.email.trim().toLowerCase()] : [])),
    );
    for (const to of addresses) {
      await enqueueMail(tx, {
        to,
        template: 'message',
        data: {
          subject: `Хотят внедрить вашу практику «${practice.title}»`,
          greeting: 'Здравствуйте!',
          paragraphs: [
            `Через Реестр лучших практик пришла заявка на внедрение практики «${practice.title}». Заявитель согласился передать свои данные авторам практики и координаторам её региона.`,
            ...details,
          ],
          link: { label: 'Открыть практику', url: `/practices/${practice.slug}` },
          footnote: 'Это письмо пришло на публичный адрес из паспорта практики.',
        },
      });
    }
  });
  return true;
}

async function readable(prisma: PrismaClient, actor: Actor, id: number) {
  const row = await findRequest(prisma, id);
  // Another region's request answers like one that does not exist: its data is not theirs.
  if (!row || !canReadRequests(actor, row.practice.regionCode)) throw notFound(id);
  return row;
}

const toRequest = (row: AdoptRequestRow, adoptions: Map<string, number>): AdoptRequest => ({
  id: row.id,
  status: row.status,
  practice: { id: row.practice.id, slug: row.practice.slug, title: row.practice.title },
  name: row.name,
  organisation: row.organisation,
  region: { code: row.regionCode, name: row.region.nameRu },
  email: row.email,
  phone: row.phone,
  message: row.message,
  createdAt: row.createdAt.toISOString(),
  adoptionId: adoptions.get(`${row.practice.id}:${row.regionCode}`) ?? null,
  replies: row.replies.map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt.toISOString() })),
});

async function answer(prisma: PrismaClient, row: AdoptRequestRow): Promise<AdoptRequest> {
  return toRequest(row, await adoptionsFor(prisma, [row]));
}

/** The caller's requests: a coordinator's region's, or every region's for moderators and admins. */
export async function listAdoptRequests(prisma: PrismaClient, actor: Actor): Promise<AdoptRequestList> {
  if (actor.role === 'expert' || (actor.role === 'coordinator' && !actor.regionCode)) {
    throw new AppError('FORBIDDEN', {
      status: 403,
      detail: 'Заявки на внедрение видят координаторы и модераторы',
    });
  }
  const rows = await findRequests(prisma, actor.role === 'coordinator' ? actor.regionCode : null);
  const adoptions = await adoptionsFor(prisma, rows);
  return { items: rows.map((row) => toRequest(row, adoptions)) };
}

export async function setAdoptRequestStatus(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  status: AdoptRequestStatus,
): Promise<AdoptRequest> {
  await readable(prisma, actor, id);
  await updateStatus(prisma, id, status);
  return answer(prisma, (await findRequest(prisma, id)) as AdoptRequestRow);
}

/** A coordinator's answer: kept with the request and mailed to the requester, together. */
export async function replyToAdoptRequest(
  prisma: PrismaClient,
  actor: Actor,
  id: number,
  body: string,
): Promise<AdoptRequest> {
  const row = await readable(prisma, actor, id);
  await prisma.$transaction(async (tx) => {
    await insertReply(tx, id, actor.id, body);
    if (row.status === 'new') await updateStatus(tx, id, 'in_contact');
    await enqueueMail(tx, {
      to: row.email,
      template: 'message',
      data: {
        subject: `Ответ на вашу заявку о практике «${row.practice.title}»`,
        greeting: `Здравствуйте, ${row.name}!`,
        paragraphs: body.split(/\n{2,}/),
        link: { label: 'Открыть практику', url: `/practices/${row.practice.slug}` },
        footnote:
          'Вы получили это письмо, потому что отправили заявку «Хочу внедрить эту практику» в Реестре лучших практик.',
      },
    });
  });
  return answer(prisma, (await findRequest(prisma, id)) as AdoptRequestRow);
}

/** Deletes a request and its replies, e.g. when the requester asks for their data to be deleted. */
export async function deleteAdoptRequest(prisma: PrismaClient, actor: Actor, id: number): Promise<void> {
  await readable(prisma, actor, id);
  await deleteRequest(prisma, id);
}

/** The retention purge: requests older than `retentionDays` are deleted with their replies. */
export function purgeExpiredAdoptRequests(prisma: PrismaClient, now: Date, retentionDays: number) {
  return deleteRequestsBefore(prisma, new Date(now.getTime() - retentionDays * 86_400_000));
}
