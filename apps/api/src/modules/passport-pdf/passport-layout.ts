// Lays out a public passport on A4 pages with pdfkit: the title, key facts, then one headed
// section per part in the order of the passport page. pdfkit wraps long texts and starts new
// pages itself; this file keeps a heading with the lines after it and draws the indicators
// table row by row, so a row never splits across pages.
import {
  costBandLabels,
  organisationTypeLabels,
  practiceStatusLabels,
  replicationReadinessLabels,
} from '@registry/contracts/practice-enums';
import type { PracticePassport } from '@registry/contracts/practices';
import PDFDocument from 'pdfkit';
import { pdfMessages as m } from './messages';
import { type FontName, pdfFonts } from './pdf-fonts';

const MARGIN = 56; // 2 cm
const INK = '#0b0c0c';
const MUTED = '#505a5f';
const RULE = '#b1b4b6';
/** Room a heading needs below it (itself and two lines of text) before a page break is better. */
const KEEP_WITH_NEXT = 80;

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const dayFormat = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Moscow',
});

type Doc = PDFKit.PDFDocument;

function font(doc: Doc, name: FontName, size: number, color = INK): Doc {
  return doc.font(name).fontSize(size).fillColor(color);
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN * 2;
const bottom = (doc: Doc) => doc.page.height - MARGIN;

function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8);
  ensureRoom(doc, KEEP_WITH_NEXT);
  font(doc, 'bold', 15).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/** A passport text as written: each line a paragraph, list lines («1.», «-», «•») indented. */
function prose(doc: Doc, text: string) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) lines.push(m.notSpecified);
  font(doc, 'regular', 11);
  for (const line of lines) {
    const listItem = /^(\d+[.)]|[-–•*])\s+/.test(line);
    const indent = listItem ? 14 : 0;
    doc.text(line, MARGIN + indent, doc.y, {
      width: contentWidth(doc) - indent,
      lineGap: 2,
      paragraphGap: 5,
    });
  }
}

/** «Label: value» rows, the label in bold on its own line when the value is long. */
function facts(doc: Doc, rows: [string, string][]) {
  for (const [label, value] of rows) {
    ensureRoom(doc, 30);
    font(doc, 'bold', 10, MUTED).text(label, MARGIN, doc.y, { width: contentWidth(doc) });
    font(doc, 'regular', 11).text(value || m.notSpecified, { width: contentWidth(doc), lineGap: 1 });
    doc.moveDown(0.35);
  }
}

function bullets(doc: Doc, items: string[]) {
  font(doc, 'regular', 11);
  for (const item of items) {
    doc.text(`•  ${item}`, MARGIN + 6, doc.y, { width: contentWidth(doc) - 6, lineGap: 2 });
  }
}

function indicatorsTable(doc: Doc, indicators: PracticePassport['indicators']) {
  const width = contentWidth(doc);
  const widths = [width - 230, 60, 60, 60, 50];
  const cells = (values: readonly string[], name: FontName) => {
    font(doc, name, 10);
    const height = Math.max(
      ...values.map((value, i) => doc.heightOfString(value, { width: (widths[i] ?? 0) - 6 })),
    );
    ensureRoom(doc, height + 8);
    const top = doc.y;
    let x = MARGIN;
    values.forEach((value, i) => {
      const columnWidth = widths[i] ?? 0;
      doc.text(value, x, top + 4, { width: columnWidth - 6, align: i === 0 ? 'left' : 'right' });
      x += columnWidth;
    });
    const rowBottom = top + height + 8;
    doc
      .moveTo(MARGIN, rowBottom)
      .lineTo(MARGIN + width, rowBottom)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = rowBottom;
  };
  const num = (value: number | null) => (value === null ? '—' : numberFormat.format(value));
  doc.moveDown(0.3);
  cells(m.indicatorColumns, 'bold');
  for (const row of indicators) {
    cells(
      [row.name, row.unit || '—', num(row.baseline), num(row.achieved), row.year ? String(row.year) : '—'],
      'regular',
    );
  }
  doc.moveDown(0.5);
}

function link(doc: Doc, title: string, url: string) {
  font(doc, 'regular', 11).text(title, MARGIN, doc.y, { width: contentWidth(doc) });
  // The address itself, so it can be typed from paper, and clickable on screen.
  font(doc, 'regular', 9, '#1d70b8').text(url, { width: contentWidth(doc), link: url, underline: true });
  doc.moveDown(0.3);
}

