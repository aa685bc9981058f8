/**
 * Terms use cases (issue 3, items 2 and 6): list, read, evaluate, lint, copy and add versions.
 *
 * The five built-in terms come from code (src/terms/registry.ts) and are read-only; a provider's own
 * terms are stored (src/terms/store.ts), made by copying a built-in or one of its own into a new
 * terms key and then adding versions, each in force from its effective date. Tenancy: built-ins are
 * visible to every logged-in user; a provider's own terms only to its staff (planner, administration,
 * finance) and the platform admin, and to everyone else they answer "not found".
 *
 * A viewer of null sees every terms: the operator at the command line (`klasse terms ...`), or a use
 * case of another context (enrollment, catalog) that has checked its own tenancy and needs the terms
 * its provider works under.
 */
import { Temporal } from 'temporal-polyfill';
import type { ProviderTimeZone } from '../calendar/index.ts';
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import {
  AppError,
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../platform/errors.ts';
import {
  type AppliedTerms,
  type CopyBody,
  copyBodySchema,
  type EvaluateBody,
  evaluateBodySchema,
  type TermsListingView,
  type TermsRef,
  type TermsVersionView,
  type TimelineBody,
  timelineBodySchema,
} from './api-schemas.ts';
import {
  BUILT_IN_PROVIDERS,
  builtInTerms,
  type Decision,
  evaluate,
  type FeeTimelineRange,
  feeTimeline,
  findTerms,
  type LintFinding,
  lintTerms,
  listTerms,
  parseTermsVersion,
  type TermsVersion,
  toPlainDecision,
} from './index.ts';
import { questionDay } from './question-day.ts';
import * as store from './store.ts';

/** Null: the operator at the command line, or another context's use case (see above). */
export type Viewer = Actor | null;

/** One version of a terms key, with where it came from. */
export interface LoadedVersion {
  terms: TermsVersion;
  basedOn: { provider: string; version: string } | null;
  createdAt: Date | null;
}

/** A terms key and all its versions, oldest first. */
export interface LoadedTerms {
  key: string;
  builtIn: boolean;
  ownerProviderId: string | null;
  versions: LoadedVersion[];
}

/** The decision, and which terms version gave it. */
export type EvaluateResult = Decision & { terms: AppliedTerms };

export interface LintResult {
  provider: string;
  version: string;
  errors: number;
  findings: LintFinding[];
}

export interface SavedTermsVersion extends TermsVersionView {
  warnings: LintFinding[];
}

// ---- who may do what

function isBuiltIn(key: string): boolean {
  return (BUILT_IN_PROVIDERS as readonly string[]).includes(key);
}

/** Staff of the owning provider and the platform admin see and edit a provider's own terms. */
function canManageTermsOf(viewer: Viewer, ownerProviderId: string): boolean {
  if (viewer === null || viewer.role === 'platform_admin') return true;
  return isProviderStaff(viewer.role) && viewer.providerId === ownerProviderId;
}

function requireTermsEditor(actor: Actor): void {
  if (actor.role === 'platform_admin' || isProviderStaff(actor.role)) return;
  throw new ForbiddenError(
    "Only a provider's planner, administration or finance staff, or the platform admin, may change terms.",
  );
}

function storedScope(viewer: Viewer): store.TermsOwnerScope {
  if (viewer === null || viewer.role === 'platform_admin') return { kind: 'everyone' };
  if (isProviderStaff(viewer.role) && viewer.providerId)
    return { kind: 'provider', providerId: viewer.providerId };
  return { kind: 'none' };
}

function termsNotFound(key: string): NotFoundError {
  return new NotFoundError(`Terms '${key}'`);
}

// ---- loading

/** The built-in terms of a key, without touching the database; undefined for any other key. */
export function builtInTermsOf(key: string): LoadedTerms | undefined {
  if (!isBuiltIn(key)) return undefined;
  return {
    key,
    builtIn: true,
    ownerProviderId: null,
    versions: builtInTerms()
      .filter((terms) => terms.provider === key)
      .map((terms) => ({ terms, basedOn: null, createdAt: null })),
  };
}

/**
 * Stored versions never change once written (a change is a new version), so a version parsed once is
 * kept by its row id: the compiled form the engine builds per version object (src/terms/compile.ts)
 * is then built once per process, not once per request.
 */
const parsedVersions = new Map<string, TermsVersion>();
const PARSED_VERSIONS_KEPT = 500;

/** A stored document that the schema of today's code refuses: it must be replaced by a new version. */
export class StoredTermsInvalidError extends AppError {
  constructor(key: string, version: string, errors: FieldError[]) {
    super(
      409,
      'stored-terms-invalid',
      'Stored terms no longer valid',
      `Version ${version} of the terms '${key}' no longer passes the terms schema; add a corrected version.`,
      errors,
    );
  }
}

function parseStored(row: store.StoredTermsVersion): TermsVersion {
  const cached = parsedVersions.get(row.id);
  if (cached) return cached;
  let terms: TermsVersion;
  try {
    terms = parseTermsVersion(row.document);
  } catch (error) {
    if (error instanceof ValidationError)
      throw new StoredTermsInvalidError(row.key, row.version, error.errors);
    throw error;
  }
  if (parsedVersions.size >= PARSED_VERSIONS_KEPT) {
    const oldest = parsedVersions.keys().next().value;
    if (oldest !== undefined) parsedVersions.delete(oldest);
  }
  parsedVersions.set(row.id, terms);
  return terms;
}

/**
 * A terms key with every version, if the viewer may see it; NotFoundError otherwise. `ex` is the
 * transaction to read in when the caller holds one (the embedded pool has one connection).
 */
export async function loadTerms(
  ctx: AppContext,
  viewer: Viewer,
  key: string,
  ex: Executor = ctx.db,
): Promise<LoadedTerms> {
  const builtIn = builtInTermsOf(key);
  if (builtIn) return builtIn;
  const owner = await store.findKeyOwner(ex, key);
  if (owner === undefined || !canManageTermsOf(viewer, owner)) throw termsNotFound(key);
  const rows = await store.listVersionsOfKey(ex, key);
  return {
    key,
    builtIn: false,
    ownerProviderId: owner,
    versions: rows.map((row) => ({
      terms: parseStored(row),
      basedOn: row.basedOn,
      createdAt: row.createdAt,
    })),
  };
}

/** Today in the terms' time zone, by the clock (never read inline: a test or a what-if sets it). */
function today(clock: Clock, timeZone: ProviderTimeZone): string {
  return clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

function timeZoneOf(loaded: LoadedTerms): ProviderTimeZone {
  const latest = loaded.versions.at(-1);
  return latest ? latest.terms.calendar.timeZone : 'Europe/Amsterdam';
}

/**
 * A version by its label, or else the version in force on a day: the latest effectiveFrom on or
 * before it (registry.findTerms).
 */
export function pickVersion(loaded: LoadedTerms, version: string | undefined, day: string): LoadedVersion {
  if (version !== undefined) {
    const found = loaded.versions.find((v) => v.terms.version === version);
    if (!found) throw new NotFoundError(`Version '${version}' of the terms '${loaded.key}'`);
    return found;
  }
  const extra = loaded.builtIn ? [] : loaded.versions.map((v) => v.terms);
  const terms = findTerms(loaded.key, day, extra);
  const found = loaded.versions.find((v) => v.terms === terms);
  if (!found) throw new NotFoundError(`A version of the terms '${loaded.key}' in force on ${day}`);
  return found;
}

function applied(loaded: LoadedTerms, version: LoadedVersion): AppliedTerms {
  return {
    provider: loaded.key,
    version: version.terms.version,
    effectiveFrom: version.terms.effectiveFrom,
    builtIn: loaded.builtIn,
  };
}

export function termsKeyOf(ref: TermsRef): string {
  return typeof ref === 'string' ? ref : ref.provider;
}

function versionOf(ref: TermsRef): string | undefined {
  return typeof ref === 'string' ? undefined : ref.version;
}

/** The engine reports an impossible date or instant (e.g. 31 February) as a RangeError. */
function asFieldError<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError([{ path, message: error.message }]);
    throw error;
  }
}

