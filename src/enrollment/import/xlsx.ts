/** Reading and writing XLSX sheets with exceljs: the first worksheet, cells as the text a user sees. */
import ExcelJS from 'exceljs';
import type { SheetRecord } from './csv.ts';

export class XlsxReadError extends Error {}

function isoDate(d: Date): string {
  // Excel stores a date without a zone; exceljs hands it back as that wall time in UTC.
  return d.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    // An e-mail address typed into Excel becomes a mailto: hyperlink; its text is the address.
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
    if ('formula' in value || 'sharedFormula' in value) {
      return 'result' in value && value.result !== undefined
        ? cellText(value.result as ExcelJS.CellValue)
        : '';
    }
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** Every non-empty row of the first worksheet, with its row number as Excel shows it. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new XlsxReadError(
      'the file is not an XLSX workbook (save it as "Excel-werkmap (.xlsx)" or as CSV)',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new XlsxReadError('the workbook has no worksheet');
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    // row.values is 1-based: index 0 is always empty.
    const values = row.values as ExcelJS.CellValue[];
    for (let c = 1; c < values.length; c++) fields.push(cellText(values[c]));
    if (fields.some((f) => f.trim() !== '')) records.push({ row: rowNumber, fields });
  });
  return records;
}

/** A workbook with one sheet: a bold heading row and the given rows, columns sized to the heading. */
export async function writeXlsx(sheetName: string, records: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of records) sheet.addRow([...r]);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    sheet.getColumn(col).width = Math.max(14, String(cell.value ?? '').length + 4);
  });
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
