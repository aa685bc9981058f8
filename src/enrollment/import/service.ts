/**
 * Import sheets (plusport-cursusvoorwaarden#3.1: "Aanmelding geschiedt door inzending van het ingevulde
 * inschrijfformulier, dan wel importsheet"): upload, validate every row, preview, then commit all
 * valid rows in one transaction or none. Readings: docs/decisions/0006-import-sheets.md.
 *
 * The use cases, one file each; this is the entry the routes, the bench and other contexts use.
 */
export { commitSheet, ImportChangedError } from './commit.ts';
export { discardSheet } from './discard.ts';
export { getSheet } from './get-sheet.ts';
export { type TemplateFile, template } from './template.ts';
export { uploadSheet } from './upload.ts';
