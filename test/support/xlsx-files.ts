/**
 * XLSX files built by hand for the reader's tests, shaped as Excel writes them: shared strings
 * (stored after the sheet in the zip, as Excel does), a styles part with date formats, cell
 * references on every cell. Only the parts the tests need; zipped with fflate.
 */
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cell styles as Excel numbers them: 0 general, 1 built-in date (14), 2 custom "dd-mm-jjjj", 3 a time-less number. */
export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-jjjj"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export interface WorkbookParts {
  /** The rows inside <sheetData>. */
  sheetData: string;
  /** The <si> elements of the shared-string table; left out, the workbook has none. */
  sharedStrings?: string[];
  date1904?: boolean;
  /** A part added to the package as it is (name -> content). */
  extra?: Record<string, string>;
}

function workbookXml(date1904: boolean): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}">${date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}
<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

export function sheetXml(sheetData: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

export function sstXml(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

/** A workbook as Excel orders its parts: workbook, relationships, sheet, styles, then shared strings. */
export function workbook(parts: WorkbookParts): Buffer {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(workbookXml(parts.date1904 ?? false)),
    'xl/_rels/workbook.xml.rels': strToU8(RELS),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml(parts.sheetData)),
    'xl/styles.xml': strToU8(STYLES),
  };
  if (parts.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(sstXml(parts.sharedStrings));
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = strToU8(content);
  const zipped = zipSync(files, { level: 6 });
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}

/**
 * A workbook whose sheet is streamed into the zip piece by piece, so a sheet of hundreds of
 * megabytes (a zip bomb) is built without holding it: `pieces` yields the sheet XML in order.
 */
export function streamedWorkbook(pieces: Iterable<string>): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  add('xl/workbook.xml', workbookXml(false));
  add('xl/_rels/workbook.xml.rels', RELS);
  add('xl/styles.xml', STYLES);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  // Pushed a megabyte at a time: every push of the deflate stream costs the same however small.
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= 1_000_000) {
      sheet.push(strToU8(batch.join('')));
      batch = [];
      size = 0;
    }
  }
  sheet.push(strToU8(batch.join('')), true);
  zip.end();
  return Buffer.concat(out);
}
