/** The import sheet's template to fill in (issue 4, item 4; docs/decisions/0006-import-sheets.md). */
import type { Actor } from '../../identity/model.ts';
import { uploaderOf } from './access.ts';
import { writeCsv } from './csv.ts';
import { IMPORT_FIELDS, type ImportField, templateHeadings } from './fields.ts';
import type { ImportFormat } from './model.ts';
import { writeXlsx } from './xlsx.ts';

export interface TemplateFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The template to fill in: the headings (Dutch, or English) and one example row. */
export async function template(
  actor: Actor,
  format: ImportFormat,
  lang?: 'nl' | 'en',
): Promise<TemplateFile> {
  const { uploader } = uploaderOf(actor);
  const locale = lang ?? actor.locale;
  const withCompany = uploader.kind === 'staff';
  const headings = templateHeadings(locale, withCompany);
  const example: Record<ImportField, string> = {
    sessionCode: 'VCA-2026-03-16',
    firstName: 'Jan',
    lastNamePrefix: 'de',
    lastName: 'Vries',
    email: 'jan.devries@example.nl',
    birthDate: '1990-12-31',
    employeeNumber: '10042',
    purchaseOrderRef: 'PO-2026-001',
    company: '12345678',
  };
  const exampleRow = IMPORT_FIELDS.filter((f) => withCompany || f !== 'company').map((f) => example[f]);
  const base = locale === 'nl' ? 'importsheet' : 'import-sheet';
  if (format === 'xlsx') {
    return {
      fileName: `${base}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: writeXlsx(locale === 'nl' ? 'Inschrijvingen' : 'Enrollments', [headings, exampleRow]),
    };
  }
  // With a byte order mark, so Excel reads the UTF-8 (accents in names) right; `;` as Dutch Excel does.
  return {
    fileName: `${base}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(`\ufeff${writeCsv([headings, exampleRow], ';')}`, 'utf8'),
  };
}
