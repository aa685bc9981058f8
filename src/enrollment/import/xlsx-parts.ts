/**
 * The small parts of a workbook the sheet needs (ECMA-376 part 1): which worksheet comes first
 * (workbook.xml and its relationships), which cell styles show a date (styles.xml), and the
 * shared-string table every text cell points into (sharedStrings.xml).
 */
import { isDateFormat } from './xlsx-cells.ts';
import { type XlsxLimits, XlsxReadError } from './xlsx-limits.ts';
import { type XmlHandlers, type XmlStream, xmlStream } from './xlsx-xml.ts';

/** What the first pass over the package learned. */
export interface WorkbookInfo {
  /** The relationship id of the first sheet in workbook order. */
  firstSheetRelId: string | undefined;
  /** Relationship id -> part name, for the workbook's relationships. */
  targets: Map<string, string>;
  /** The 1904 date system (ECMA-376 part 1 §18.2.28, workbookPr/@date1904). */
  date1904: boolean;
  /** Per cell style (the cell's s attribute): whether it shows a date. */
  dateStyles: boolean[];
  /** The shared strings in order; null for one longer than the cell limit (refused when used). */
  sharedStrings: (string | null)[];
}

export function emptyWorkbookInfo(): WorkbookInfo {
  return {
    firstSheetRelId: undefined,
    targets: new Map(),
    date1904: false,
    dateStyles: [],
    sharedStrings: [],
  };
}

/** A run between tags longer than a cell may be: escaped characters take up to 10 (&#x10FFFF;). */
export function maxRun(limits: XlsxLimits): number {
  return limits.maxCellChars * 10 + 1_024;
}

export function workbookPart(info: WorkbookInfo, limits: XlsxLimits): XmlStream {
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === 'workbookPr') {
        const v = attributes.date1904;
        info.date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet' && info.firstSheetRelId === undefined) {
        // r:id, whatever prefix the writer bound to the relationships namespace.
        const key = Object.keys(attributes).find((k) => k.endsWith(':id'));
        info.firstSheetRelId = key ? attributes[key] : undefined;
      }
    },
    close() {},
    text() {},
  };
  return xmlStream('xl/workbook.xml', handlers, maxRun(limits), tooLongIn('xl/workbook.xml'));
}

export function relationshipsPart(info: WorkbookInfo, limits: XlsxLimits): XmlStream {
  const handlers: XmlHandlers = {
    open(name, attributes) {
      const id = attributes.Id;
      const target = attributes.Target;
      if (name !== 'Relationship' || !id || !target) return;
      // A target is relative to xl/ (where workbook.xml lives), or absolute from the package root.
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      info.targets.set(id, path);
    },
    close() {},
    text() {},
  };
  return xmlStream('xl/_rels/workbook.xml.rels', handlers, maxRun(limits), tooLongIn('relationships'));
}

export function stylesPart(info: WorkbookInfo, limits: XlsxLimits): XmlStream {
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === 'numFmt') {
        formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        styleFormats.push(Number(attributes.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === 'cellXfs') {
        inCellXfs = false;
        info.dateStyles = styleFormats.map((id) => isDateFormat(id, formats.get(id)));
      }
    },
    text() {},
  };
  return xmlStream('xl/styles.xml', handlers, maxRun(limits), tooLongIn('xl/styles.xml'));
}

/**
 * The shared strings: an <si> holds its text in one <t>, or in runs (<r><t>) of rich text; the
 * phonetic guide (<rPh>, for Japanese) is not part of the text the cell shows.
 */
export function sharedStringsPart(info: WorkbookInfo, limits: XlsxLimits): XmlStream {
  let text: string[] = [];
  let length = 0;
  let inSi = false;
  let inT = false;
  let inPhonetic = false;
  const handlers: XmlHandlers = {
    open(name) {
      if (name === 'si') {
        inSi = true;
        text = [];
        length = 0;
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && inSi && !inPhonetic) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        inSi = false;
        if (info.sharedStrings.length >= limits.maxSharedStrings) {
          throw new XlsxReadError(
            `the workbook holds more than ${limits.maxSharedStrings.toLocaleString('en')} different texts (the limit)`,
          );
        }
        info.sharedStrings.push(length > limits.maxCellChars ? null : text.join(''));
      }
    },
    text(t) {
      if (!inT) return;
      length += t.length;
      if (length <= limits.maxCellChars) text.push(t);
    },
  };
  return xmlStream('xl/sharedStrings.xml', handlers, maxRun(limits), () => overlongCell(limits, undefined));
}

export function overlongCell(limits: XlsxLimits, cell: string | undefined): XlsxReadError {
  return new XlsxReadError(
    `${cell ? `cell ${cell}` : 'a cell'} holds more than ${limits.maxCellChars.toLocaleString('en')} characters (the limit)`,
  );
}

function tooLongIn(part: string): () => XlsxReadError {
  return () => new XlsxReadError(`part ${part} of the workbook holds an overlong text`);
}
