import type { ProviderTimeZone } from '../calendar/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { DomainProblem } from '../platform/domain-problem.ts';
import {
  AppError,
  ConflictError,
  type FieldError,
  NotFoundError,
  ValidationError,
} from '../platform/errors.ts';
import { builtInTerms, findTerms, parseTermsVersion, type TermsVersion } from '../terms/index.ts';
import { canManageTermsOf, isBuiltIn, termsNotFound, type Viewer } from './access.ts';
import type { AppliedTerms, TermsRef } from './api-schemas.ts';
import * as store from './store.ts';

/** Loading a terms key with its versions (built-in from code, or stored), and picking a version. */

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

export function parseStored(row: store.StoredTermsVersion): TermsVersion {
  const cached = parsedVersions.get(row.id);
  if (cached) return cached;
  let terms: TermsVersion;
  try {
    terms = parseTermsVersion(row.document);
  } catch (error) {
    if (error instanceof DomainProblem)
      throw new StoredTermsInvalidError(row.key, row.version, [...error.errors]);
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
 *
 * Keys are unique per provider (issue 12, item 7), so a stored key is looked up at one provider:
 * `ownerProviderId` when the caller knows it (an enrollment's or session's provider), else the
 * viewer's own. Only a viewer without a provider (the platform admin, the operator) looks across
 * providers, and is asked to name one when several have the key.
 */
export async function loadTerms(
  ctx: AppContext,
  viewer: Viewer,
  key: string,
  ex: Executor = ctx.db,
  ownerProviderId?: string,
): Promise<LoadedTerms> {
  const builtIn = builtInTermsOf(key);
  if (builtIn) return builtIn;
  const owner = await ownerOfKey(ex, viewer, key, ownerProviderId);
  if (owner === undefined || !canManageTermsOf(viewer, owner)) throw termsNotFound(key);
  const rows = await store.listVersionsOfKey(ex, owner, key);
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

async function ownerOfKey(
  ex: Executor,
  viewer: Viewer,
  key: string,
  ownerProviderId: string | undefined,
): Promise<string | undefined> {
  const provider = ownerProviderId ?? viewer?.providerId ?? undefined;
  if (provider) return (await store.providerHasKey(ex, provider, key)) ? provider : undefined;
  const owners = await store.findKeyOwners(ex, key);
  if (owners.length > 1) {
    // Only the platform admin and the operator get here, and they may see every provider's terms.
    throw new ConflictError(
      'terms-key-ambiguous',
      'Terms key used by several providers',
      `Several providers have terms '${key}' (${owners.join(', ')}); name the provider.`,
    );
  }
  return owners[0];
}

/** Today in the terms' time zone, by the clock (never read inline: a test or a what-if sets it). */
export function today(clock: Clock, timeZone: ProviderTimeZone): string {
  return clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function timeZoneOf(loaded: LoadedTerms): ProviderTimeZone {
  const latest = loaded.versions.at(-1);
  return latest ? latest.terms.calendar.timeZone : 'Europe/Amsterdam';
}

/**
 * A day before the first version of a terms key: no terms were in force, so nothing is decided. The
 * problem names every version that exists, so the caller can name one or ask about a later day.
 * `path` is the field that gave the day: `on`, or `question` when the day is the question's own.
 */
export class NoTermsInForceError extends AppError {
  constructor(loaded: LoadedTerms, day: string, path: string) {
    const versions = loaded.versions.map(
      (v) => `${v.terms.version} (in force from ${v.terms.effectiveFrom})`,
    );
    const message = `no version of the terms '${loaded.key}' was in force on ${day}; the versions are: ${versions.join(', ')}`;
    // 404 as before (no version answers for that day), with a slug and detail of its own.
    super(
      404,
      'terms-not-in-force',
      'No terms in force on that day',
      `The terms '${loaded.key}' have no version in force on ${day}: the first takes effect on ${loaded.versions[0]?.terms.effectiveFrom ?? '(none)'}. Versions: ${versions.join(', ')}. Name a version or ask about a later day.`,
      [{ path, message }],
    );
  }
}

/**
 * A version by its label, or else the version in force on a day: the latest effectiveFrom on or
 * before it (registry.findTerms). `dayPath` names the field the day came from, for the problem
 * raised when the day falls before the first version.
 */
export function pickVersion(
  loaded: LoadedTerms,
  version: string | undefined,
  day: string,
  dayPath = 'on',
): LoadedVersion {
  if (version !== undefined) {
    const found = loaded.versions.find((v) => v.terms.version === version);
    if (!found) throw new NotFoundError(`Version '${version}' of the terms '${loaded.key}'`);
    return found;
  }
  const first = loaded.versions.reduce<string | undefined>(
    (min, v) => (min === undefined || v.terms.effectiveFrom < min ? v.terms.effectiveFrom : min),
    undefined,
  );
  if (first !== undefined && day < first) throw new NoTermsInForceError(loaded, day, dayPath);
  const extra = loaded.builtIn ? [] : loaded.versions.map((v) => v.terms);
  const terms = findTerms(loaded.key, day, extra);
  const found = loaded.versions.find((v) => v.terms === terms);
  if (!found) throw new NotFoundError(`A version of the terms '${loaded.key}' in force on ${day}`);
  return found;
}

export function applied(loaded: LoadedTerms, version: LoadedVersion): AppliedTerms {
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

export function versionOf(ref: TermsRef): string | undefined {
  return typeof ref === 'string' ? undefined : ref.version;
}

/** The engine reports an impossible date or instant (e.g. 31 February) as a RangeError. */
export function asFieldError<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError([{ path, message: error.message }]);
    throw error;
  }
}
