/**
 * What an uploaded XLSX may hold (issue 12, item 2; docs/import-sheets.md, "Limits"). The reader
 * enforces each while it reads, so a small file that unpacks to a huge sheet is refused before it
 * takes memory or time: a zip bomb, a cell in column XFD, an overlong cell.
 */
import { MAX_IMPORT_ROWS } from './rules.ts';

export interface XlsxLimits {
  /** Non-empty rows below the heading row. */
  maxRows: number;
  /** The last column a value may stand in (1 = A). */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** Bytes unpacked from the zip, all parts read together (workbook, styles, strings, sheet). */
  maxBytes: number;
  /** Entries in the workbook's shared-string table. */
  maxSharedStrings: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxRows: MAX_IMPORT_ROWS,
  // The template has 9 columns; room for a company's own extra columns beside them.
  maxColumns: 100,
  // A name, an address or a reference; Excel itself allows 32,767.
  maxCellChars: 1_000,
  // 100,000 rows of 9 cells written as inline strings unpack to about 60 MB; shared strings to less.
  maxBytes: 100_000_000,
  maxSharedStrings: 2_000_000,
};

/** The file is no XLSX Klasse can read, or exceeds a limit; the message says which, in the user's terms. */
export class XlsxReadError extends Error {}
