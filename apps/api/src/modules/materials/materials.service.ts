// The rules of methodical materials: who may attach and remove files, what a file may be, and
// who may download which. Every refusal names the file.
import { createHash } from 'node:crypto';
import {
  MATERIAL_MAX_BYTES,
  MATERIALS_PER_PRACTICE,
  type MaterialFields,
  type MaterialFormat,
  type PracticeMaterials,
  type StaffMaterials,
} from '@registry/contracts/materials';
import { type PracticeStatus, PUBLIC_STATUSES } from '@registry/contracts/practice-enums';
import type { PrismaClient } from '@registry/db/generated/prisma/client';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../auth';
import { canEditPractice, canViewPractice } from '../submissions';
import { detectFormat, FORMATS, fileNameProblem, nameMatches } from './material-format';
import {
  countCurrentMaterials,
  findAllMaterials,
  findCurrentMaterials,
  findMaterial,
  findPracticeRef,
  type MaterialRow,
  removeMaterial,
} from './materials.repository';
import type { MaterialStorage } from './materials.storage';
import { toMaterial, toStaffMaterial } from './materials-mappers';

const isPublic = (status: PracticeStatus) => (PUBLIC_STATUSES as readonly PracticeStatus[]).includes(status);

const practiceNotFound = (what: string | number) =>
  new AppError('PRACTICE_NOT_FOUND', { status: 404, detail: `Практика «${what}» не найдена` });

const materialNotFound = (id: number) =>
  new AppError('MATERIAL_NOT_FOUND', { status: 404, detail: `Материал №${id} не найден` });

/** A refusal about one file: the problem names it in `detail` and on the `file` field. */
export function fileProblem(code: string, status: number, fileName: string, reason: string) {
  return new AppError(code, {
    status,
    detail: `Файл «${fileName}» не принят: ${reason}.`,
    errors: [{ field: 'body.file', message: `«${fileName}»: ${reason}` }],
  });
}

/** A file over the limit, refused while it is still arriving. */
export const fileTooLarge = (fileName: string) =>
  fileProblem('FILE_TOO_LARGE', 413, fileName, 'файл больше 25 МБ');

/** Public: the materials of a published passport. */
export async function listPublicMaterials(prisma: PrismaClient, slug: string): Promise<PracticeMaterials> {
  const practice = await findPracticeRef(prisma, { slug });
  if (!practice || !isPublic(practice.status)) throw practiceNotFound(slug);
  return { items: (await findCurrentMaterials(prisma, practice.id)).map(toMaterial) };
}

async function viewable(prisma: PrismaClient, actor: Actor, practiceId: number) {
  const practice = await findPracticeRef(prisma, { id: practiceId });
  // A practice the caller may not see answers like one that does not exist.
  if (!practice || !canViewPractice(actor, practice)) throw practiceNotFound(practiceId);
  return practice;
}

async function editable(prisma: PrismaClient, actor: Actor, practiceId: number) {
  const practice = await viewable(prisma, actor, practiceId);
  if (!canEditPractice(actor, practice)) {
    throw new AppError('FORBIDDEN', {
      status: 403,
      detail:
        'Материалы практики добавляет и удаляет координатор её региона, пока паспорт можно редактировать',
    });
  }
  return practice;
}

/** Staff: every material of a practice, removed ones that kept versions still list included. */
export async function listStaffMaterials(
  prisma: PrismaClient,
  actor: Actor,
  practiceId: number,
): Promise<StaffMaterials> {
  const practice = await viewable(prisma, actor, practiceId);
  const rows = await findAllMaterials(prisma, practice.id);
  return { items: rows.map(toStaffMaterial), canEdit: canEditPractice(actor, practice) };
}

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  fields: MaterialFields;
}

/** Checks a file by its name and content; the format found, or a 4xx naming the file. */
export async function checkFile(fileName: string, bytes: Uint8Array): Promise<MaterialFormat> {
  const nameProblem = fileNameProblem(fileName);
  if (nameProblem) throw fileProblem('INVALID_FILE_NAME', 400, fileName, nameProblem);
  if (bytes.byteLength > MATERIAL_MAX_BYTES) throw fileTooLarge(fileName);
  if (bytes.byteLength === 0) throw fileProblem('EMPTY_FILE', 400, fileName, 'файл пуст');
  const detection = await detectFormat(bytes);
  if (!detection.ok && detection.reason === 'executable') {
    throw fileProblem('EXECUTABLE_FILE', 415, fileName, 'программы и сценарии загружать нельзя');
  }
  if (!detection.ok) {
    throw fileProblem(
      'UNSUPPORTED_FILE_TYPE',
      415,
      fileName,
      `${detection.found ? `содержимое — ${detection.found.toUpperCase()}; ` : ''}принимаются PDF, DOC/DOCX, XLS/XLSX, PPT/PPTX, ODT/ODS/ODP и изображения PNG, JPEG, GIF, WebP`,
    );
  }
  if (!nameMatches(fileName, detection.format)) {
    const info = FORMATS[detection.format];
    throw fileProblem(
      'FILE_TYPE_MISMATCH',
      415,
      fileName,
      `по содержимому это ${info.label}, а имя говорит другое; назовите файл «….${info.extensions[0]}»`,
    );
  }
  return detection.format;
}

export async function addMaterial(
  prisma: PrismaClient,
  storage: MaterialStorage,
  actor: Actor,
  practiceId: number,
  upload: Upload,
) {
  const practice = await editable(prisma, actor, practiceId);
  const format = await checkFile(upload.fileName, upload.bytes);
  if ((await countCurrentMaterials(prisma, practice.id)) >= MATERIALS_PER_PRACTICE) {
    throw fileProblem(
      'TOO_MANY_MATERIALS',
      409,
      upload.fileName,
      `у практики уже ${MATERIALS_PER_PRACTICE} материалов — удалите ненужный`,
    );
  }
  const row = await storage.put(
    prisma,
    {
      practiceId: practice.id,
      title: upload.fields.title,
      kind: upload.fields.kind,
      fileName: upload.fileName.normalize('NFC'),
      format,
      mediaType: FORMATS[format].mediaType,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      createdById: actor.id,
      sizeBytes: upload.bytes.byteLength,
    },
    upload.bytes,
  );
  return toStaffMaterial({ ...row, versions: [] });
}

export async function deleteMaterial(
  prisma: PrismaClient,
  storage: MaterialStorage,
  actor: Actor,
  practiceId: number,
  materialId: number,
) {
  const practice = await editable(prisma, actor, practiceId);
  const row = await findMaterial(prisma, materialId);
  if (!row || row.practiceId !== practice.id || row.removedAt) throw materialNotFound(materialId);
  if ((await removeMaterial(prisma, materialId)) === 'deleted') await storage.delete(row);
}

/**
 * Which material a caller may download: anyone, a current material of a public passport;
 * staff who may see the practice, any of its materials (drafts, and files kept versions list).
 */
export async function materialForDownload(
  prisma: PrismaClient,
  actor: Actor | null,
  id: number,
): Promise<MaterialRow> {
  const row = await findMaterial(prisma, id);
  if (!row) throw materialNotFound(id);
  const practice = await findPracticeRef(prisma, { id: row.practiceId });
  if (!practice) throw materialNotFound(id);
  const publicFile = isPublic(practice.status) && row.removedAt === null;
  if (!publicFile && !(actor && canViewPractice(actor, practice))) throw materialNotFound(id);
  return row;
}