// ---- reading

export async function listTermsFor(ctx: AppContext, viewer: Viewer): Promise<TermsListingView[]> {
  const builtIns: TermsListingView[] = listTerms().map((listing) => ({
    provider: listing.provider,
    name: listing.name,
    builtIn: true,
    ownerProviderId: null,
    versions: listing.versions.map((v) => ({ ...v, basedOn: null, createdAt: null })),
  }));
  const byKey = new Map<string, TermsListingView>();
  for (const row of await store.listVersions(ctx.db, storedScope(viewer))) {
    let listing = byKey.get(row.key);
    if (!listing) {
      listing = {
        provider: row.key,
        name: row.key,
        builtIn: false,
        ownerProviderId: row.providerId,
        versions: [],
      };
      byKey.set(row.key, listing);
    }
    // The name customers know is the latest version's (rows come oldest first).
    const name = (row.document as { name?: unknown } | null)?.name;
    if (typeof name === 'string') listing.name = name;
    listing.versions.push({
      version: row.version,
      effectiveFrom: row.effectiveFrom,
      basedOn: row.basedOn,
      createdAt: row.createdAt.toISOString(),
    });
  }
  return [...builtIns, ...[...byKey.values()].sort((a, b) => a.provider.localeCompare(b.provider))];
}

function view(loaded: LoadedTerms, version: LoadedVersion): TermsVersionView {
  return {
    provider: loaded.key,
    version: version.terms.version,
    effectiveFrom: version.terms.effectiveFrom,
    builtIn: loaded.builtIn,
    ownerProviderId: loaded.ownerProviderId,
    basedOn: version.basedOn,
    createdAt: version.createdAt ? version.createdAt.toISOString() : null,
    document: version.terms,
  };
}

