/**
 * Reading an uploaded file into records (docs/decisions/0006-import-sheets.md, "Reading"): the
 * format from the extension when not given, CSV as UTF-8 or else Windows-1252, XLSX by the streaming reader of xlsx.ts. A
 * file that cannot be read is refused (400) naming the row, and nothing is stored.
 */
import { ValidationError } from '../../platform/errors.ts';
import { CsvSyntaxError, parseCsv, type SheetRecord } from './csv.ts';
import type { ImportFormat } from './model.ts';
import { readXlsx, XlsxReadError } from './xlsx.ts';

function decodeText(bytes: Buffer): string {
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

export async function readSheet(format: ImportFormat, bytes: Buffer): Promise<SheetRecord[]> {
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
