/**
 * Validation of an import sheet (plusport-cursusvoorwaarden#3.1 "importsheet"): pure, so the same rules run at
 * upload (the preview) and again inside the commit's transaction, against what the database holds
 * then. Every row is checked whole; a row may have several errors, each with its row and column.
 */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
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
  lastName: string;
  /** As shown to people: first name, prefix, last name ("Jan van der Berg"). */
  name: string;
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

/** The sheet's data rows as field values under a mapping. */
export function rowInputs(
  headings: readonly string[],
  records: readonly SheetRecord[],
  mapping: ImportMapping,
): RowInput[] {
  const columns: { index: number; field: ImportField }[] = [];
  headings.forEach((heading, index) => {
    const field = mapping[heading];
    if (field && !columns.some((c) => c.field === field)) columns.push({ index, field });
  });
  return records.map((record) => {
    const values: Partial<Record<ImportField, string>> = {};
    for (const { index, field } of columns) {
      const v = (record.fields[index] ?? '').trim();
      if (v !== '') values[field] = v;
    }
    return { row: record.row, values };
  });
}

const emailCheck = z.email();

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

function fullName(first: string, prefix: string | undefined, last: string): string {
  return [first, prefix, last].filter((p) => p !== undefined && p !== '').join(' ');
}

/**
 * Validates every row against the facts. Rows that fail any check are left out of `valid`; the
 * seats of a session are counted over the rows that pass everything else, in sheet order, so the
 * rows past the seats left are the ones refused.
 */
