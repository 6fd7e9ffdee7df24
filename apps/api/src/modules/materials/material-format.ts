// What a file is, read from its bytes and never from its name (issue 13 §5). `file-type` reads
// signatures and, for ZIP containers, their inner structure: OOXML by its [Content_Types].xml
// (so a .docm with macros is not a .docx), ODF by its `mimetype` entry. Legacy Office files
// share one container (CFB), also used by .msi installers: the streams inside tell them apart.
import type { MaterialFormat } from '@registry/contracts/materials';
import CFB from 'cfb';
import { fileTypeFromBuffer } from 'file-type';

interface FormatInfo {
  mediaType: string;
  /** Name endings that may carry this content. */
  extensions: readonly string[];
  /** What a reader sees in the list: «PDF», «DOCX». */
  label: string;
}

export const FORMATS: Record<MaterialFormat, FormatInfo> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  doc: { mediaType: 'application/msword', extensions: ['doc'], label: 'DOC' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'DOCX',
  },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['xls'], label: 'XLS' },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'XLSX',
  },
  ppt: { mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt'], label: 'PPT' },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PPTX',
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'ODT' },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], label: 'ODS' },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'], label: 'ODP' },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'PNG' },
  jpg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  gif: { mediaType: 'image/gif', extensions: ['gif'], label: 'GIF' },
  webp: { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP' },
};

/** Signatures `file-type` names for programs and installers: refused as executables. */
const EXECUTABLE_TYPES = new Set([
  'exe',
  'elf',
  'macho',
  'class',
  'jar',
  'apk',
  'dex',
  'wasm',
  'msi',
  'deb',
  'rpm',
  'dmg',
  'xpi',
  'crx',
  'swf',
  'lnk',
]);

const DIRECT: Partial<Record<string, MaterialFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  png: 'png',
  jpg: 'jpg',
  gif: 'gif',
  webp: 'webp',
};

export type Detection =
  | { ok: true; format: MaterialFormat }
  | { ok: false; reason: 'executable' | 'unsupported'; found?: string };

/** Bytes that start like a program even when `file-type` has no name for them. */
function looksExecutable(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4));
  return (
    head.subarray(0, 2).toString('latin1') === 'MZ' || // Windows PE, DOS
    head.toString('latin1') === '\x7fELF' ||
    head.subarray(0, 2).toString('latin1') === '#!' || // a script with an interpreter line
    ['feedface', 'feedfacf', 'cefaedfe', 'cffaedfe', 'cafebabe'].includes(head.toString('hex'))
  );
}

/** Tells a Word, Excel or PowerPoint 97–2003 file from other CFB containers (installers, …). */
function legacyOfficeFormat(bytes: Uint8Array): MaterialFormat | undefined {
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
    });
    const names = new Set(container.FileIndex.map((entry) => entry.name));
    if (names.has('WordDocument')) return 'doc';
    if (names.has('Workbook') || names.has('Book')) return 'xls';
    if (names.has('PowerPoint Document')) return 'ppt';
  } catch {
    // Not a readable container: unsupported below.
  }
  return undefined;
}

export async function detectFormat(bytes: Uint8Array): Promise<Detection> {
  if (looksExecutable(bytes)) return { ok: false, reason: 'executable' };
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { ok: false, reason: 'unsupported' };
  if (EXECUTABLE_TYPES.has(found.ext)) return { ok: false, reason: 'executable', found: found.ext };
  if (found.ext === 'cfb') {
    const format = legacyOfficeFormat(bytes);
    return format ? { ok: true, format } : { ok: false, reason: 'unsupported', found: 'CFB' };
  }
  const format = DIRECT[found.ext];
  return format ? { ok: true, format } : { ok: false, reason: 'unsupported', found: found.ext };
}

/** The name's ending, lower-cased, or '' without one. */
export const extensionOf = (fileName: string) => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
};

/** Whether the name's ending says what the content is. */
export const nameMatches = (fileName: string, format: MaterialFormat) =>
  FORMATS[format].extensions.includes(extensionOf(fileName));

// C0 and C1 controls, and the bidirectional overrides that make «txt.exe» read «exe.txt».
const CONTROL_OR_BIDI = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Why a file name cannot be kept, or null when it can. */
export function fileNameProblem(fileName: string): string | null {
  if (fileName.trim() === '') return 'у файла нет имени';
  if (/[/\\]/.test(fileName)) return 'имя файла не может содержать «/» или «\\»';
  if (CONTROL_OR_BIDI.test(fileName)) return 'имя файла содержит управляющие символы';
  if (fileName === '.' || fileName === '..') return 'недопустимое имя файла';
  if ([...fileName].length > 255) return 'имя файла длиннее 255 символов';
  return null;
}
