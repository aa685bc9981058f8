/**
 * All SQL of import sheets, in five files by what they serve: the reads validation needs, the
 * stored sheets, the commit's bulk writes, the confirmation mails job, and large uploads waiting
 * for their job. This is the entry the rest of import uses, so "SQL only in the store" still reads
 * as one place.
 */
export * from './store-commit.ts';
export * from './store-confirmations.ts';
export * from './store-facts.ts';
export * from './store-sheet-rows.ts';
export * from './store-sheets.ts';
export * from './store-uploads.ts';
