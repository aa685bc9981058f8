/**
 * Enrolling (issue 4, items 3 and 5): a learner themself, a customer admin for employees, staff for
 * anyone of their provider; all or none, each taking a seat or joining the waiting list.
 */
import { randomUUID } from 'node:crypto';
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import {
  ConflictError,
  type FieldError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../platform/errors.ts';
import type { AnswerInTransaction } from '../platform/http/idempotency/transaction.ts';
import { type Decision, evaluate, toPlainDecision } from '../terms/index.ts';
import { nowOf, toView, visibleSession } from './access.ts';
import { clausesOf, recordConfirmation } from './confirmation.ts';
import type { EnrollmentSource } from './model.ts';
import { canManageEnrollments, closedReason, discountedPrice } from './rules.ts';
import { type EnrollBody, type EnrollmentView, enrollBodySchema, type LearnerRef } from './schemas.ts';
import * as store from './store.ts';
import { termsForSession, todayIn } from './terms.ts';

interface Enrollee {
  /** An existing user, or a new learner to create in the transaction. */
  user: store.LearnerRow | null;
  create: { email: string; name: string; locale: 'nl' | 'en' } | null;
  path: string;
}

function sourceOf(actor: Actor): EnrollmentSource {
  if (actor.role === 'learner') return 'self';
  if (actor.role === 'customer_admin') return 'customer_admin';
  if (isProviderStaff(actor.role) || actor.role === 'platform_admin') return 'staff';
  throw new ForbiddenError('Only learners, customer admins and provider staff enroll.');
}

/** Resolves and checks whom the request enrolls, before anything is written. */
async function resolveEnrollees(
  ctx: AppContext,
  actor: Actor,
  source: EnrollmentSource,
  body: EnrollBody,
  session: store.SessionForEnrollment,
): Promise<Enrollee[]> {
  const errors: FieldError[] = [];
  if (source === 'self') {
    const only = body.learners?.length === 1 ? body.learners[0] : undefined;
    const onlyMe = only !== undefined && 'userId' in only && only.userId === actor.userId;
    if (body.learners && !onlyMe)
      errors.push({ path: 'learners', message: 'a learner enrolls only themself: leave learners out' });
    if (body.purchaseOrderRef !== undefined)
      errors.push({
        path: 'purchaseOrderRef',
        message: 'only a customer admin enrolling employees gives one',
      });
    if (errors.length > 0) throw new ValidationError(errors);
    // The actor is the user themself, read when the request was authenticated (which refuses a
    // disabled account): no second read of the same row on the hot path (bench/enroll-hot.ts).
    const me: store.LearnerRow = {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      role: actor.role,
      locale: actor.locale,
      providerId: actor.providerId,
      customerId: actor.customerId,
      disabled: false,
    };
    return [{ user: me, create: null, path: 'learners.0' }];
  }
  if (!body.learners)
    throw new ValidationError([{ path: 'learners', message: 'name the learners to enroll' }]);
  if (source === 'staff' && body.purchaseOrderRef !== undefined)
    errors.push({ path: 'purchaseOrderRef', message: 'only a customer admin enrolling employees gives one' });
  const ids = body.learners.flatMap((l) => ('userId' in l ? [l.userId] : []));
  const found = new Map((await store.findUsers(ctx.db, ids)).map((u) => [u.id, u]));
  const seen = new Set<string>();
  const result: Enrollee[] = [];
  for (const [i, ref] of body.learners.entries()) {
    const path = `learners.${i}`;
    const key = 'userId' in ref ? ref.userId : ref.email;
    if (seen.has(key)) {
      errors.push({ path, message: 'this learner is named twice' });
      continue;
    }
    seen.add(key);
    const user = 'userId' in ref ? found.get(ref.userId) : await store.findUserByEmail(ctx.db, ref.email);
    if (user) {
      const problem = enrolleeProblem(actor, source, user, session);
      if (problem)
        errors.push({ path: 'userId' in ref ? `${path}.userId` : `${path}.email`, message: problem });
      else result.push({ user, create: null, path });
    } else if ('userId' in ref) {
      errors.push({ path: `${path}.userId`, message: outsideMessage(source) });
    } else {
      result.push({ user: null, create: createOf(ref), path });
    }
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return result;
}

function createOf(ref: LearnerRef): { email: string; name: string; locale: 'nl' | 'en' } {
  if ('userId' in ref) throw new Error('unreachable: a user id names an existing user');
  return { email: ref.email, name: ref.name, locale: ref.locale };
}

/**
 * Why this user cannot be enrolled by this actor in this session, or null. A user outside the actor's
 * tenant (another company, another provider) gets one answer whatever their role or state, the same
 * as an unknown id: enrolling by e-mail must not tell whether an address has an account elsewhere
 * and of which kind (issue 12, item 6; ASVS 4.2.1). Only users the actor may see get the real reason.
 */
function enrolleeProblem(
  actor: Actor,
  source: EnrollmentSource,
  user: store.LearnerRow,
  session: store.SessionForEnrollment,
): string | null {
  const inTenant =
    source === 'customer_admin'
      ? user.providerId === actor.providerId && user.customerId === actor.customerId
      : source !== 'staff' || user.providerId === session.providerId;
  if (!inTenant) return outsideMessage(source);
  if (user.disabled) return 'this account is disabled';
  if (user.role !== 'learner') return 'only learners are enrolled';
  return null;
}

function outsideMessage(source: EnrollmentSource): string {
  return source === 'customer_admin' ? 'not an employee of your company' : 'no such learner';
}

function groupSessionProblem(session: store.SessionForEnrollment, customerId: string | null): string | null {
  if (session.kind === 'open') return null;
  return customerId === session.customerId
    ? null
    : "this is a closed group session of another company (PlusPort cursus 14.7): only that company's employees enroll";
}

export interface EnrollResult {
  items: EnrollmentView[];
  confirmed: number;
  pendingApproval: number;
  waitlisted: number;
  groupDiscount: Decision | null;
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

const alreadyEnrolled = (who: string) =>
  new ConflictError('already-enrolled', 'Already enrolled', `${who} is already enrolled in this session.`);

/**
 * Enrolls one learner or several employees in a session, all or none. Each takes a seat with one
 * conditional UPDATE and is confirmed (or pending approval); without a seat, with `waitlist: true`
 * it joins the waiting list, else the whole request is refused as full and nothing changes.
 * `answer` (the HTTP route's Idempotency-Key) is written in the transaction with the result, so
 * both commit together: folded into the enrollment's statement for one learner, else last; if it
 * throws, nothing is enrolled.
 */
export async function enroll(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  answer?: AnswerInTransaction<EnrollResult>,
): Promise<EnrollResult> {
  const body = parseInput(enrollBodySchema, input);
  const source = sourceOf(actor);
  const session = await visibleSession(ctx, actor, body.sessionId, {
    liveFor: source === 'self' ? actor.userId : undefined,
  });
  if (source === 'staff' && !canManageEnrollments(actor, session.providerId))
    throw new NotFoundError('Session');
  const now = nowOf(ctx);
  const closed = closedReason(session, now);
  if (closed) throw new ConflictError('session-closed', 'Session not open for enrollment', closed);

  const enrollees = await resolveEnrollees(ctx, actor, source, body, session);
  await refuseEnrolledAlready(ctx, session, enrollees);
  const customerId = source === 'customer_admin' ? actor.customerId : null;
  for (const e of enrollees) {
    const problem = groupSessionProblem(
      session,
      source === 'customer_admin' ? customerId : (e.user?.customerId ?? null),
    );
    if (problem) throw new ValidationError([{ path: e.path, message: problem }]);
  }

  // Binding on confirmation (sparse-algemene-voorwaarden#59.1) under the terms in force today, which the user accepted.
  const today = todayIn(ctx.clock, session.provider.timeZone);
  const applied = await termsForSession(ctx, ctx.db, session, today);
  if (body.termsVersion !== undefined && body.termsVersion !== applied.version) {
    const changed = new ConflictError(
      'terms-changed',
      'Terms changed',
      `You accepted version ${body.termsVersion} of the terms ${applied.key}, but version ${applied.version} is in force now; read it and accept again.`,
    );
    changed.extensions = { termsKey: applied.key, termsVersion: applied.version };
    throw changed;
  }

  // ingenium-leveringsvoorwaarden#3.5: a company enrolling two or more learners gets the group discount of the price list.
  const listPrice = session.priceCents;
  let price = listPrice;
  let groupDiscount: Decision | null = null;
  if (source === 'customer_admin' && enrollees.length >= 2) {
    groupDiscount = toPlainDecision(
      evaluate(applied.terms, {
        type: 'group_discount',
        participants: enrollees.length,
        sameCompany: true,
        pricePerParticipant: listPrice,
      }),
    );
    const rate = groupDiscount.amounts.discountBasisPoints;
    if (groupDiscount.outcome === 'allowed' && rate !== undefined) price = discountedPrice(listPrice, rate);
  }

  try {
    return await ctx.db.transaction().execute(async (tx) => {
      const settings = session.settings;
      const items: EnrollmentView[] = [];
      const counts = { confirmed: 0, pendingApproval: 0, waitlisted: 0 };
      let answered = false;
      for (const e of enrollees) {
        const learner = e.user ?? (await createLearner(tx, ctx, actor, session, e));
        const unmet = session.product.hasPrerequisites
          ? await store.unmetPrerequisites(tx, session.product.id, learner.id)
          : [];
        if (unmet.length > 0)
          throw new ConflictError(
            'prerequisite-not-met',
            'Prerequisite not met',
            `${learner.name} must first have ${unmet.map((u) => `${u.requirement} ${u.productName}`).join(' and ')}.`,
          );
        // Seat (or waiting list), enrollment and its events in one statement (store-enroll.ts).
        const seated: store.SeatedEnrollment = {
          id: randomUUID(),
          providerId: session.providerId,
          sessionId: session.id,
          learnerId: learner.id,
          customerId:
            source === 'customer_admin' ? customerId : source === 'staff' ? learner.customerId : null,
          purchaseOrderRef: body.purchaseOrderRef ?? null,
          enrolledBy: actor.userId,
          source,
          // Staff enrolling are the approvers themselves (plusport-cursusvoorwaarden#3.3-3.4).
          statusWithSeat: settings.requiresApproval && source !== 'staff' ? 'pending_approval' : 'confirmed',
          waitlist: body.waitlist,
          termsKey: applied.key,
          termsVersion: applied.version,
          termsAcceptedBy: actor.userId,
          priceCents: price,
          at: now,
          actorId: actor.userId,
          decision: groupDiscount ?? undefined,
          details: {
            source,
            listPriceCents: listPrice,
            priceCents: price,
            participants: enrollees.length,
            terms: { key: applied.key, version: applied.version },
          },
        };
        // One learner (the hot path, bench/enroll-hot.ts): the answer is one of two known in advance,
        // so the Idempotency-Key is written by the same statement (decision 0017).
        const predicted = answer && enrollees.length === 1 ? outcomesOf(seated, groupDiscount) : undefined;
        const folded = predicted && answer?.fold(predicted.map((p) => p.result));
        const written = await store.enrollTakingSeat(tx, seated, folded?.insert);
        if (!written) {
          const full = new ConflictError(
            'session-full',
            'Session full',
            'The session has no seat left; send the request again with waitlist: true to join the waiting list.',
          );
          // The answer offers the waiting list (issue 4, item 5: "a full session offers the waiting list").
          full.extensions = { sessionId: session.id, waitingListOffered: true };
          throw full;
        }
        const { enrollment, enrolledEventId: eventId } = written;
        const status = enrollment.status;
        if (folded && predicted) {
          if (!sameView(predicted[written.pick - 1]?.enrollment, enrollment))
            throw new Error('the enrollment written differs from the answer prepared for it');
          folded.settle(written.pick, written.alsoWritten);
          answered = true;
        }
        if (status === 'waitlisted') {
          counts.waitlisted++;
        } else if (status === 'pending_approval') counts.pendingApproval++;
        else {
          await recordConfirmation(ctx, tx, enrollment, session, learner, eventId, now, {
            listPrice,
            discountClauses: groupDiscount ? clausesOf(groupDiscount) : [],
          });
          counts.confirmed++;
        }
        items.push(toView(enrollment));
      }
      const result = { items, ...counts, groupDiscount };
      if (answer && !answered) await answer.write(tx, result);
      return result;
    });
  } catch (error) {
    // Two requests for one learner at once: the unique index on live enrollments decides.
    if (uniqueViolation(error)) throw alreadyEnrolled('This learner');
    throw error;
  }
}

/**
 * What enrolling one learner answers with a seat (1) and, when they asked for it, on the waiting
 * list (2): the order of store-enroll.ts's `pick`.
 */
function outcomesOf(
  seated: store.SeatedEnrollment,
  groupDiscount: Decision | null,
): { enrollment: store.Enrollment; result: EnrollResult }[] {
  const statuses = seated.waitlist ? [seated.statusWithSeat, 'waitlisted' as const] : [seated.statusWithSeat];
  return statuses.map((status) => {
    const enrollment = store.seatedEnrollmentAs(seated, status);
    return {
      enrollment,
      result: {
        items: [toView(enrollment)],
        confirmed: status === 'confirmed' ? 1 : 0,
        pendingApproval: status === 'pending_approval' ? 1 : 0,
        waitlisted: status === 'waitlisted' ? 1 : 0,
        groupDiscount,
      },
    };
  });
}

/** Whether the enrollment written shows as the one an answer was prepared for. */
function sameView(prepared: store.Enrollment | undefined, written: store.Enrollment): boolean {
  return prepared !== undefined && JSON.stringify(toView(prepared)) === JSON.stringify(toView(written));
}

/**
 * Refuses, before anything is written, a learner who is enrolled in the session already (waiting,
 * confirmed, pending, offered or cancelling): one read for all enrollees, none for a learner
 * enrolling themself (the session read answered it). Two requests racing for one learner pass here
 * both; the unique index on live enrollments then refuses the second.
 */
async function refuseEnrolledAlready(
  ctx: AppContext,
  session: store.SessionForEnrollment,
  enrollees: readonly Enrollee[],
): Promise<void> {
  const existing = enrollees.flatMap((e) => (e.user ? [e.user] : []));
  const live =
    session.learnerLive !== undefined
      ? new Set(session.learnerLive ? existing.map((u) => u.id) : [])
      : await store.liveLearnerIds(
          ctx.db,
          session.id,
          existing.map((u) => u.id),
        );
  const enrolled = existing.find((u) => live.has(u.id));
  if (enrolled) throw alreadyEnrolled(enrolled.name);
}

async function createLearner(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  session: store.SessionForEnrollment,
  e: Enrollee,
): Promise<store.LearnerRow> {
  if (!e.create) throw new Error('unreachable: an enrollee without a user has one to create');
  const user = await identity.createUserInTransaction(tx, ctx, actor, {
    email: e.create.email,
    name: e.create.name,
    locale: e.create.locale,
    role: 'learner',
    providerId: session.providerId,
    customerId: actor.role === 'customer_admin' ? actor.customerId : null,
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    providerId: user.providerId,
    customerId: user.customerId,
    disabled: user.disabled,
  };
}

/**
 * On confirmation (binding, sparse-algemene-voorwaarden#59.1): the course fee as ledger lines, one per package component
 * with its own VAT code, any group discount as its own lines citing the clause, and the confirmation
 * e-mail with its invite, queued in this transaction.
 */
