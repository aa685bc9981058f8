/**
 * Validation of an import sheet row by row (plusport-cursusvoorwaarden#3.1 "importsheet"; decision 0006): pure,
 * so the same rules run at upload (the preview) and again inside the commit's transaction. A
 * validator takes the rows one at a time in sheet order and keeps what spans rows (the same person
 * twice for a session, the seats counted so far), so a caller can check 100,000 rows in slices and
 * let other work run between them (issue 12, item 2; decision 0014) with the outcome of one pass.
 */
import { z } from 'zod';
import type { ImportErrorJson } from '../model.ts';
import { FIELD_INFO, IMPORT_FIELDS, type ImportField } from './fields.ts';
import {
  findCustomer,
  type ImportMapping,
  type RowInput,
  readDate,
  sessionClosedReason,
  type Uploader,
  type ValidationFacts,
  type ValidationResult,
  type ValidRow,
} from './rules.ts';

const emailCheck = z.email();

function fullName(first: string, prefix: string | undefined, last: string): string {
  return [first, prefix, last].filter((p) => p !== undefined && p !== '').join(' ');
}

/** As shown to people: first name, prefix, last name ("Jan van der Berg"). */
export function displayName(row: Pick<ValidRow, 'firstName' | 'lastName'>): string {
  return fullName(row.firstName, undefined, row.lastName);
}

export interface RowValidator {
  /**
   * Checks the next row (rows come in sheet order): the row as the commit enrolls it, or null when
   * it fails, its errors then added to `errors`. Seats are counted over the rows that pass every
   * other check, in sheet order, so the rows past a session's seats left are the ones refused.
   */
  check(input: RowInput): ValidRow | null;
  /** The errors so far, in the order the rows came. */
  readonly errors: ImportErrorJson[];
}

export function rowValidator(
  mapping: ImportMapping,
  facts: ValidationFacts,
  uploader: Uploader,
  now: Date,
): RowValidator {
  const columnOf = new Map<ImportField, string>();
  for (const [heading, field] of Object.entries(mapping))
    if (!columnOf.has(field)) columnOf.set(field, heading);
  const errors: ImportErrorJson[] = [];
  const firstRowOf = new Map<string, number>();
  const taken = new Map<string, number>();

  /** Seats: a row past the seats left of its session is refused, the whole sheet counted together. */
  function seated(row: ValidRow): ValidRow | null {
    const session = facts.sessionsByCode.get(row.sessionCode);
    if (!session) return null;
    const left = session.capacity - session.booked;
    const n = (taken.get(session.id) ?? 0) + 1;
    if (n > left) {
      errors.push({
        row: row.row,
        column: columnOf.get('sessionCode') ?? null,
        field: 'sessionCode',
        message: `session ${session.code} is full: ${Math.max(left, 0)} seat(s) left, and this sheet asks for more`,
      });
      return null;
    }
    taken.set(session.id, n);
    return row;
  }

  function check(input: RowInput): ValidRow | null {
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
      return null;
    }
    // Every required field is present here, or the row would have failed above.
    const first = v.firstName ?? '';
    const last = v.lastName ?? '';
    return seated({
      row: input.row,
      sessionId: session?.id ?? '',
      sessionCode: session?.code ?? '',
      customerId: customerId ?? '',
      learnerId: user?.id ?? null,
      email: email ?? '',
      firstName: first,
      lastName: fullName('', v.lastNamePrefix, last).trim(),
      birthDate,
      employeeNumber: v.employeeNumber ?? null,
      purchaseOrderRef: v.purchaseOrderRef ?? null,
    });
  }

  return { check, errors };
}

/** Validates every row against the facts at once (small sheets, tests); errors in row order. */
export function validateRows(
  inputs: readonly RowInput[],
  mapping: ImportMapping,
  facts: ValidationFacts,
  uploader: Uploader,
  now: Date,
): ValidationResult {
  const validator = rowValidator(mapping, facts, uploader, now);
  const valid: ValidRow[] = [];
  const validInputs: RowInput[] = [];
  for (const input of inputs) {
    const row = validator.check(input);
    if (row) {
      valid.push(row);
      validInputs.push(input);
    }
  }
  return { errors: sortedByRow(validator.errors), valid, inputs: validInputs };
}

/** Errors in row order, those of one row in the order found (the sort is stable). */
export function sortedByRow(errors: ImportErrorJson[]): ImportErrorJson[] {
  return errors.sort((a, b) => a.row - b.row);
}
