import { type Actor, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import { appErrorOf, ConflictError, ForbiddenError, ValidationError } from '../platform/errors.ts';
import { parseTermsVersion } from '../terms/index.ts';
import { isBuiltIn, requireTermsEditor } from './access.ts';
import { type CopyBody, copyBodySchema } from './api-schemas.ts';
import {
  type LoadedTerms,
  type LoadedVersion,
  loadTerms,
  pickVersion,
  timeZoneOf,
  today,
} from './load-terms.ts';
import { view } from './read-terms.ts';
import { isUniqueViolation, lintForSave, requireFromToday, type SavedTermsVersion } from './save-checks.ts';
import * as store from './store.ts';

/** Copying terms (a built-in or one's own) into a new terms key owned by a provider. */

function keyTaken(key: string): ConflictError {
  return new ConflictError(
    'terms-key-taken',
    'Terms key in use',
    `Your provider already has terms '${key}', or it is the name of built-in terms.`,
  );
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
  const ownerProviderId = await ownerForCopy(ctx, actor, body);
  // The source is a built-in or the owner's own terms: keys are per provider (issue 12, item 7).
  const source = await loadTerms(ctx, actor, sourceKey, ctx.db, ownerProviderId);
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
      // Only the owner's own keys count: another provider's key of the same name is no conflict,
      // and a 409 for it would tell that the other provider exists (issue 12, item 7).
      if (await store.providerHasKey(tx, ownerProviderId, body.key)) throw keyTaken(body.key);
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
    // Two copies into one new key of one provider at once: the primary key decides.
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
    if (first && appErrorOf(error)?.status === 404) return first;
    throw error;
  }
}