export async function getTermsVersionView(
  ctx: AppContext,
  viewer: Viewer,
  key: string,
  version: string,
): Promise<TermsVersionView> {
  const loaded = await loadTerms(ctx, viewer, key);
  return view(loaded, pickVersion(loaded, version, ''));
}

// ---- evaluating

/**
 * Answers a validated question with loaded terms: the named version, or the version in force on
 * `on`, else on the question's own day, else today.
 */
export function answerQuestion(loaded: LoadedTerms, body: EvaluateBody, clock: Clock): EvaluateResult {
  const timeZone = timeZoneOf(loaded);
  const day =
    body.on ?? asFieldError('question', () => questionDay(body.question, timeZone)) ?? today(clock, timeZone);
  const version = pickVersion(loaded, versionOf(body.terms), day);
  const decision = asFieldError('question', () => toPlainDecision(evaluate(version.terms, body.question)));
  return { ...decision, terms: applied(loaded, version) };
}

export async function evaluateQuestion(
  ctx: AppContext,
  viewer: Viewer,
  input: unknown,
): Promise<EvaluateResult> {
  const body = parseInput(evaluateBodySchema, input);
  const loaded = await loadTerms(ctx, viewer, termsKeyOf(body.terms));
  return answerQuestion(loaded, body, ctx.clock);
}

/** The runs of days on which cancelling a session costs the same (the fee curve), with their clauses. */
export async function cancellationTimeline(
  ctx: AppContext,
  viewer: Viewer,
  input: unknown,
): Promise<{ terms: AppliedTerms; ranges: FeeTimelineRange[] }> {
  const body: TimelineBody = parseInput(timelineBodySchema, input);
  const loaded = await loadTerms(ctx, viewer, termsKeyOf(body.terms));
  const day = body.on ?? today(ctx.clock, timeZoneOf(loaded));
  const version = pickVersion(loaded, versionOf(body.terms), day);
  const request = {
    part: body.part,
    ...(body.from ? { from: body.from } : {}),
    ...(body.to ? { to: body.to } : {}),
  };
  const ranges = asFieldError('part', () => feeTimeline(version.terms, request));
  return { terms: applied(loaded, version), ranges };
}

