/** All SQL of the terms context: the providers' own terms keys and versions (migrations/0004_terms.sql, 0013). */
import type { Selectable } from 'kysely';
import type { Executor } from '../platform/db/database.ts';
import type { TermsTables } from './tables.ts';

type VersionRow = Selectable<TermsTables['terms_versions']>;

/** A stored version as read: the document is still unvalidated JSON (the service parses it). */
export interface StoredTermsVersion {
  id: string;
  providerId: string;
  key: string;
  version: string;
  effectiveFrom: string;
  basedOn: { provider: string; version: string } | null;
  document: unknown;
  createdBy: string | null;
  createdAt: Date;
}

function toStored(row: VersionRow): StoredTermsVersion {
  return {
    id: row.id,
    providerId: row.provider_id,
    key: row.terms_key,
    version: row.version,
    effectiveFrom: row.effective_from,
    basedOn:
      row.based_on_key !== null && row.based_on_version !== null
        ? { provider: row.based_on_key, version: row.based_on_version }
        : null,
    document: row.document,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/** Which providers' stored terms a query may return: every provider's, or one provider's only. */
export type TermsOwnerScope =
  | { kind: 'everyone' }
  | { kind: 'provider'; providerId: string }
  | { kind: 'none' };

/**
 * Whether this provider owns the terms key. Keys are unique per provider (migration 0013), so every
 * lookup by key names the provider: another provider's key of the same name is never seen.
 */
export async function providerHasKey(ex: Executor, providerId: string, key: string): Promise<boolean> {
  const row = await ex
    .selectFrom('terms_keys')
    .select('provider_id')
    .where('provider_id', '=', providerId)
    .where('terms_key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** The providers that have a terms key of this name: for the operator and the platform admin only. */
export async function findKeyOwners(ex: Executor, key: string): Promise<string[]> {
  const rows = await ex
    .selectFrom('terms_keys')
    .select('provider_id')
    .where('terms_key', '=', key)
    .orderBy('provider_id')
    .execute();
  return rows.map((row) => row.provider_id);
}

export async function insertKey(
  ex: Executor,
  key: { key: string; providerId: string; createdBy: string | null },
  now: Date,
): Promise<void> {
  await ex
    .insertInto('terms_keys')
    .values({ terms_key: key.key, provider_id: key.providerId, created_by: key.createdBy, created_at: now })
    .execute();
}

/** Every version of one provider's key, oldest first. */
export async function listVersionsOfKey(
  ex: Executor,
  providerId: string,
  key: string,
): Promise<StoredTermsVersion[]> {
  const rows = await ex
    .selectFrom('terms_versions')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('terms_key', '=', key)
    .orderBy('effective_from')
    .execute();
  return rows.map(toStored);
}

/** Every stored version the scope allows, by key then effective date. */
export async function listVersions(ex: Executor, scope: TermsOwnerScope): Promise<StoredTermsVersion[]> {
  if (scope.kind === 'none') return [];
  let query = ex.selectFrom('terms_versions').selectAll();
  if (scope.kind === 'provider') query = query.where('provider_id', '=', scope.providerId);
  const rows = await query.orderBy('terms_key').orderBy('provider_id').orderBy('effective_from').execute();
  return rows.map(toStored);
}

export async function insertVersion(
  ex: Executor,
  version: {
    providerId: string;
    key: string;
    version: string;
    effectiveFrom: string;
    basedOn: { provider: string; version: string } | null;
    document: unknown;
    createdBy: string | null;
  },
  now: Date,
): Promise<StoredTermsVersion> {
  const row = await ex
    .insertInto('terms_versions')
    .values({
      provider_id: version.providerId,
      terms_key: version.key,
      version: version.version,
      effective_from: version.effectiveFrom,
      based_on_key: version.basedOn?.provider ?? null,
      based_on_version: version.basedOn?.version ?? null,
      document: JSON.stringify(version.document),
      created_by: version.createdBy,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStored(row);
}
