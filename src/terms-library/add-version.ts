import type { Actor } from '../identity/model.ts';
import type { AppContext } from '../platform/context.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../platform/errors.ts';
import { parseTermsVersion, type TermsVersion } from '../terms/index.ts';
import { isBuiltIn, requireTermsEditor, termsNotFound } from './access.ts';
import { type LoadedVersion, loadTerms } from './load-terms.ts';
import { view } from './read-terms.ts';
import { isUniqueViolation, lintForSave, requireFromToday, type SavedTermsVersion } from './save-checks.ts';
import * as store from './store.ts';

/** Adding a version to a provider's own terms. */

/** Two versions of one terms key never share a label or an effective date. */
function versionExists(detail: string): ConflictError {
  return new ConflictError('terms-version-exists', 'Version exists', detail);
}

function versionTaken(
  key: string,
  terms: TermsVersion,
  existing: readonly LoadedVersion[],
): ConflictError | undefined {
  if (existing.some((v) => v.terms.version === terms.version)) {
    return versionExists(`The terms '${key}' already have a version '${terms.version}'.`);
  }
  if (existing.some((v) => v.terms.effectiveFrom === terms.effectiveFrom)) {
    return versionExists(`The terms '${key}' already have a version in force from ${terms.effectiveFrom}.`);
  }
  return undefined;
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
      throw versionExists(
        `The terms '${key}' already have a version '${document.version}' or one in force from ${document.effectiveFrom}.`,
      );
    }
    throw error;
  }
}