// ---- lint

export function lintVersion(key: string, terms: TermsVersion): LintResult {
  const findings = lintTerms(terms);
  return {
    provider: key,
    version: terms.version,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    findings,
  };
}

export async function lintTermsVersion(
  ctx: AppContext,
  viewer: Viewer,
  key: string,
  version: string,
): Promise<LintResult> {
  const loaded = await loadTerms(ctx, viewer, key);
  return lintVersion(key, pickVersion(loaded, version, '').terms);
}

/**
 * Lint before a save (issue 3, item 5): an error-level finding (a gap, an overlap, a fee above its
 * clause, a rule citing no clause) makes the terms unusable, so the save is refused with each finding
 * as a field error; the rest (text gaps a reading closes) are returned as warnings.
 */
function lintForSave(terms: TermsVersion): LintFinding[] {
  const findings = lintTerms(terms);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    throw new ValidationError(
      errors.map((finding) => ({
        path: finding.path,
        message: finding.clause ? `${finding.message} (art. ${finding.clause.article})` : finding.message,
      })),
      `The terms have ${errors.length} lint error(s) that make them unusable; nothing was saved.`,
    );
  }
  return findings;
}

// ---- writing

function requireFromToday(effectiveFrom: string, clock: Clock, timeZone: ProviderTimeZone): void {
  const first = today(clock, timeZone);
  if (
    Temporal.PlainDate.compare(Temporal.PlainDate.from(effectiveFrom), Temporal.PlainDate.from(first)) < 0
  ) {
    throw new ValidationError([
      {
        path: 'effectiveFrom',
        message: `must be today (${first}) or later: a version cannot take effect in the past`,
      },
    ]);
  }
}

