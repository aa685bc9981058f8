/** Schemas of the import-sheet API (plusport-cursusvoorwaarden#3.1 "importsheet"). */
import { z } from 'zod';
import { IMPORT_FIELDS } from './fields.ts';

export const importFormatSchema = z.enum(['csv', 'xlsx']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export const importMappingSchema = z.record(z.string().max(200), z.enum(IMPORT_FIELDS));

/** Base64 of 20 MB: room for 10,000 rows and more with long names; routes raise the body limit to match. */
export const MAX_SHEET_BASE64_CHARS = 28_000_000;

function isBase64Digit(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47
  );
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

/**
 * Base64 digits with line breaks, at most two '=' and trailing white space, checked in one pass.
 * Not a regular expression: /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/ backtracked quadratically on a run of
 * line breaks, and one anonymous request of 400 KB held the server for a minute (issue 12, item 1).
 */
export function isBase64Text(text: string): boolean {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!(isBase64Digit(code) || code === 10 || code === 13)) break;
    i++;
  }
  let padding = 0;
  while (i < n && text.charCodeAt(i) === 61 && padding < 2) {
    padding++;
    i++;
  }
  while (i < n && isWhitespace(text.charCodeAt(i))) i++;
  return i === n;
}

export const uploadSheetSchema = z.object({
  /** Chosen by the client (a new UUID) to follow the validation's progress at GET /imports/:id. */
  id: z.uuid('must be a new id (uuid)').optional(),
  fileName: z.string().trim().min(1, 'must not be empty').max(200),
  /** Read from the file name's extension when left out. */
  format: importFormatSchema.optional(),
  contentBase64: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_SHEET_BASE64_CHARS, 'the file is larger than 20 MB')
    .refine(isBase64Text, 'must be base64'),
  /** Sheet heading -> field; left out, Klasse proposes one from the headings. */
  mapping: importMappingSchema.optional(),
});
export type UploadSheetInput = z.input<typeof uploadSheetSchema>;

export const commitSheetSchema = z
  .object({
    /**
     * The user's confirmation "commit the valid rows only": without it a sheet with any error is
     * refused (docs/decisions/0006-import-sheets.md).
     */
    validRowsOnly: z.boolean().default(false),
  })
  .default({ validRowsOnly: false });

export const templateQuerySchema = z.object({
  format: importFormatSchema.default('csv'),
  lang: z.enum(['nl', 'en']).optional(),
});

export const importErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});

export const previewRowSchema = z.object({
  row: z.number().int(),
  sessionCode: z.string(),
  name: z.string(),
  email: z.string(),
  company: z.string(),
  purchaseOrderRef: z.string().nullable(),
  newLearner: z.boolean(),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const progressSchema = z.object({
  phase: z.enum(['reading', 'validating', 'storing', 'committing', 'done', 'failed']),
  processed: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof progressSchema>;

export const sheetViewSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  format: importFormatSchema,
  /** 'validating' while a job reads and checks a large file; 'failed' when it could not (see failure). */
  status: z.enum(['validating', 'failed', 'validated', 'committed', 'discarded']),
  headings: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  fields: z.array(z.object({ field: z.string(), nl: z.string(), en: z.string(), required: z.boolean() })),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  /** At most the first 1,000 errors, in row order; errorCount says how many there are. */
  errors: z.array(importErrorSchema),
  /** The first 20 valid rows as they will be enrolled. */
  preview: z.array(previewRowSchema),
  /** Per session: the rows of this sheet against the seats left when it was validated. */
  sessions: z.array(
    z.object({ code: z.string(), rows: z.number().int(), seatsLeft: z.number().int().nullable() }),
  ),
  createdAt: z.iso.datetime().nullable(),
  committedAt: z.iso.datetime().nullable(),
  progress: progressSchema.nullable(),
  /** Why a large file could not be read or checked (status 'failed'): upload it again once fixed. */
  failure: z
    .object({
      title: z.string(),
      detail: z.string(),
      errors: z.array(z.object({ path: z.string(), message: z.string() })),
    })
    .nullable(),
});
export type SheetView = z.infer<typeof sheetViewSchema>;

export const commitResultSchema = z.object({
  id: z.uuid(),
  enrolled: z.number().int(),
  learnersCreated: z.number().int(),
  skippedRows: z.number().int(),
  status: z.enum(['confirmed', 'pending_approval']),
  sessions: z.array(z.object({ code: z.string(), enrolled: z.number().int() })),
});
export type CommitResult = z.infer<typeof commitResultSchema>;
