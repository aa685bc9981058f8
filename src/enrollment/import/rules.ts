/**
 * Validation of an import sheet (plusport-cursusvoorwaarden#3.1 "importsheet"): pure, so the same rules run at
 * upload (the preview) and again inside the commit's transaction, against what the database holds
 * then. Every row is checked whole; a row may have several errors, each with its row and column.
 */
import { Temporal } from 'temporal-polyfill';
import { isoDateProblem } from '../../calendar/date-schemas.ts';
import type { ImportErrorJson } from '../model.ts';
import type { SheetRecord } from './csv.ts';
import { FIELD_INFO, fieldOfHeading, IMPORT_FIELDS, type ImportField } from './fields.ts';

/** Sheet heading -> field, as proposed from the headings or chosen in the wizard. */
export type ImportMapping = Record<string, ImportField>;

/** One sheet row, its values by field (trimmed; a field the sheet leaves empty is absent). */
export interface RowInput {
  row: number;
  values: Partial<Record<ImportField, string>>;
}

export interface SessionFacts {
  id: string;
  code: string;
  productId: string;
  productName: string;
  status: string;
  startsAt: Date;
  registrationDeadline: Date | null;
  capacity: number;
  booked: number;
  kind: string;
  customerId: string | null;
}

export interface CustomerFacts {
  id: string;
  name: string;
  chamberOfCommerceNumber: string | null;
}

export interface UserFacts {
  id: string;
  email: string;
  role: string;
  providerId: string | null;
  customerId: string | null;
}

export interface PrerequisiteFacts {
  requiredProductId: string;
  requiredProductName: string;
  requirement: 'passed' | 'completed';
}

/** Everything validation needs to know about the database, loaded in a few queries. */
export interface ValidationFacts {
  providerId: string;
  sessionsByCode: Map<string, SessionFacts>;
  customers: CustomerFacts[];
  usersByEmail: Map<string, UserFacts>;
  /** `${sessionId} ${userId}` of live enrollments. */
  liveEnrollments: Set<string>;
  prerequisitesByProduct: Map<string, PrerequisiteFacts[]>;
  /** `${userId} ${productId} ${achievement}` */
  achievements: Set<string>;
}

/** Who uploads: a customer admin for their own company, or provider staff for any company. */
export type Uploader = { kind: 'customer'; customerId: string } | { kind: 'staff' };

/** A row that passed every check: what the commit enrolls. */
export interface ValidRow {
  row: number;
  sessionId: string;
  sessionCode: string;
  customerId: string;
  /** The existing learner with this e-mail address; null: one is created at commit. */
  learnerId: string | null;
  email: string;
  firstName: string;
  /** The prefix and the last name ("van der Berg"); displayName() joins it to the first name. */
  lastName: string;
  birthDate: string | null;
  employeeNumber: string | null;
  purchaseOrderRef: string | null;
}

export interface ValidationResult {
  errors: ImportErrorJson[];
  valid: ValidRow[];
  /** The rows as read (valid ones), kept so the commit can validate them again. */
  inputs: RowInput[];
}

/** Rows below the heading of one sheet (issue 12, item 2: a 100,000-row sheet is imported as a job). */
export const MAX_IMPORT_ROWS = 100_000;

/** Proposes a field for every heading Klasse recognises; the first column wins when two name one field. */
export function proposeMapping(headings: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<ImportField>();
  for (const heading of headings) {
    const field = fieldOfHeading(heading);
    if (field && !taken.has(field) && heading.trim() !== '' && !(heading in mapping)) {
      mapping[heading] = field;
      taken.add(field);
    }
  }
  return mapping;
}

