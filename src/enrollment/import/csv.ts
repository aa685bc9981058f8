/**
 * A CSV reader after RFC 4180: fields in double quotes may hold the separator, line breaks and
 * quotes written twice (""); records end in CRLF or LF. A UTF-8 byte order mark is dropped. Dutch
 * Excel writes `;` (the comma is the decimal sign there), and its "Unicode text" (UTF-16) a tab, so
 * the separator is read from the header: whichever of tab, `;` and `,` occurs most often outside
 * quotes in the first record (on a tie `;` before `,` before tab).
 */
export type CsvSeparator = ';' | ',' | '\t';

export class CsvSyntaxError extends Error {
  readonly row: number;
  constructor(row: number, message: string) {
    super(message);
    this.row = row;
  }
}

/** A record and the sheet row it is on, as a spreadsheet shows it (a blank line is a row too). */
export interface SheetRecord {
  row: number;
  fields: string[];
}

export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted) {
      if (c === 10 || c === 13) break;
      if (c === 59) semicolons++;
      else if (c === 44) commas++;
      else if (c === 9) tabs++;
    }
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Every record with its row (the header is row 1). Blank lines are rows without a record; a quote inside an unquoted field, text after
 * a closing quote, or a quote left open is refused with the sheet row it is on (the header is row 1).
 */
export function parseCsv(input: string, separator?: CsvSeparator): SheetRecord[] {
  const text = stripBom(input);
  const sep = (separator ?? detectSeparator(text)).charCodeAt(0);
  const records: SheetRecord[] = [];
  let record: string[] = [];
  let field = '';
  let recordRow = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    record.push(field);
    field = '';
    // A line with nothing on it is not a record (Excel ends files with one).
    if (!(record.length === 1 && record[0] === '')) records.push({ row: recordRow, fields: record });
    record = [];
    recordRow++;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 && field === '') {
      // A quoted field: up to the closing quote, "" standing for one quote.
      let j = i + 1;
      let value = '';
      let start = j;
      for (;;) {
        if (j >= n) throw new CsvSyntaxError(recordRow, `row ${recordRow}: a quoted field is never closed`);
        const d = text.charCodeAt(j);
        if (d === 34) {
          if (text.charCodeAt(j + 1) === 34) {
            value += text.slice(start, j + 1);
            j += 2;
            start = j;
            continue;
          }
          value += text.slice(start, j);
          j++;
          break;
        }
        j++;
      }
      const next = j < n ? text.charCodeAt(j) : -1;
      if (next !== -1 && next !== sep && next !== 10 && next !== 13) {
        throw new CsvSyntaxError(recordRow, `row ${recordRow}: text after the closing quote of a field`);
      }
      field = value;
      i = j;
      if (next === sep) {
        record.push(field);
        field = '';
        i++;
      }
      continue;
    }
    if (c === sep) {
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === 13 || c === 10) {
      endRecord();
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    if (c === 34) throw new CsvSyntaxError(recordRow, `row ${recordRow}: a quote inside an unquoted field`);
    // An unquoted run up to the next separator, quote or line end.
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === sep || d === 10 || d === 13 || d === 34) break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** Writes records as CSV with CRLF, quoting a field only when it must be. */
export function writeCsv(records: readonly (readonly string[])[], separator: CsvSeparator = ';'): string {
  const needs = new RegExp(`["\\r\\n${separator}]`);
  return records
    .map((r) => r.map((f) => (needs.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(separator))
    .join('\r\n')
    .concat('\r\n');
}
