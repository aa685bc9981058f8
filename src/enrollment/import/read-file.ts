/**
 * Reading an uploaded file into records (docs/decisions/0006-import-sheets.md, "Reading"): the
 * format from the extension when not given, CSV as UTF-16 when it starts with a UTF-16 byte order
 * mark (Excel's "Unicode text"), else as UTF-8 or else Windows-1252, XLSX by the streaming reader of
 * xlsx.ts. A file that
 * cannot be read, or that holds the NUL character PostgreSQL cannot store, is refused (400) naming
 * the row, and nothing is stored.
 */
import { ValidationError } from '../../platform/errors.ts';
import { CsvSyntaxError, parseCsv, type SheetRecord } from './csv.ts';
import type { ImportFormat } from './model.ts';
import { readXlsx, XlsxReadError } from './xlsx.ts';

export function decodeText(bytes: Buffer): string {
  // Excel's "Unicode text" (Unicode-tekst) is UTF-16 little-endian with a byte order mark; read as
  // Windows-1252 every other byte would be a NUL (issue 12, item 9). The decoder drops the mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV (gescheiden door lijstscheidingsteken)" is written in Windows-1252, not UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function formatOf(fileName: string, format: ImportFormat | undefined): ImportFormat {
  if (format) return format;
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  throw new ValidationError([{ path: 'format', message: 'say csv or xlsx (the file name ends in neither)' }]);
}

/** The first cell holding a NUL, as 'row R, column C' (columns counted from 1); null if none does. */
function cellWithNul(records: readonly SheetRecord[]): string | null {
  for (const record of records) {
    const column = record.fields.findIndex((field) => field.includes('\u0000'));
    if (column >= 0) return `row ${record.row}, column ${column + 1}`;
  }
  return null;
}

export async function readSheet(format: ImportFormat, bytes: Buffer): Promise<SheetRecord[]> {
  const records = await readRecords(format, bytes);
  const nul = cellWithNul(records);
  if (nul !== null) {
    throw new ValidationError(
      [{ path: nul, message: 'holds the NUL character (U+0000), which no text may contain' }],
      'The file holds a NUL character; save it again as CSV (UTF-8) or XLSX. Nothing was stored.',
    );
  }
  return records;
}

async function readRecords(format: ImportFormat, bytes: Buffer): Promise<SheetRecord[]> {
  try {
    return format === 'xlsx' ? await readXlsx(bytes) : parseCsv(decodeText(bytes));
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ValidationError(
        [{ path: `row ${error.row}`, message: error.message }],
        'The CSV file cannot be read; nothing was stored.',
      );
    }
    if (error instanceof XlsxReadError) {
      throw new ValidationError(
        [{ path: 'contentBase64', message: error.message }],
        'The file cannot be read; nothing was stored.',
      );
    }
    throw error;
  }
}
