// CSV, XLSX and JSON of the open-data export, written batch by batch as the client reads, so that
// memory stays bounded whatever the catalogue's size (docs/performance.md has the measurement).
import { PassThrough, Readable } from 'node:stream';
import {
  type ColumnDefinition,
  OPEN_DATA_LICENCE,
  PRACTICE_COLUMNS,
  SECTION_COLUMNS,
  SECTION_TITLES,
  type SectionName,
} from '@registry/contracts/open-data';
import ExcelJS from 'exceljs';
import { type Cell, JSON_SECTIONS, practiceRecord, sectionRecords } from './export-values';
import type { ExportRow } from './open-data.repository';

/** Restartable: XLSX reads the practices once per sheet. */
export type Batches = () => AsyncIterable<ExportRow[]>;

/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join('; ') : value;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const csvLine = (cells: Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** CSV (RFC 4180, UTF-8 with BOM so that Excel reads Cyrillic): one line per practice. */
export function csvStream(batches: Batches, baseUrl: string): Readable {
  async function* lines() {
    yield `\uFEFF${PRACTICE_COLUMNS.map((column) => column.key).join(',')}\r\n`;
    for await (const rows of batches()) {
      yield rows.map((row) => csvLine(Object.values(practiceRecord(row, baseUrl)))).join('');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

/** JSON: `{ licence, generatedAt, practices: [...] }`, each practice with its indicators and links. */
export function jsonStream(batches: Batches, baseUrl: string, generatedAt: Date): Readable {
  async function* parts() {
    yield `{"licence":${JSON.stringify(OPEN_DATA_LICENCE)},"generatedAt":${JSON.stringify(generatedAt)},"practices":[`;
    let first = true;
    for await (const rows of batches()) {
      const items = rows.map((row) => {
        const record: Record<string, unknown> = practiceRecord(row, baseUrl);
        for (const section of JSON_SECTIONS) {
          record[section] = sectionRecords(section, row).map(({ slug: _slug, ...rest }) => rest);
        }
        return JSON.stringify(record);
      });
      if (items.length === 0) continue;
      yield `${first ? '\n' : ',\n'}${items.join(',\n')}`;
      first = false;
    }
    yield '\n]}\n';
  }
  return Readable.from(parts(), { objectMode: false });
}

const NUMBER_FORMATS: Partial<Record<ColumnDefinition['type'], string>> = {
  integer: '0',
  number: '#,##0.##',
  datetime: 'yyyy-mm-dd hh:mm',
};
const WIDTHS: Partial<Record<ColumnDefinition['type'], number>> = {
  boolean: 10,
  integer: 10,
  number: 12,
  datetime: 18,
  code: 18,
  url: 50,
};

function xlsxColumns(columns: readonly ColumnDefinition[]) {
  return columns.map((column) => {
    const numFmt = NUMBER_FORMATS[column.type];
    return {
      header: column.titleRu,
      key: column.key,
      width: WIDTHS[column.type] ?? 40,
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
}

/** Bytes a sheet may have waiting for the zip's compressor before the writer waits. */
const PENDING_LIMIT = 1024 * 1024;

const xlsxValue = (value: Cell) => (Array.isArray(value) ? value.join('; ') : value);

/**
 * XLSX: the sheet «Практики» and a sheet per repeated section (themes, target groups,
 * indicators, links), linked by the practice's code. Sheets of a zip are written one after the
 * other, so the practices are read once per sheet instead of holding any sheet in memory.
 */
export function xlsxStream(batches: Batches, baseUrl: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Реестр лучших практик';
  // A client that leaves destroys the stream: stop reading the database. A late write of the
  // writer then fails quietly here (Fastify has already logged the closed connection).
  out.on('error', () => {});
  const gone = () => new Error('The client closed the connection');
  // Wait while what was written has not been compressed and read: memory stays at about one
  // batch. exceljs's sheet stream pushes into archiver's input buffer without backpressure, so
  // that buffer is watched as well as the response stream.
  const keepPace = async (sheet: ExcelJS.Worksheet) => {
    // archiver's input is a PassThrough of readable-stream 2 (no writableLength): read its state.
    type State = { length?: number } | undefined;
    const input = (
      sheet as unknown as { stream: { pipes?: { _writableState?: State; _readableState?: State }[] } }
    ).stream.pipes?.[0];
    const pending = () => (input?._writableState?.length ?? 0) + (input?._readableState?.length ?? 0);
    do {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (out.destroyed) throw gone();
    } while (pending() > PENDING_LIMIT || out.writableNeedDrain);
  };
  const sheetOf = (name: string, columns: readonly ColumnDefinition[]) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = xlsxColumns(columns);
    sheet.getRow(1).font = { bold: true };
    return sheet;
  };
  async function write() {
    const practices = sheetOf('Практики', PRACTICE_COLUMNS);
    for await (const rows of batches()) {
      for (const row of rows) {
        const record = practiceRecord(row, baseUrl);
        const values = Object.fromEntries(
          Object.entries(record).map(([key, value]) => [key, xlsxValue(value)]),
        );
        practices.addRow(values).commit();
      }
      await keepPace(practices);
    }
    practices.commit();
    for (const section of Object.keys(SECTION_COLUMNS) as SectionName[]) {
      const sheet = sheetOf(SECTION_TITLES[section], SECTION_COLUMNS[section]);
      for await (const rows of batches()) {
        for (const row of rows)
          for (const record of sectionRecords(section, row)) sheet.addRow(record).commit();
        await keepPace(sheet);
      }
      sheet.commit();
    }
    await workbook.commit();
  }
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
