/**
 * Reading the first worksheet of an XLSX (issue 12, item 2): a streaming reader of our own on
 * fflate (unzip) and saxes (XML), cells as the text a user sees, every limit of xlsx-limits.ts
 * enforced while reading. Two passes over the zip: the first reads the workbook, its relationships,
 * the styles and the shared strings (Excel often stores those after the sheets); the second streams
 * the sheet. Only non-empty rows are kept, each as dense as its last filled column.
 */
import type { SheetRecord } from './csv.ts';
import { columnName, columnOf, serialDate } from './xlsx-cells.ts';
import { XLSX_LIMITS, type XlsxLimits, XlsxReadError } from './xlsx-limits.ts';
import {
  emptyWorkbookInfo,
  maxRun,
  overlongCell,
  relationshipsPart,
  sharedStringsPart,
  stylesPart,
  type WorkbookInfo,
  workbookPart,
} from './xlsx-parts.ts';
import { type XmlHandlers, type XmlStream, xmlStream } from './xlsx-xml.ts';
import { type ByteBudget, notAWorkbook, streamParts } from './xlsx-zip.ts';

export { writeXlsx } from './xlsx-write.ts';
export { XlsxReadError };

const WORKBOOK = 'xl/workbook.xml';
const FIRST_PASS: Record<string, (info: WorkbookInfo, limits: XlsxLimits) => XmlStream> = {
  [WORKBOOK]: workbookPart,
  'xl/_rels/workbook.xml.rels': relationshipsPart,
  'xl/styles.xml': stylesPart,
  'xl/sharedStrings.xml': sharedStringsPart,
};

/** Every non-empty row of the first worksheet, with its row number as Excel shows it. */
export async function readXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<SheetRecord[]> {
  const budget: ByteBudget = { left: limits.maxBytes, limit: limits.maxBytes };
  const info = emptyWorkbookInfo();
  const streams = new Map<string, XmlStream>();
  const names = await streamParts(
    bytes,
    (name) => {
      const part = FIRST_PASS[name];
      if (!part) return undefined;
      const stream = part(info, limits);
      streams.set(name, stream);
      return (text) => stream.write(text);
    },
    budget,
  );
  if (!names.has(WORKBOOK)) throw new XlsxReadError(notAWorkbook);
  for (const stream of streams.values()) stream.end();

  const target = info.firstSheetRelId ? info.targets.get(info.firstSheetRelId) : undefined;
  const sheetPart = target ?? 'xl/worksheets/sheet1.xml';
  if (!names.has(sheetPart)) throw new XlsxReadError('the workbook has no worksheet');
  const reader = sheetReader(info, limits);
  const sheet = xmlStream(sheetPart, reader.handlers, maxRun(limits), () =>
    overlongCell(limits, reader.where()),
  );
  await streamParts(bytes, (name) => (name === sheetPart ? (text) => sheet.write(text) : undefined), budget);
  sheet.end();
  return reader.records;
}

type CellType = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';

/** The SAX handlers that turn <row> and <c> elements into records (ECMA-376 part 1 §18.3.1.4, §18.3.1.73). */
function sheetReader(info: WorkbookInfo, limits: XlsxLimits) {
  const records: SheetRecord[] = [];
  let rowNumber = 0;
  let fields: string[] = [];
  let column = 0;
  let type: CellType = 'n';
  let style = 0;
  /** The <v> text, or the inline string's <t> text, of the cell being read. */
  let value: string[] = [];
  let length = 0;
  let collecting = false;
  let inInline = false;
  let inPhonetic = false;

  const cellRef = () => `${columnName(column)}${rowNumber}`;

  function cellText(raw: string): string {
    switch (type) {
      case 's': {
        const shared = info.sharedStrings[Number(raw)];
        if (shared === null) throw overlongCell(limits, cellRef());
        return shared ?? '';
      }
      case 'b':
        return raw === '1' || raw === 'true' ? 'true' : 'false';
      case 'd':
        // An ISO 8601 date(-time) cell (t="d"): the date part, as a typed date shows.
        return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
      case 'n': {
        if (raw === '') return '';
        const n = Number(raw);
        if (Number.isNaN(n)) return raw;
        if (info.dateStyles[style]) return serialDate(n, info.date1904) ?? String(n);
        return String(n);
      }
      default:
        // inlineStr, str (a formula's text result), e (an error such as #N/A): the text as stored.
        return raw;
    }
  }

  const handlers: XmlHandlers = {
    open(name, a) {
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? rowNumber + 1 : Number.parseInt(a.r, 10);
          rowNumber = Number.isFinite(r) ? r : rowNumber + 1;
          fields = [];
          column = 0;
          return;
        }
        case 'c': {
          column = (a.r === undefined ? undefined : columnOf(a.r)) ?? column + 1;
          type = (a.t as CellType | undefined) ?? 'n';
          style = a.s === undefined ? 0 : Number(a.s);
          value = [];
          length = 0;
          return;
        }
        case 'v':
          collecting = true;
          return;
        case 'is':
          inInline = true;
          return;
        case 'rPh':
          inPhonetic = true;
          return;
        case 't':
          if (inInline && !inPhonetic) collecting = true;
          return;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          collecting = false;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          inPhonetic = false;
          return;
        case 'c': {
          const text = cellText(value.join(''));
          if (text === '') return;
          if (column > limits.maxColumns) {
            throw new XlsxReadError(
              `cell ${cellRef()} is beyond column ${columnName(limits.maxColumns)}, the last column read (the limit)`,
            );
          }
          while (fields.length < column - 1) fields.push('');
          fields[column - 1] = text;
          return;
        }
        case 'row': {
          if (!fields.some((f) => f.trim() !== '')) return;
          // The heading row comes on top of the rows the limit counts.
          if (records.length > limits.maxRows) {
            throw new XlsxReadError(
              `the sheet has more than ${limits.maxRows.toLocaleString('en')} rows below the heading (the limit); split it`,
            );
          }
          records.push({ row: rowNumber, fields });
          return;
        }
      }
    },
    text(t) {
      if (!collecting) return;
      length += t.length;
      if (length > limits.maxCellChars) throw overlongCell(limits, cellRef());
      value.push(t);
    },
  };
  return { handlers, records, where: () => (column > 0 ? cellRef() : undefined) };
}
