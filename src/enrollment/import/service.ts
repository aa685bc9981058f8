/**
 * Import sheets (PlusPort cursus 3.1: "Aanmelding geschiedt door inzending van het ingevulde
 * inschrijfformulier, dan wel importsheet"): upload, validate every row, preview, then commit all
 * valid rows in one transaction or none. Readings: docs/decisions/0006-import-sheets.md.
 */
import { randomUUID } from 'node:crypto';
import type { VatCode } from '../../catalog/model.ts';
import { type Actor, isProviderStaff, parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor, Tx } from '../../platform/db/database.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../platform/errors.ts';
import { type Decision, evaluate, toPlainDecision } from '../../terms/index.ts';
import type { ClauseJson } from '../model.ts';
import { LIVE_STATUSES } from '../model.ts';
import { discountedPrice, type FeePart, splitPrice } from '../rules.ts';
import { findSettings, listPackageComponents } from '../store.ts';
import { type SessionTerms, termsForSession, todayIn } from '../terms.ts';
import { CsvSyntaxError, parseCsv, type SheetRecord, writeCsv } from './csv.ts';
import { FIELD_INFO, IMPORT_FIELDS, type ImportField, templateHeadings } from './fields.ts';
import { IMPORT_CONFIRMATIONS_JOB } from './jobs.ts';
import {
  type CommitResult,
  commitSheetSchema,
  type ImportFormat,
  type PreviewRow,
  type SheetView,
  uploadSheetSchema,
} from './model.ts';
import { progressOf, reportProgress } from './progress.ts';
import {
  type ImportMapping,
  MAX_IMPORT_ROWS,
  mappingErrors,
  proposeMapping,
  type RowInput,
  rowInputs,
  type Uploader,
  type ValidationFacts,
  type ValidationResult,
  type ValidRow,
  validateRows,
} from './rules.ts';
import * as store from './store.ts';
import { readXlsx, writeXlsx, XlsxReadError } from './xlsx.ts';

/**
 * The clause the course fee of an imported enrollment rests on: enrollment by import sheet binds
 * the company to take and pay for the course (PlusPort cursus, art. 1 "Aanmelding", and 3.1).
 */
const IMPORT_CLAUSE = { document: 'PlusPort cursusvoorwaarden', article: '3.1', title: 'Aanmelding' };

/** Rows per INSERT statement at commit, and per step of the progress bar. */
const COMMIT_BATCH = 2_500;
const ERRORS_SHOWN = 1_000;
const PREVIEW_ROWS = 20;

function uploaderOf(actor: Actor): { providerId: string; uploader: Uploader } {
  if (actor.role === 'customer_admin' && actor.providerId && actor.customerId) {
    return { providerId: actor.providerId, uploader: { kind: 'customer', customerId: actor.customerId } };
  }
  if (isProviderStaff(actor.role) && actor.providerId)
    return { providerId: actor.providerId, uploader: { kind: 'staff' } };
  throw new ForbiddenError('Only provider staff and customer admins import sheets.');
}

