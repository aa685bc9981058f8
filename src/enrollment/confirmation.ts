/**
 * What confirming an enrollment records: its course-fee lines (a package's by part, less a group
 * discount, citing ingenium-leveringsvoorwaarden#3.5) on the ledger, and the confirmation e-mail with its iCalendar invite.
 */
import type { VatCode } from '../catalog/model.ts';
import * as catalog from '../catalog/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import type { TermsVersion } from '../terms/index.ts';
import { confirmationMail } from './mails.ts';
import type { ClauseJson } from './model.ts';
import { type FeePart, splitPrice } from './rules.ts';
import * as store from './store.ts';
import { termsOf } from './terms.ts';
import { confirmationNotes, partKindsOf } from './terms-questions.ts';

export async function recordConfirmation(
  ctx: AppContext,
  tx: Tx,
  enrollment: store.Enrollment,
  session: store.SessionForEnrollment,
  learner: store.LearnerRow,
  eventId: string,
  at: Date,
  pricing: Pricing,
  /** The terms the enrollment was made under, when the caller has them at hand. */
  terms?: TermsVersion,
): Promise<void> {
  const { listPrice, discountClauses } = pricing;
  const components =
    session.product.type === 'package' ? await catalog.listPackageComponents(tx, session.product.id) : [];
  const parts: FeePart[] =
    session.product.type === 'package'
      ? components.map((c) => ({
          description: `${c.name} (${session.code})`,
          vatCode: c.vatCode,
          priceCents: c.priceCents,
        }))
      : [];
  if (parts.length === 0)
    parts.push({
      description: `${session.product.name} (${session.code})`,
      vatCode: session.product.vatCode,
      priceCents: listPrice,
    });
  const line = (kind: 'course_fee' | 'group_discount', p: FeePart, sign: 1 | -1, clauses: ClauseJson[]) => ({
    enrollmentId: enrollment.id,
    providerId: enrollment.providerId,
    eventId,
    kind,
    amountCents: sign * p.priceCents,
    vatCode: p.vatCode as VatCode,
    description: kind === 'course_fee' ? p.description : `Group discount: ${p.description}`,
    clauses,
    createdAt: at,
  });
  const fees = splitPrice(listPrice, parts).map((p) => line('course_fee', p, 1, []));
  const discount = listPrice - enrollment.priceCents;
  const discounts =
    discount > 0
      ? splitPrice(discount, parts)
          .filter((p) => p.priceCents !== 0)
          .map((p) => line('group_discount', p, -1, discountClauses))
      : [];
  await store.insertLedgerLines(tx, [...fees, ...discounts]);
  await ctx.mail.queue(
    tx,
    confirmationMail({
      enrollmentId: enrollment.id,
      learner,
      session,
      termsKey: enrollment.termsKey,
      termsVersion: enrollment.termsVersion,
      notes: confirmationNotes(
        terms ?? (await termsOf(ctx, tx, enrollment)).terms,
        partKindsOf(
          session.product.type,
          components.map((c) => c.type),
        ),
        session.startsAt,
      ),
      mailFrom: ctx.config.mailFrom,
      at,
    }),
  );
}

/** The list price before any group discount, and the clauses of that discount. */
interface Pricing {
  listPrice: number;
  discountClauses: ClauseJson[];
}

/** An enrollment confirmed later (approval, an accepted offer): its pricing as the 'enrolled' event kept it. */
export async function pricingOf(tx: Tx, enrollment: store.Enrollment): Promise<Pricing> {
  const enrolled = (await store.listEvents(tx, enrollment.id)).find((e) => e.type === 'enrolled');
  return {
    listPrice:
      typeof enrolled?.details.listPriceCents === 'number'
        ? enrolled.details.listPriceCents
        : enrollment.priceCents,
    discountClauses: clausesOf(enrolled?.decision),
  };
}

export function clausesOf(decision: unknown): ClauseJson[] {
  if (typeof decision !== 'object' || decision === null || !('clauses' in decision)) return [];
  const clauses = decision.clauses;
  if (!Array.isArray(clauses)) return [];
  return clauses.flatMap((c: unknown) =>
    typeof c === 'object' && c !== null && 'document' in c && 'article' in c && 'title' in c
      ? [{ document: String(c.document), article: String(c.article), title: String(c.title) }]
      : [],
  );
}
