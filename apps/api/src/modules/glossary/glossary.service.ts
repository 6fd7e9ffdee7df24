// The search glossary (docs/decisions/008): anyone may read it, moderators and admins edit it.
// A form (term, expansion or synonym) belongs to one entry only, so a typed word always
// expands one way.
import type { UserRole } from '@registry/contracts/auth';
import type { GlossaryEntry } from '@registry/contracts/glossary';
import type { FieldError } from '@registry/contracts/problem';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import {
  deleteEntry,
  type EntryData,
  findEntries,
  findEntry,
  type GlossaryRow,
  insertEntry,
  updateEntry,
} from './glossary.repository';
import { normaliseForm } from './glossary-terms';

/** Who may change the glossary. */
export const canEditGlossary = (role: UserRole): boolean => role === 'moderator' || role === 'admin';

const forbidden = () =>
  new AppError('FORBIDDEN', {
    status: 403,
    detail: 'Словарь поиска правят только модераторы и администраторы',
  });

const notFound = (id: number) =>
  new AppError('GLOSSARY_ENTRY_NOT_FOUND', { status: 404, detail: `Запись словаря №${id} не найдена` });

const toEntry = (row: GlossaryRow): GlossaryEntry => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export async function listGlossary(prisma: PrismaClient) {
  return { items: (await findEntries(prisma)).map(toEntry) };
}

/** Refuses forms that repeat within the entry or already belong to another entry. */
async function checkForms(prisma: PrismaClient, data: EntryData, selfId: number | null) {
  const taken = new Map<string, string>();
  for (const entry of await findEntries(prisma)) {
    if (entry.id === selfId) continue;
    for (const form of [entry.term, ...entry.expansions, ...entry.synonyms]) {
      taken.set(normaliseForm(form), entry.term);
    }
  }
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  const fields = [
    ['body.term', [data.term]],
    ['body.expansions', data.expansions],
    ['body.synonyms', data.synonyms],
  ] as const;
  for (const [field, forms] of fields) {
    forms.forEach((form, index) => {
      const key = normaliseForm(form);
      const name = field === 'body.term' ? field : `${field}.${index}`;
      const owner = taken.get(key);
      if (owner) errors.push({ field: name, message: `«${form}» уже есть в записи «${owner}»` });
      else if (seen.has(key)) errors.push({ field: name, message: `«${form}» повторяется в этой записи` });
      seen.add(key);
    });
  }
  if (errors.length) {
    throw new AppError('GLOSSARY_FORM_TAKEN', {
      status: 409,
      detail: errors.map((e) => e.message).join('; '),
      errors,
    });
  }
}

export async function createGlossaryEntry(prisma: PrismaClient, role: UserRole, data: EntryData) {
  if (!canEditGlossary(role)) throw forbidden();
  await checkForms(prisma, data, null);
  return toEntry(await insertEntry(prisma, data));
}

export async function updateGlossaryEntry(prisma: PrismaClient, role: UserRole, id: number, data: EntryData) {
  if (!canEditGlossary(role)) throw forbidden();
  if (!(await findEntry(prisma, id))) throw notFound(id);
  await checkForms(prisma, data, id);
  return toEntry(await updateEntry(prisma, id, data));
}

export async function deleteGlossaryEntry(prisma: PrismaClient, role: UserRole, id: number) {
  if (!canEditGlossary(role)) throw forbidden();
  if (!(await findEntry(prisma, id))) throw notFound(id);
  await deleteEntry(prisma, id);
}