function keyTaken(key: string): ConflictError {
  return new ConflictError(
    'terms-key-taken',
    'Terms key in use',
    `The terms key '${key}' is already in use.`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

function versionTaken(
  key: string,
  terms: TermsVersion,
  existing: readonly LoadedVersion[],
): ConflictError | undefined {
  if (existing.some((v) => v.terms.version === terms.version)) {
    return new ConflictError(
      'terms-version-exists',
      'Version exists',
      `The terms '${key}' already have a version '${terms.version}'.`,
    );
  }
  if (existing.some((v) => v.terms.effectiveFrom === terms.effectiveFrom)) {
    return new ConflictError(
      'terms-version-exists',
      'Version exists',
      `The terms '${key}' already have a version in force from ${terms.effectiveFrom}.`,
    );
  }
  return undefined;
}

async function ownerForCopy(ctx: AppContext, actor: Actor, body: CopyBody): Promise<string> {
  if (actor.role === 'platform_admin') {
    if (!body.providerId) {
      throw new ValidationError([{ path: 'providerId', message: 'say which provider will own the copy' }]);
    }
    if (!(await identity.findProviderById(ctx, body.providerId))) {
      throw new ValidationError([{ path: 'providerId', message: 'no such provider' }]);
    }
    return body.providerId;
  }
  const own = actor.providerId;
  if (!own) throw new ForbiddenError('You belong to no provider.');
  if (body.providerId !== undefined && body.providerId !== own) {
    throw new ForbiddenError('You may copy terms only for your own provider.');
  }
  return own;
}

/**
 * Copies a version of a built-in (or one's own) terms into a new terms key owned by a provider: its
 * first version, in force from `effectiveFrom` (today or later), which the provider then edits by
 * adding versions.
 */
export async function copyTerms(
  ctx: AppContext,
  actor: Actor,
  sourceKey: string,
  input: unknown,
): Promise<SavedTermsVersion> {
  requireTermsEditor(actor);
  const body = parseInput(copyBodySchema, input);
  const source = await loadTerms(ctx, actor, sourceKey);
  const ownerProviderId = await ownerForCopy(ctx, actor, body);
  const sourceTimeZone = timeZoneOf(source);
  const from =
    body.fromVersion !== undefined
      ? pickVersion(source, body.fromVersion, '')
      : currentOrFirst(source, today(ctx.clock, sourceTimeZone));
  if (isBuiltIn(body.key)) throw keyTaken(body.key);

  const document = parseTermsVersion({
    ...from.terms,
    provider: body.key,
    version: body.version ?? body.effectiveFrom,
    effectiveFrom: body.effectiveFrom,
    name: body.name ?? from.terms.name,
  });
  requireFromToday(document.effectiveFrom, ctx.clock, document.calendar.timeZone);
  const findings = lintForSave(document);
  const basedOn = { provider: source.key, version: from.terms.version };
  const now = new Date(ctx.clock.now().epochMilliseconds);
  try {
    const row = await ctx.db.transaction().execute(async (tx) => {
      if ((await store.findKeyOwner(tx, body.key)) !== undefined) throw keyTaken(body.key);
      await store.insertKey(tx, { key: body.key, providerId: ownerProviderId, createdBy: actor.userId }, now);
      return store.insertVersion(
        tx,
        {
          providerId: ownerProviderId,
          key: body.key,
          version: document.version,
          effectiveFrom: document.effectiveFrom,
          basedOn,
          document,
          createdBy: actor.userId,
        },
        now,
      );
    });
    const loaded: LoadedTerms = { key: body.key, builtIn: false, ownerProviderId, versions: [] };
    return { ...view(loaded, { terms: document, basedOn, createdAt: row.createdAt }), warnings: findings };
  } catch (error) {
    // Two copies into one new key at once: the primary key decides.
    if (isUniqueViolation(error)) throw keyTaken(body.key);
    throw error;
  }
}

function currentOrFirst(loaded: LoadedTerms, day: string): LoadedVersion {
  try {
    return pickVersion(loaded, undefined, day);
  } catch (error) {
    // Every version is still to come: copy the first.
    const first = loaded.versions[0];
    if (error instanceof NotFoundError && first) return first;
    throw error;
  }
}

/**
 * Adds a version to a provider's own terms: a whole TermsVersion document for the key in the address,
 * validated by the schema (each bad field named), in force from its effectiveFrom (today or later),
 * refused when lint finds errors. The built-in terms are read-only.
 */
export async function addTermsVersion(
  ctx: AppContext,
  actor: Actor,
  key: string,
  input: unknown,
): Promise<SavedTermsVersion> {
  requireTermsEditor(actor);
  if (isBuiltIn(key)) {
    throw new ForbiddenError(
      `The built-in terms '${key}' are read-only: copy them into a terms key of your own (POST /api/terms/${key}/copy) and add versions to that.`,
    );
  }
  const loaded = await loadTerms(ctx, actor, key);
  const ownerProviderId = loaded.ownerProviderId;
  if (ownerProviderId === null) throw termsNotFound(key);
  const document = parseTermsVersion(input);
  if (document.provider !== key) {
    throw new ValidationError([
      { path: 'provider', message: `must be '${key}', the terms key in the address` },
    ]);
  }
  requireFromToday(document.effectiveFrom, ctx.clock, document.calendar.timeZone);
  const findings = lintForSave(document);
  const taken = versionTaken(key, document, loaded.versions);
  if (taken) throw taken;
  const now = new Date(ctx.clock.now().epochMilliseconds);
  try {
    const row = await store.insertVersion(
      ctx.db,
      {
        providerId: ownerProviderId,
        key,
        version: document.version,
        effectiveFrom: document.effectiveFrom,
        basedOn: null,
        document,
        createdBy: actor.userId,
      },
      now,
    );
    return {
      ...view(loaded, { terms: document, basedOn: null, createdAt: row.createdAt }),
      warnings: findings,
    };
  } catch (error) {
    // Two versions with one label or one effective date at once: the unique constraints decide.
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        'terms-version-exists',
        'Version exists',
        `The terms '${key}' already have a version '${document.version}' or one in force from ${document.effectiveFrom}.`,
      );
    }
    throw error;
  }
}
