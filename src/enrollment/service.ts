/**
 * Enrollment use cases (issue 4, items 3 and 5): enroll (enroll.ts), approve or reject and the waiting
 * list's offers (approval.ts), the terms an enrollment would accept, reading enrollments within the
 * actor's tenant (hidden is "not found", access.ts), and the provider's settings. One entry point for
 * routes, jobs and the workflows (src/workflows/): the use cases in their own files are re-exported
 * here, also the enrollment side of a provider's cancellation and the offers of freed seats.
 */
import * as catalog from '../catalog/service.ts';
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import type { AppContext } from '../platform/context.ts';
import { ForbiddenError, NotFoundError } from '../platform/errors.ts';
import { loadVisibleEnrollment, nowOf, toView, visibleSession } from './access.ts';
import { canManageEnrollments, enrollmentScope } from './rules.ts';
import { enrollmentListQuerySchema, settingsSchema } from './schemas.ts';
import * as store from './store.ts';
import { previewTerms, type TermsPreview, termsForSession, termsOf, timelinePart, todayIn } from './terms.ts';
import { changeConditionsView } from './terms-questions.ts';

export { loadVisibleEnrollment, toView } from './access.ts';
export { acceptOffer, approve, declineOffer, reject } from './approval.ts';
export {
  previewSessionRelease,
  releaseSessionEnrollments,
  type SessionReleasePreview,
  type SessionReleaseRequest,
} from './changes/provider-cancellation.ts';
export { type EnrollResult, enroll } from './enroll.ts';
/** For a workflow that raised a session's capacity: the free seats go to the waiting list first. */
export { offerFreeSeats } from './seats.ts';

// ---- terms preview

/** The terms version an enrollment made now would accept, its cancellation clauses and fee timeline. */
export async function enrollmentTerms(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
): Promise<TermsPreview> {
  const session = await visibleSession(ctx, actor, sessionId);
  const today = todayIn(ctx.clock, session.provider.timeZone);
  const applied = await termsForSession(ctx, ctx.db, session, today);
  const components =
    session.product.type === 'package' ? await catalog.listPackageComponents(ctx.db, session.product.id) : [];
  const part = timelinePart({
    productType: session.product.type,
    componentTypes: components.map((c) => c.type),
    priceCents: session.priceCents,
    startsAt: session.startsAt,
    today,
  });
  return previewTerms(applied, part, today);
}

// ---- reading

export async function listEnrollments(ctx: AppContext, actor: Actor, query: unknown) {
  const q = parseInput(enrollmentListQuerySchema, query);
  const scope = enrollmentScope(actor);
  if (!scope) return { items: [], total: 0, limit: q.limit, offset: q.offset };
  const result = await store.listEnrollments(ctx.db, scope, {
    status: q.status,
    sessionId: q.session,
    limit: q.limit,
    offset: q.offset,
  });
  return {
    items: result.items.map((row) => ({
      ...toView(row),
      learnerName: row.learnerName,
      learnerEmail: row.learnerEmail,
      sessionCode: row.sessionCode,
      sessionStartsAt: row.sessionStartsAt.toISOString(),
      productName: row.productName,
    })),
    total: result.total,
    limit: q.limit,
    offset: q.offset,
  };
}

export async function getEnrollment(ctx: AppContext, actor: Actor, id: string) {
  const enrollment = await loadVisibleEnrollment(ctx, ctx.db, actor, id);
  const events = await store.listEvents(ctx.db, id);
  const ledger = await store.listLedger(ctx.db, id);
  const terms = await termsOf(ctx, ctx.db, enrollment);
  return {
    ...toView(enrollment),
    conditions: changeConditionsView(terms.terms),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    ledger: ledger.map((l) => ({
      id: l.id,
      kind: l.kind,
      amountCents: l.amountCents,
      vatCode: l.vatCode,
      description: l.description,
      clauses: l.clauses,
      createdAt: l.createdAt.toISOString(),
      invoicedAt: l.invoicedAt ? l.invoicedAt.toISOString() : null,
    })),
  };
}

/** Staff: who waits for a seat in the session, first in line first. */
export async function waitingList(ctx: AppContext, actor: Actor, sessionId: string) {
  const session = await store.findSessionForEnrollment(ctx.db, sessionId);
  if (!session || !canManageEnrollments(actor, session.providerId)) throw new NotFoundError('Session');
  const rows = await store.listWaitingList(ctx.db, sessionId);
  return {
    items: rows.map((r) => ({
      ...r,
      waitlistedAt: r.waitlistedAt ? r.waitlistedAt.toISOString() : null,
      offerExpiresAt: r.offerExpiresAt ? r.offerExpiresAt.toISOString() : null,
    })),
  };
}

// ---- settings

function settingsProvider(actor: Actor): string {
  if (!isProviderStaff(actor.role) || !actor.providerId)
    throw new ForbiddenError("Only a provider's staff read and change its enrollment settings.");
  return actor.providerId;
}

export async function getSettings(ctx: AppContext, actor: Actor): Promise<store.EnrollmentSettings> {
  return store.findSettings(ctx.db, settingsProvider(actor));
}

export async function updateSettings(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
): Promise<store.EnrollmentSettings> {
  const providerId = settingsProvider(actor);
  const settings = parseInput(settingsSchema, input);
  await ctx.db.transaction().execute((tx) => store.saveSettings(tx, providerId, settings, nowOf(ctx)));
  return settings;
}