function header(doc: Doc, p: PracticePassport) {
  font(doc, 'regular', 11, MUTED).text(m.caption, MARGIN, MARGIN, { width: contentWidth(doc) });
  font(doc, 'bold', 22).text(p.title, { width: contentWidth(doc), lineGap: 1 });
  doc.moveDown(0.4);
  if (p.isDemo) {
    font(doc, 'italic', 10, MUTED).text(m.demoNotice, { width: contentWidth(doc) });
    doc.moveDown(0.4);
  }
  font(doc, 'regular', 13).text(p.summary, { width: contentWidth(doc), lineGap: 2 });
  const { review } = p;
  if (p.status === 'recommended') {
    doc.moveDown(0.5);
    font(doc, 'bold', 12, '#00703c').text(m.recommended, { width: contentWidth(doc) });
    if (review.recommendationText) {
      font(doc, 'bold', 10, MUTED).text(m.reviewJustification);
      font(doc, 'regular', 11).text(review.recommendationText, { width: contentWidth(doc), lineGap: 1 });
    }
  }
  const dates = [
    review.lastReviewedAt ? `${m.reviewedOn} ${dayFormat.format(new Date(review.lastReviewedAt))}` : null,
    review.nextReviewDueAt ? `${m.nextReviewOn} ${dayFormat.format(new Date(review.nextReviewDueAt))}` : null,
  ].filter((line) => line !== null);
  if (dates.length > 0) font(doc, 'regular', 10, MUTED).text(dates.join(' · '), { width: contentWidth(doc) });
}

function body(doc: Doc, p: PracticePassport) {
  heading(doc, m.factsTitle);
  facts(doc, [
    [m.regionLabel, p.region.nameRu],
    [m.districtLabel, p.region.district.nameRu],
    [m.organisationLabel, `${p.organisation.name} (${organisationTypeLabels[p.organisation.type]})`],
    [m.periodLabel, m.period(p.period.startYear, p.period.endYear)],
    [m.evidenceLabel, `${p.evidenceLevel.nameRu}. ${p.evidenceLevel.descriptionRu}`],
    [m.readinessLabel, replicationReadinessLabels[p.replicationReadiness]],
    [m.costLabel, costBandLabels[p.costBand]],
    [m.statusLabel, practiceStatusLabels[p.status]],
  ]);
  heading(doc, m.problemTitle);
  prose(doc, p.problem);
  heading(doc, m.goalsTitle);
  prose(doc, p.goals);
  heading(doc, m.methodsTitle);
  prose(doc, p.methods);
  if (p.resultsNarrative.trim() !== '' || p.indicators.length > 0) {
    heading(doc, m.resultsTitle);
    if (p.resultsNarrative.trim() !== '') prose(doc, p.resultsNarrative);
    if (p.indicators.length > 0) indicatorsTable(doc, p.indicators);
  }
  heading(doc, m.resourcesTitle);
  facts(doc, [
    [m.staffLabel, p.resources.staff.trim()],
    [m.budgetLabel, p.resources.budget.trim()],
    [m.durationLabel, p.resources.duration.trim()],
  ]);
  heading(doc, m.supportTitle);
  bullets(doc, [
    `${m.supportMaterials}: ${p.support.methodicalMaterials ? m.yes : m.no}`,
    `${m.supportTraining}: ${p.support.training ? m.yes : m.no}`,
    `${m.supportInternship}: ${p.support.internship ? m.yes : m.no}`,
  ]);
  if (p.partners.trim() !== '') {
    heading(doc, m.partnersTitle);
    prose(doc, p.partners);
  }
  if (p.targetGroups.length > 0) {
    heading(doc, m.targetGroupsTitle);
    bullets(
      doc,
      p.targetGroups.map((group) => group.nameRu),
    );
  }
  if (p.themes.length > 0) {
    heading(doc, m.themesTitle);
    bullets(
      doc,
      p.themes.map((theme) => theme.nameRu),
    );
  }
  heading(doc, m.contactsTitle);
  if (p.contacts.length === 0) font(doc, 'regular', 11).text(m.contactsEmpty, MARGIN);
  for (const contact of p.contacts) {
    ensureRoom(doc, 50);
    font(doc, 'bold', 11).text(contact.name, MARGIN, doc.y, { width: contentWidth(doc) });
    font(doc, 'regular', 11);
    if (contact.role) doc.text(contact.role, { width: contentWidth(doc) });
    if (contact.email) doc.text(`${m.emailLabel}: ${contact.email}`, { link: `mailto:${contact.email}` });
    if (contact.phone) doc.text(`${m.phoneLabel}: ${contact.phone}`);
    doc.moveDown(0.4);
  }
  if (p.links.length > 0) {
    heading(doc, m.linksTitle);
    for (const item of p.links) link(doc, item.title, item.url);
  }
}

/** Page numbers and the passport's address at the foot of every page. */
function footers(doc: Doc, pageUrl: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 18;
    font(doc, 'regular', 8, MUTED);
    doc.text(m.source(pageUrl), MARGIN, y, {
      width: contentWidth(doc) - 80,
      lineBreak: false,
      link: pageUrl,
    });
    doc.text(m.page(i + 1, range.count), MARGIN, y, {
      width: contentWidth(doc),
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/** The passport as PDF bytes; `pageUrl` is the public address printed on every page. */
export function renderPassportPdf(p: PracticePassport, pageUrl: string): Promise<Buffer> {
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: 'ru-RU',
    displayTitle: true,
    font: fonts.regular as unknown as string,
    info: {
      Title: `${m.caption}: ${p.title}`,
      Subject: p.summary,
      Author: p.organisation.name,
      Creator: 'Реестр лучших практик',
    },
  });
  for (const [name, bytes] of Object.entries(fonts)) doc.registerFont(name, bytes);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, p);
  body(doc, p);
  footers(doc, pageUrl);
  doc.end();
  return done;
}