/** Checks a mapping against the sheet's headings: every required field once, no field twice. */
export function mappingErrors(headings: readonly string[], mapping: ImportMapping): ImportErrorJson[] {
  const errors: ImportErrorJson[] = [];
  const seen = new Map<ImportField, string>();
  for (const [heading, field] of Object.entries(mapping)) {
    if (!headings.includes(heading)) {
      errors.push({ row: 1, column: heading, field, message: `the sheet has no column "${heading}"` });
      continue;
    }
    const other = seen.get(field);
    if (other !== undefined) {
      errors.push({
        row: 1,
        column: heading,
        field,
        message: `columns "${other}" and "${heading}" are both mapped to ${field}`,
      });
    }
    seen.set(field, heading);
  }
  for (const field of IMPORT_FIELDS) {
    if (FIELD_INFO[field].required && !seen.has(field)) {
      errors.push({
        row: 1,
        column: null,
        field,
        message: `no column holds ${FIELD_INFO[field].en.toLowerCase()} (${FIELD_INFO[field].nl}); map one`,
      });
    }
  }
  return errors;
}

/** Which column of the sheet holds which field under a mapping (the first, when two name one). */
export type InputColumns = readonly { index: number; field: ImportField }[];

export function inputColumns(headings: readonly string[], mapping: ImportMapping): InputColumns {
  const columns: { index: number; field: ImportField }[] = [];
  headings.forEach((heading, index) => {
    const field = mapping[heading];
    if (field && !columns.some((c) => c.field === field)) columns.push({ index, field });
  });
  return columns;
}

/**
 * One data row as field values. Each value is a copy of its own: a reader's cell text may be a
 * slice of a much larger text (V8 keeps the whole of it alive for the slice), and a sheet's rows are
 * kept until they are stored (decision 0014).
 */
export function rowInput(columns: InputColumns, record: SheetRecord): RowInput {
  const values: Partial<Record<ImportField, string>> = {};
  for (const { index, field } of columns) {
    const v = (record.fields[index] ?? '').trim();
    if (v !== '') values[field] = detached(v);
  }
  return { row: record.row, values };
}

/**
 * A copy of the text that holds no larger text alive. V8 makes a slice of 13 characters or more a
 * view into its parent; prepending a character makes a new string that is flattened (copied) when
 * sliced, so the result refers only to that copy.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** 'YYYY-MM-DD', or Dutch 'DD-MM-YYYY' / 'DD/MM/YYYY' / 'D-M-YYYY', as an ISO date; null if neither. */
export function readDate(text: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  let y: number;
  let mo: number;
  let d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  try {
    const iso = Temporal.PlainDate.from({ year: y, month: mo, day: d }, { overflow: 'reject' }).toString();
    // The range every boundary accepts (issue 12, item 10): year 0000 or 9999 is a typing error.
    return isoDateProblem(iso) === null ? iso : null;
  } catch {
    return null;
  }
}

function normalizeKvk(text: string): string {
  return text.replace(/[\s.]/g, '');
}

/** Finds the company a row names: by KvK (or KBO) number first, else by its exact name in any case. */
export function findCustomer(customers: readonly CustomerFacts[], text: string): CustomerFacts | undefined {
  const kvk = normalizeKvk(text);
  if (/^\d{8,10}$/.test(kvk)) {
    const byNumber = customers.find(
      (c) => c.chamberOfCommerceNumber !== null && normalizeKvk(c.chamberOfCommerceNumber) === kvk,
    );
    if (byNumber) return byNumber;
  }
  const name = text.trim().toLowerCase();
  return customers.find((c) => c.name.trim().toLowerCase() === name);
}

/** Whether the session takes enrollments at `now`: planned or confirmed, not started, before its deadline. */
export function sessionClosedReason(session: SessionFacts, now: Date): string | null {
  if (session.status !== 'planned' && session.status !== 'confirmed') {
    return `session ${session.code} is ${session.status} and takes no enrollments`;
  }
  if (session.startsAt.getTime() <= now.getTime()) return `session ${session.code} has already started`;
  if (session.registrationDeadline && session.registrationDeadline.getTime() <= now.getTime()) {
    return `the registration deadline of session ${session.code} has passed`;
  }
  return null;
}
