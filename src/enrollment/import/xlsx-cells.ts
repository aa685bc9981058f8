/**
 * Pure helpers for reading SpreadsheetML (ECMA-376 part 1, §18.3 and §18.8): cell references,
 * Excel's serial dates and which number formats show a date.
 */

/** The 1-based column of a cell reference such as "B7" or "XFD1"; undefined when it has no letters. */
export function columnOf(reference: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    const upper = code >= 97 && code <= 122 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
    // XFD (16,384) is Excel's last column; a longer run of letters is not a reference.
    if (column > 16_384) return undefined;
  }
  return i === 0 ? undefined : column;
}

/** The letters of a 1-based column: 1 -> "A", 28 -> "AB", 16384 -> "XFD". */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 system as Excel counts from day 61 on: 1899-12-30. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 system (a workbook with date1904, as old Mac Excel made them). */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The calendar date of an Excel serial date, as YYYY-MM-DD. Excel's 1900 system counts the
 * non-existent 29 February 1900 (Lotus 1-2-3 compatibility, ECMA-376 part 1 §18.17.4.1): serial 60
 * is that day, so serials 1-59 are one day later than a plain count from 1899-12-30 would say.
 * The time of day (the fraction) is dropped: a birth date has none.
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const day = Math.floor(serial);
  if (date1904) return isoDay(EPOCH_1904 + day * MS_PER_DAY);
  // Serial 0 is Excel's "0 January 1900": no date; the number is read as it is.
  if (day === 0) return undefined;
  if (day === 60) return '1900-02-29';
  return isoDay(EPOCH_1900 + (day < 60 ? day + 1 : day) * MS_PER_DAY);
}

function isoDay(ms: number): string | undefined {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Built-in number formats that show a date or time (ECMA-376 part 1 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/**
 * Whether a number format shows a date: a built-in date format, or a format code with a day, month
 * or year outside quoted text, escapes and [colour]/[locale] brackets ("dd-mm-jjjj" counts too: a
 * Dutch Excel saves its own letters as they are).
 */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(numFmtId)) return true;
  if (formatCode === undefined) return false;
  const bare = formatCode
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyj]/i.test(bare);
}
