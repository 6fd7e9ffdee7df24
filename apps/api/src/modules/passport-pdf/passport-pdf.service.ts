// The printable passport: the public passport (the practices module's cached JSON, so a hidden
// or unknown practice is the same 404 problem) typeset as a PDF.
import { type PracticePassport, PracticePassportSchema } from '@registry/contracts/practices';
import { type CatalogueDeps, getPassport } from '../practices';
import { pdfMessages as m } from './messages';
import { renderPassportPdf } from './passport-layout';
import type { PdfCache } from './pdf-cache';

export interface PassportPdf {
  bytes: Buffer;
  /** The file name a browser saves it under: «Паспорт практики — <title>.pdf». */
  fileName: string;
  /** ASCII fallback for clients that ignore filename*. */
  asciiFileName: string;
}

/** Characters a file system or a header may not take in a file name. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]+/gu;
const MAX_TITLE_IN_NAME = 100;

export function fileNameOf(p: Pick<PracticePassport, 'title' | 'slug'>) {
  const title = p.title.replace(UNSAFE_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').trim();
  const short = title.length > MAX_TITLE_IN_NAME ? `${title.slice(0, MAX_TITLE_IN_NAME).trimEnd()}…` : title;
  return { fileName: m.fileName(short), asciiFileName: `passport-${p.slug}.pdf` };
}

export interface PassportPdfDeps extends CatalogueDeps {
  pdfs: PdfCache<PassportPdf>;
}

/**
 * GET /api/practices/:slug/passport.pdf: the public passport (the same 404 problem when it is not
 * public) typeset; `origin` makes the page address printed on each page.
 */
export async function getPassportPdf(
  deps: PassportPdfDeps,
  slug: string,
  origin: string,
): Promise<PassportPdf> {
  // The version first: a passport read after it is at least as new, so a kept PDF is never older
  // than its key says.
  const version = await deps.cache.currentVersion();
  const json = await getPassport(deps, slug);
  return deps.pdfs.get(`${version}|${slug}|${origin}`, async () => {
    const passport = PracticePassportSchema.parse(JSON.parse(json.raw.toString('utf8')));
    const bytes = await renderPassportPdf(passport, `${origin}/practices/${passport.slug}`);
    return { bytes, ...fileNameOf(passport) };
  });
}

/** RFC 6266 Content-Disposition with an RFC 8187 (5987) UTF-8 file name and an ASCII fallback. */
export function contentDisposition(pdf: Pick<PassportPdf, 'fileName' | 'asciiFileName'>): string {
  const encoded = encodeURIComponent(pdf.fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${pdf.asciiFileName}"; filename*=UTF-8''${encoded}`;
}
