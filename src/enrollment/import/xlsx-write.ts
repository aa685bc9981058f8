/**
 * Writing a one-sheet XLSX (the import template): the smallest package Excel, LibreOffice and
 * Numbers open without repair (ECMA-376 part 1 §12.2: content types, the package and workbook
 * relationships, workbook, styles and one worksheet), zipped with fflate. Texts are inline strings,
 * so no shared-string table is needed; the first row is bold.
 */
import { strToU8, zipSync } from 'fflate';
import { columnName } from './xlsx-cells.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML, dropping the control characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 0x20
        ? code !== 0xfffe && code !== 0xffff
        : code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const contentTypes = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>`;

const packageRels = `${DECL}<Relationships xmlns="${PKG_REL}">\
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>`;

const workbookRels = `${DECL}<Relationships xmlns="${PKG_REL}">\
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>\
</Relationships>`;

// Style 0 is plain, style 1 bold. Two fills are required: Excel reserves "none" and "gray125".
const styles = `${DECL}<styleSheet xmlns="${MAIN}">\
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

function workbook(sheetName: string): string {
  // A sheet name holds at most 31 characters and none of : \ / ? * [ ] (ECMA-376 part 1 §18.2.19).
  const name = sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
  return `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">\
<sheets><sheet name="${xml(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

function worksheet(records: readonly (readonly string[])[]): string {
  const header = records[0] ?? [];
  const cols = header
    .map((h, i) => {
      const width = Math.max(14, h.length + 4);
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    })
    .join('');
  const rows = records
    .map((record, r) => {
      const cells = record
        .map((text, c) => {
          const ref = `${columnName(c + 1)}${r + 1}`;
          const bold = r === 0 ? ' s="1"' : '';
          return `<c r="${ref}"${bold} t="inlineStr"><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `${DECL}<worksheet xmlns="${MAIN}">${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
}

/** A workbook with one sheet: a bold heading row and the given rows, columns sized to the heading. */
export function writeXlsx(sheetName: string, records: readonly (readonly string[])[]): Buffer {
  const zipped = zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(packageRels),
      'xl/workbook.xml': strToU8(workbook(sheetName)),
      'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
      'xl/styles.xml': strToU8(styles),
      'xl/worksheets/sheet1.xml': strToU8(worksheet(records)),
    },
    { level: 6 },
  );
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