export function validateRows(
  inputs: readonly RowInput[],
  mapping: ImportMapping,
  facts: ValidationFacts,
  uploader: Uploader,
  now: Date,
): ValidationResult {
  const columnOf = new Map<ImportField, string>();
  for (const [heading, field] of Object.entries(mapping))
    if (!columnOf.has(field)) columnOf.set(field, heading);
  const errors: ImportErrorJson[] = [];
  const candidates: { input: RowInput; row: ValidRow }[] = [];
  const firstRowOf = new Map<string, number>();

  for (const input of inputs) {
    const rowErrors: ImportErrorJson[] = [];
    const fail = (field: ImportField | null, message: string) =>
      rowErrors.push({
        row: input.row,
        column: field ? (columnOf.get(field) ?? null) : null,
        field,
        message,
      });
    const v = input.values;

    for (const field of IMPORT_FIELDS) {
      if (FIELD_INFO[field].required && v[field] === undefined)
        fail(field, `${FIELD_INFO[field].en.toLowerCase()} is missing`);
    }
    for (const field of IMPORT_FIELDS) {
      const value = v[field];
      if (value !== undefined && value.length > 200) fail(field, 'is longer than 200 characters');
    }

    const email = v.email?.toLowerCase();
    if (email !== undefined && (email.length > 254 || !emailCheck.safeParse(email).success)) {
      fail('email', `"${v.email}" is not an e-mail address`);
    }

    let birthDate: string | null = null;
    if (v.birthDate !== undefined) {
      birthDate = readDate(v.birthDate);
      if (birthDate === null)
        fail('birthDate', `"${v.birthDate}" is not a date (write 31-12-1990 or 1990-12-31)`);
      else if (birthDate < '1900-01-01' || birthDate >= now.toISOString().slice(0, 10)) {
        fail('birthDate', `${birthDate} cannot be a date of birth`);
        birthDate = null;
      }
    }

    const session = v.sessionCode !== undefined ? facts.sessionsByCode.get(v.sessionCode) : undefined;
    if (v.sessionCode !== undefined && !session) fail('sessionCode', `there is no session ${v.sessionCode}`);
    if (session) {
      const closed = sessionClosedReason(session, now);
      if (closed) fail('sessionCode', closed);
    }

    // The paying company: the customer admin's own; for staff the one the row names, or the group's.
    let customerId: string | null = null;
    if (uploader.kind === 'customer') {
      customerId = uploader.customerId;
      if (v.company !== undefined) {
        const named = findCustomer(facts.customers, v.company);
        if (!named || named.id !== uploader.customerId) {
          fail(
            'company',
            `"${v.company}" is not your company; a sheet enrolls employees of your own company only`,
          );
        }
      }
    } else if (v.company !== undefined) {
      const named = findCustomer(facts.customers, v.company);
      if (named) customerId = named.id;
      else fail('company', `there is no customer company with KvK number or name "${v.company}"`);
    } else if (session?.customerId) {
      customerId = session.customerId;
    } else {
      fail('company', 'the company is missing (its KvK number or name)');
    }
    if (session && session.kind !== 'open' && customerId !== null && session.customerId !== customerId) {
      fail('sessionCode', `session ${session.code} is a closed group session of another company`);
    }

    const user = email !== undefined ? facts.usersByEmail.get(email) : undefined;
    if (user) {
      // One text whatever the account is, so a sheet does not tell its kind (issue 12, item 6).
      if (
        user.role !== 'learner' ||
        user.providerId !== facts.providerId ||
        (customerId !== null && user.customerId !== null && user.customerId !== customerId)
      ) {
        fail(
          'email',
          `${email} is in use by an account of another company or another kind: not enrollable here`,
        );
      } else if (session && facts.liveEnrollments.has(`${session.id} ${user.id}`)) {
        fail('email', `${email} is already enrolled in session ${session.code}`);
      }
    }

    if (session && email !== undefined) {
      const key = `${session.id} ${email}`;
      const first = firstRowOf.get(key);
      if (first !== undefined)
        fail('email', `${email} is already on row ${first} for session ${session.code}`);
      else firstRowOf.set(key, input.row);
    }

    if (session) {
      for (const pre of facts.prerequisitesByProduct.get(session.productId) ?? []) {
        const met =
          user !== undefined &&
          (facts.achievements.has(`${user.id} ${pre.requiredProductId} passed`) ||
            (pre.requirement === 'completed' &&
              facts.achievements.has(`${user.id} ${pre.requiredProductId} completed`)));
        if (!met) {
          const what = pre.requirement === 'passed' ? 'passed' : 'completed';
          fail(
            'email',
            `${session.productName} needs ${pre.requiredProductName} ${what} first; ${email ?? 'this learner'} has not`,
          );
        }
      }
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    // Every required field is present here, or the row would have failed above.
    const first = v.firstName ?? '';
    const last = v.lastName ?? '';
    candidates.push({
      input,
      row: {
        row: input.row,
        sessionId: session?.id ?? '',
        sessionCode: session?.code ?? '',
        customerId: customerId ?? '',
        learnerId: user?.id ?? null,
        email: email ?? '',
        firstName: first,
        lastName: fullName('', v.lastNamePrefix, last).trim(),
        name: fullName(first, v.lastNamePrefix, last),
        birthDate,
        employeeNumber: v.employeeNumber ?? null,
        purchaseOrderRef: v.purchaseOrderRef ?? null,
      },
    });
  }

  // Seats: a row past the seats left of its session is refused, whole sheet counted together.
  const taken = new Map<string, number>();
  const valid: ValidRow[] = [];
  const validInputs: RowInput[] = [];
  for (const { input, row } of candidates) {
    const session = facts.sessionsByCode.get(row.sessionCode);
    if (!session) continue;
    const left = session.capacity - session.booked;
    const n = (taken.get(session.id) ?? 0) + 1;
    if (n > left) {
      errors.push({
        row: row.row,
        column: columnOf.get('sessionCode') ?? null,
        field: 'sessionCode',
        message: `session ${session.code} is full: ${Math.max(left, 0)} seat(s) left, and this sheet asks for more`,
      });
      continue;
    }
    taken.set(session.id, n);
    valid.push(row);
    validInputs.push(input);
  }
  errors.sort((a, b) => a.row - b.row);
  return { errors, valid, inputs: validInputs };
}