function now(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

// ---- Template

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
      body: await writeXlsx(locale === 'nl' ? 'Inschrijvingen' : 'Enrollments', [headings, exampleRow]),
    };
  }
  // With a byte order mark, so Excel reads the UTF-8 (accents in names) right; `;` as Dutch Excel does.
  return {
    fileName: `${base}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(`\ufeff${writeCsv([headings, exampleRow], ';')}`, 'utf8'),
  };
}

// ---- Reading a file

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV (gescheiden door lijstscheidingsteken)" is written in Windows-1252, not UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function formatOf(fileName: string, format: ImportFormat | undefined): ImportFormat {
  if (format) return format;
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  throw new ValidationError([{ path: 'format', message: 'say csv or xlsx (the file name ends in neither)' }]);
}

async function readSheet(format: ImportFormat, bytes: Buffer): Promise<SheetRecord[]> {
  try {
    return format === 'xlsx' ? await readXlsx(bytes) : parseCsv(decodeText(bytes));
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ValidationError(
        [{ path: `row ${error.row}`, message: error.message }],
        'The CSV file cannot be read; nothing was stored.',
      );
    }
    if (error instanceof XlsxReadError) {
      throw new ValidationError(
        [{ path: 'contentBase64', message: error.message }],
        'The file cannot be read; nothing was stored.',
      );
    }
    throw error;
  }
}

// ---- Validation against the database

async function loadFacts(
  ex: Executor,
  providerId: string,
  inputs: readonly RowInput[],
): Promise<ValidationFacts> {
  const codes = new Set<string>();
  const emails = new Set<string>();
  for (const { values } of inputs) {
    if (values.sessionCode) codes.add(values.sessionCode);
    if (values.email) emails.add(values.email.toLowerCase());
  }
  const [sessions, customers, users] = await Promise.all([
    store.sessionsByCodes(ex, providerId, [...codes]),
    store.customersOfProvider(ex, providerId),
    store.usersByEmails(ex, [...emails]),
  ]);
  const sessionIds = sessions.map((s) => s.id);
  const userIds = users.map((u) => u.id);
  const productIds = [...new Set(sessions.map((s) => s.productId))];
  const [live, prerequisites] = await Promise.all([
    store.liveEnrollments(ex, sessionIds, userIds, LIVE_STATUSES),
    store.prerequisitesOf(ex, productIds),
  ]);
  const achievements = await store.achievementsOf(ex, userIds, [
    ...new Set(prerequisites.map((p) => p.requiredProductId)),
  ]);
  const prerequisitesByProduct = new Map<string, typeof prerequisites>();
  for (const p of prerequisites) {
    const list = prerequisitesByProduct.get(p.productId) ?? [];
    list.push(p);
    prerequisitesByProduct.set(p.productId, list);
  }
  return {
    providerId,
    sessionsByCode: new Map(sessions.map((s) => [s.code, s])),
    customers,
    usersByEmail: new Map(users.map((u) => [u.email, u])),
    liveEnrollments: new Set(live.map((e) => `${e.sessionId} ${e.learnerId}`)),
    prerequisitesByProduct,
    achievements: new Set(achievements.map((a) => `${a.learnerId} ${a.productId} ${a.achievement}`)),
  };
}

// ---- Upload

interface Visible {
  providerId: string;
  customerId: string | null;
}

function canSeeSheet(actor: Actor, sheet: Visible): boolean {
  if (actor.providerId === null || actor.providerId !== sheet.providerId) return false;
  if (isProviderStaff(actor.role)) return true;
  return (
    actor.role === 'customer_admin' && actor.customerId !== null && actor.customerId === sheet.customerId
  );
}

/**
 * Reads the file, proposes (or takes) a column mapping, validates every row and stores the sheet
 * with its errors and its valid rows. Nothing else is written: enrolling waits for the commit.
 */
export async function uploadSheet(ctx: AppContext, actor: Actor, input: unknown): Promise<SheetView> {
  const body = parseInput(uploadSheetSchema, input);
  const { providerId, uploader } = uploaderOf(actor);
  const format = formatOf(body.fileName, body.format);
  const id = body.id ?? randomUUID();
  if (body.id && (await store.findSheet(ctx.db, body.id))) {
    throw new ConflictError('import-id-taken', 'Import id in use', 'Choose a new id for a new upload.');
  }
  const owner = {
    providerId,
    customerId: uploader.kind === 'customer' ? uploader.customerId : null,
    fileName: body.fileName,
  };
  reportProgress(id, owner, { phase: 'reading', processed: 0, total: 0 });
  try {
    const records = await readSheet(format, Buffer.from(body.contentBase64, 'base64'));
    const header = records[0];
    if (header?.row !== 1) {
      throw new ValidationError(
        [{ path: 'row 1', message: 'the first row must hold the column headings' }],
        'The sheet is empty or has no heading row; nothing was stored.',
      );
    }
    const headings = header.fields.map((h) => h.trim());
    const data = records.slice(1);
    if (data.length === 0) {
      throw new ValidationError(
        [{ path: 'row 2', message: 'the sheet has headings but no rows' }],
        'The sheet has no rows; nothing was stored.',
      );
    }
    if (data.length > MAX_IMPORT_ROWS) {
      throw new ValidationError(
        [
          {
            path: 'contentBase64',
            message: `the sheet has ${data.length} rows; at most ${MAX_IMPORT_ROWS} per sheet`,
          },
        ],
        'The sheet is too large; nothing was stored.',
      );
    }
    const mapping: ImportMapping = body.mapping ?? proposeMapping(headings);
    reportProgress(id, owner, { phase: 'validating', processed: 0, total: data.length });
    const sheetErrors = mappingErrors(headings, mapping);
    const inputs = rowInputs(headings, data, mapping);
    let result: ValidationResult;
    let left: Map<string, number> | undefined;
    if (sheetErrors.length > 0) {
      // Without a column for a required field no row can be read; the mapping must be fixed first.
      result = { errors: sheetErrors, valid: [], inputs: [] };
    } else {
      const facts = await loadFacts(ctx.db, providerId, inputs);
      result = validateRows(inputs, mapping, facts, uploader, now(ctx));
      left = seatsLeft(facts);
    }
    reportProgress(id, owner, { phase: 'storing', processed: data.length, total: data.length });
    const stored: store.NewSheet = {
      id,
      providerId,
      customerId: owner.customerId,
      uploadedBy: actor.userId,
      fileName: body.fileName,
      format,
      mapping,
      rowCount: data.length,
      validCount: result.valid.length,
      errors: result.errors,
      rows: result.inputs,
      createdAt: now(ctx),
    };
    await store.insertSheet(ctx.db, stored);
    reportProgress(id, owner, { phase: 'done', processed: data.length, total: data.length });
    const sheet: store.SheetRow = { ...stored, status: 'validated', committedAt: null };
    return view(sheet, headings, result.valid, await customerNames(ctx.db, providerId), left);
  } catch (error) {
    reportProgress(id, owner, { phase: 'failed', processed: 0, total: 0 });
    throw error;
  }
}

function seatsLeft(facts: ValidationFacts): Map<string, number> {
  return new Map([...facts.sessionsByCode.values()].map((s) => [s.code, Math.max(0, s.capacity - s.booked)]));
}

async function customerNames(ex: Executor, providerId: string): Promise<Map<string, string>> {
  return new Map((await store.customersOfProvider(ex, providerId)).map((c) => [c.id, c.name]));
}

function view(
  sheet: store.SheetRow,
  headings: readonly string[],
  valid: readonly ValidRow[] | null,
  companies: Map<string, string>,
  sessionsLeft?: Map<string, number>,
): SheetView {
  const preview: PreviewRow[] = (valid ?? []).slice(0, PREVIEW_ROWS).map((r) => ({
    row: r.row,
    sessionCode: r.sessionCode,
    name: r.name,
    email: r.email,
    company: companies.get(r.customerId) ?? '',
    purchaseOrderRef: r.purchaseOrderRef,
    newLearner: r.learnerId === null,
  }));
  const perSession = new Map<string, number>();
  for (const r of sheet.rows) {
    const code = r.values.sessionCode ?? '';
    perSession.set(code, (perSession.get(code) ?? 0) + 1);
  }
  return {
    id: sheet.id,
    fileName: sheet.fileName,
    format: sheet.format,
    status: sheet.status,
    headings: [...headings],
    mapping: sheet.mapping,
    fields: IMPORT_FIELDS.map((f) => ({
      field: f,
      nl: FIELD_INFO[f].nl,
      en: FIELD_INFO[f].en,
      required: FIELD_INFO[f].required,
    })),
    rowCount: sheet.rowCount,
    validCount: sheet.validCount,
    errorCount: sheet.errors.length,
    errors: sheet.errors.slice(0, ERRORS_SHOWN),
    preview,
    sessions: [...perSession].map(([code, rows]) => ({
      code,
      rows,
      seatsLeft: sessionsLeft?.get(code) ?? null,
    })),
    createdAt: sheet.createdAt.toISOString(),
    committedAt: sheet.committedAt?.toISOString() ?? null,
    progress: progressOf(sheet.id) ?? null,
  };
}

/** A sheet with its preview and, while its validation or commit runs in this process, its progress. */
export async function getSheet(ctx: AppContext, actor: Actor, id: string): Promise<SheetView> {
  const sheet = await store.findSheet(ctx.db, id);
  if (!sheet) {
    const running = progressOf(id);
    if (running && canSeeSheet(actor, running)) {
      return {
        id,
        fileName: running.fileName,
        format: running.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv',
        status: 'validating',
        headings: [],
        mapping: {},
        fields: [],
        rowCount: running.total,
        validCount: 0,
        errorCount: 0,
        errors: [],
        preview: [],
        sessions: [],
        createdAt: null,
        committedAt: null,
        progress: { phase: running.phase, processed: running.processed, total: running.total },
      };
    }
    throw new NotFoundError('Import sheet');
  }
  if (!canSeeSheet(actor, sheet)) throw new NotFoundError('Import sheet');
  const { uploader } = uploaderFor(sheet);
  const facts = await loadFacts(ctx.db, sheet.providerId, sheet.rows);
  // The preview as it stands now; for a committed sheet, the rows as they were enrolled.
  const valid =
    sheet.status === 'validated'
      ? validateRows(
          sheet.rows,
          sheet.mapping as ImportMapping,
          withoutSeatsOrLive(facts),
          uploader,
          now(ctx),
        ).valid
      : [];
  return view(
    sheet,
    Object.keys(sheet.mapping),
    valid,
    await customerNames(ctx.db, sheet.providerId),
    seatsLeft(facts),
  );
}

/** For showing the stored valid rows: the checks that only the commit may apply again are left out. */
function withoutSeatsOrLive(facts: ValidationFacts): ValidationFacts {
  const sessionsByCode = new Map(
    [...facts.sessionsByCode].map(([code, s]) => [
      code,
      { ...s, booked: 0, capacity: Number.MAX_SAFE_INTEGER },
    ]),
  );
  return { ...facts, sessionsByCode, liveEnrollments: new Set() };
}

function uploaderFor(sheet: store.SheetRow): { uploader: Uploader } {
  return {
    uploader: sheet.customerId ? { kind: 'customer', customerId: sheet.customerId } : { kind: 'staff' },
  };
}

/** The wizard's "cancel": the sheet is kept as discarded, without the rows it held. */
export async function discardSheet(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const sheet = await store.findSheet(ctx.db, id);
  if (!sheet || !canSeeSheet(actor, sheet)) throw new NotFoundError('Import sheet');
  if (!(await store.discardSheet(ctx.db, id))) {
    throw new ConflictError('import-not-open', 'Sheet already handled', `This sheet is ${sheet.status}.`);
  }
}

// ---- Commit

/** The sheet no longer validates as it did: refused, with the errors found now. */
export class ImportChangedError extends AppError {
  constructor(errors: { row: number; column: string | null; message: string }[]) {
    super(
      409,
      'import-changed',
      'The sheet no longer validates',
      'Something changed since the preview (for example a session filled up); nothing was enrolled. Review the new errors.',
      errors
        .slice(0, ERRORS_SHOWN)
        .map((e) => ({ path: `row ${e.row}${e.column ? `, column ${e.column}` : ''}`, message: e.message })),
    );
  }
}

class Refused extends Error {
  readonly errors: ValidationResult['errors'];
  readonly stillValid: RowInput[];
  constructor(errors: ValidationResult['errors'], stillValid: RowInput[]) {
    super('refused');
    this.errors = errors;
    this.stillValid = stillValid;
  }
}

interface SessionPlan {
  session: store.SessionPricing;
  terms: SessionTerms;
  parts: FeePart[];
  rows: ValidRow[];
}

interface RowPricing {
  /** Per participant after any group discount. */
  priceCents: number;
  /** The group discount decision, kept on the 'enrolled' event when it gave a discount. */
  decision: Decision | null;
  discountParts: FeePart[];
  clauses: ClauseJson[];
}

function listPricing(plan: SessionPlan): RowPricing {
  return { priceCents: plan.session.priceCents, decision: null, discountParts: [], clauses: [] };
}

/**
 * Ingenium 3.5 (as enrollment does for a customer admin enrolling several employees): the rows of
 * one company for one session are one group, priced under the group discount of the session's terms
 * when those give a rate. Keyed by `${sessionId} ${customerId}`.
 */
function groupPricing(plans: readonly SessionPlan[]): Map<string, RowPricing> {
  const out = new Map<string, RowPricing>();
  for (const plan of plans) {
    const perCompany = new Map<string, number>();
    for (const r of plan.rows) perCompany.set(r.customerId, (perCompany.get(r.customerId) ?? 0) + 1);
    for (const [customerId, participants] of perCompany) {
      if (participants < 2) continue;
      const listPrice = plan.session.priceCents;
      const decision = toPlainDecision(
        evaluate(plan.terms.terms, {
          type: 'group_discount',
          participants,
          sameCompany: true,
          pricePerParticipant: listPrice,
        }),
      );
      const rate = decision.amounts.discountBasisPoints;
      if (decision.outcome !== 'allowed' || rate === undefined) continue;
      const priceCents = discountedPrice(listPrice, rate);
      const discount = listPrice - priceCents;
      if (discount <= 0) continue;
      out.set(`${plan.session.id} ${customerId}`, {
        priceCents,
        decision,
        discountParts: splitPrice(discount, plan.parts).filter((p) => p.priceCents !== 0),
        clauses: decision.clauses.map((c) => ({ document: c.document, article: c.article, title: c.title })),
      });
    }
  }
  return out;
}

/**
 * Commits the sheet's valid rows in ONE transaction, validating them again inside it against what
 * the database holds now; any difference refuses the whole commit with the new errors.
 */
export async function commitSheet(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<CommitResult> {
  const { validRowsOnly } = parseInput(commitSheetSchema, input ?? {});
  const { uploader: actorUploader } = uploaderOf(actor);
  const sheet = await store.findSheet(ctx.db, id);
  if (!sheet || !canSeeSheet(actor, sheet)) throw new NotFoundError('Import sheet');
  if (sheet.status !== 'validated') {
    throw new ConflictError(
      'import-not-open',
      'Sheet already handled',
      `This sheet is ${sheet.status}; upload it again to import it anew.`,
    );
  }
  if (sheet.errors.length > 0 && !validRowsOnly) {
    throw new ConflictError(
      'import-has-errors',
      'The sheet has errors',
      `${sheet.errors.length} error(s) in the sheet: fix them and upload again, or confirm to commit the ${sheet.validCount} valid row(s) only.`,
    );
  }
  if (sheet.validCount === 0)
    throw new ConflictError('import-nothing-valid', 'No valid rows', 'The sheet has no valid row to commit.');
  const uploader: Uploader = sheet.customerId
    ? { kind: 'customer', customerId: sheet.customerId }
    : actorUploader;
  const owner = { providerId: sheet.providerId, customerId: sheet.customerId, fileName: sheet.fileName };
  const total = sheet.validCount;
  reportProgress(id, owner, { phase: 'committing', processed: 0, total });
  const at = now(ctx);
  try {
    const result = await ctx.db
      .transaction()
      .execute((tx) =>
        commitInTransaction(ctx, tx, actor, sheet, uploader, at, (processed) =>
          reportProgress(id, owner, { phase: 'committing', processed, total }),
        ),
      );
    reportProgress(id, owner, { phase: 'done', processed: total, total });
    return { ...result, skippedRows: sheet.rowCount - result.enrolled };
  } catch (error) {
    reportProgress(id, owner, { phase: 'failed', processed: 0, total });
    if (error instanceof Refused) {
      // Rolled back; the sheet now shows what is wrong, so the user sees the same errors in the preview.
      await store.replaceErrors(
        ctx.db,
        id,
        [...sheet.errors, ...error.errors].sort((a, b) => a.row - b.row),
        error.stillValid,
      );
      throw new ImportChangedError(error.errors);
    }
    if (uniqueViolation(error)) {
      // Someone enrolled one of these people, or made an account with one of these addresses, after
      // the check inside the transaction: nothing was written; what the check finds now is shown.
      const facts = await loadFacts(ctx.db, sheet.providerId, sheet.rows);
      const now = validateRows(sheet.rows, sheet.mapping as ImportMapping, facts, uploader, at);
      if (now.errors.length > 0) {
        await store.replaceErrors(
          ctx.db,
          id,
          [...sheet.errors, ...now.errors].sort((a, b) => a.row - b.row),
          now.inputs,
        );
        throw new ImportChangedError(now.errors);
      }
      throw new ConflictError(
        'import-changed',
        'The sheet no longer validates',
        'Someone changed the same enrollments or accounts at the same moment; nothing was enrolled. Commit again.',
      );
    }
    throw error;
  }
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

async function commitInTransaction(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  sheet: store.SheetRow,
  uploader: Uploader,
  at: Date,
  progress: (processed: number) => void,
): Promise<Omit<CommitResult, 'skippedRows'>> {
  // Locks the sheet: a second commit of it waits here, then finds it committed.
  const locked = await store.findSheet(tx, sheet.id, true);
  if (locked?.status !== 'validated') {
    throw new ConflictError(
      'import-not-open',
      'Sheet already handled',
      'This sheet was committed or discarded meanwhile.',
    );
  }
  const mapping = locked.mapping as ImportMapping;
  const facts = await loadFacts(tx, locked.providerId, locked.rows);
  const checked = validateRows(locked.rows, mapping, facts, uploader, at);
  if (checked.errors.length > 0) throw new Refused(checked.errors, checked.inputs);

  const bySession = new Map<string, ValidRow[]>();
  for (const row of checked.valid) {
    const list = bySession.get(row.sessionId) ?? [];
    list.push(row);
    bySession.set(row.sessionId, list);
  }
  const settings = await findSettings(tx, locked.providerId);
  // PlusPort cursus 3.3-3.4: where staff approve enrollments, an imported one waits for them too.
  const status = settings.requiresApproval ? 'pending_approval' : 'confirmed';
  const today = todayIn(ctx.clock, await store.providerTimeZone(tx, locked.providerId));
  const sessions = await store.sessionsByCodes(tx, locked.providerId, [
    ...new Set(checked.valid.map((r) => r.sessionCode)),
  ]);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  // Sessions under the same terms (the provider's standard ones, or one quote's) look them up once.
  const termsCache = new Map<string, SessionTerms>();
  const plans: SessionPlan[] = [];
  for (const [sessionId, rows] of bySession) {
    const session = sessionById.get(sessionId);
    if (!session) throw new NotFoundError('Session');
    const cacheKey = `${session.quoteTermsKey ?? ''} ${session.quoteTermsVersion ?? ''}`;
    let terms = termsCache.get(cacheKey);
    if (!terms) {
      // The terms in force on the day of the commit, accepted by the uploader now (issue 4, item 3).
      terms = await termsForSession(ctx, tx, session, today);
      termsCache.set(cacheKey, terms);
    }
    // A package is invoiced per component with its own VAT code (migration 0006); a package
    // without components yet, and any other product, as one line.
    const components =
      session.productType === 'package' ? await listPackageComponents(tx, session.productId) : [];
    const parts =
      components.length > 0
        ? splitPrice(
            session.priceCents,
            components.map((c) => ({ description: c.name, vatCode: c.vatCode, priceCents: c.priceCents })),
          )
        : [{ description: session.productName, vatCode: session.vatCode, priceCents: session.priceCents }];
    plans.push({ session, terms, parts, rows });
  }
  // The seats: each session's counter goes up by its rows in one conditional UPDATE (booked + n <=
  // capacity, still planned or confirmed), all sessions in one statement; never over capacity,
  // whatever else runs. A session that no longer has the seats refuses the whole commit.
  const taken = await store.takeSeats(
    tx,
    plans.map((p) => ({ sessionId: p.session.id, seats: p.rows.length })),
  );
  const short = plans.filter((p) => !taken.has(p.session.id));
  if (short.length > 0) {
    const column = Object.entries(mapping).find(([, f]) => f === 'sessionCode')?.[0] ?? null;
    const shortRows = new Set(short.flatMap((p) => p.rows.map((r) => r.row)));
    throw new Refused(
      short.flatMap((p) =>
        p.rows.map((r) => ({
          row: r.row,
          column,
          field: 'sessionCode',
          message: `session ${p.session.code} no longer has ${p.rows.length} seat(s) left`,
        })),
      ),
      checked.inputs.filter((i) => !shortRows.has(i.row)),
    );
  }

  // One learner per new e-mail address, under the row's company.
  const learnerIds = new Map<string, string>();
  const newLearners: store.NewLearner[] = [];
  for (const row of checked.valid) {
    if (row.learnerId) learnerIds.set(row.email, row.learnerId);
    else if (!learnerIds.has(row.email)) {
      const learnerId = randomUUID();
      learnerIds.set(row.email, learnerId);
      newLearners.push({
        id: learnerId,
        email: row.email,
        name: row.name,
        locale: actor.locale,
        provider_id: locked.providerId,
        customer_id: row.customerId,
      });
    }
  }
  for (let i = 0; i < newLearners.length; i += COMMIT_BATCH) {
    await store.insertLearners(tx, newLearners.slice(i, i + COMMIT_BATCH), at);
  }

  const pricing = groupPricing(plans);
  const work = plans.flatMap((plan) => plan.rows.map((row) => ({ plan, row })));
  let done = 0;
  for (let i = 0; i < work.length; i += COMMIT_BATCH) {
    const batch = work.slice(i, i + COMMIT_BATCH);
    const enrollments: store.NewEnrollment[] = [];
    const events: store.NewEvent[] = [];
    const lines: store.NewFeeLine[] = [];
    for (const { plan, row } of batch) {
      const price = pricing.get(`${plan.session.id} ${row.customerId}`) ?? listPricing(plan);
      const enrollmentId = randomUUID();
      const eventId = randomUUID();
      enrollments.push({
        id: enrollmentId,
        provider_id: locked.providerId,
        session_id: plan.session.id,
        learner_id: learnerIds.get(row.email) ?? '',
        customer_id: row.customerId,
        purchase_order_ref: row.purchaseOrderRef,
        terms_key: plan.terms.key,
        terms_version: plan.terms.version,
        price_cents: price.priceCents,
      });
      events.push({
        id: eventId,
        enrollment_id: enrollmentId,
        decision: price.decision,
        details: {
          source: 'import',
          importSheetId: locked.id,
          row: row.row,
          status,
          listPriceCents: plan.session.priceCents,
          ...(row.employeeNumber ? { employeeNumber: row.employeeNumber } : {}),
          ...(row.birthDate ? { birthDate: row.birthDate } : {}),
        },
      });
      // The course fee is owed on confirmation; a pending one gets its lines when staff approve it.
      if (status === 'confirmed') {
        for (const part of plan.parts) {
          lines.push({
            enrollment_id: enrollmentId,
            provider_id: locked.providerId,
            event_id: eventId,
            kind: 'course_fee',
            amount_cents: part.priceCents,
            vat_code: part.vatCode,
            description: `${part.description} (${plan.session.code})`,
            clauses: [IMPORT_CLAUSE],
          });
        }
        for (const part of price.discountParts) {
          lines.push({
            enrollment_id: enrollmentId,
            provider_id: locked.providerId,
            event_id: eventId,
            kind: 'group_discount',
            amount_cents: -part.priceCents,
            vat_code: part.vatCode,
            description: `Group discount: ${part.description} (${plan.session.code})`,
            clauses: price.clauses,
          });
        }
      }
    }
    await store.insertEnrollments(tx, enrollments, locked.id, actor.userId, status, at);
    await store.insertEnrolledEvents(tx, events, actor.userId, at);
    await store.insertFeeLines(tx, lines, at);
    done += batch.length;
    progress(done);
  }
  await store.markCommitted(tx, locked.id, at);
  // The confirmations (PlusPort cursus 3.3) go out after the commit, by one job for the whole sheet.
  if (status === 'confirmed') await ctx.jobs.enqueue(tx, IMPORT_CONFIRMATIONS_JOB, { sheetId: locked.id });
  return {
    id: locked.id,
    enrolled: work.length,
    learnersCreated: newLearners.length,
    status,
    sessions: plans.map((p) => ({ code: p.session.code, enrolled: p.rows.length })),
  };
}
