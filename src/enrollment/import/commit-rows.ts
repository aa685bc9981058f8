/**
 * What a commit writes per row (docs/decisions/0006-import-sheets.md, "What a commit writes"): new
 * learners, and per batch the enrollments, their 'enrolled' events and their fee lines.
 */
import { randomUUID } from 'node:crypto';
import type { SessionPlan } from './commit-plan.ts';
import { listPricing, type RowPricing } from './group-pricing.ts';
import { displayName } from './row-validator.ts';
import type { ValidRow } from './rules.ts';
import type * as store from './store.ts';

/**
 * The clause the course fee of an imported enrollment rests on: enrollment by import sheet binds
 * the company to take and pay for the course (PlusPort cursus, art. 1 "Aanmelding", and 3.1).
 */
const IMPORT_CLAUSE = { document: 'PlusPort cursusvoorwaarden', article: '3.1', title: 'Aanmelding' };

/**
 * The learners a batch of rows needs that do not exist yet: one per new e-mail address, under the
 * row's company. `learnerIds` (e-mail -> learner id, for the whole sheet) gains every row's learner.
 */
export function newLearnersOf(
  batch: readonly { row: ValidRow }[],
  learnerIds: Map<string, string>,
  providerId: string,
  locale: 'nl' | 'en',
): store.NewLearner[] {
  const newLearners: store.NewLearner[] = [];
  for (const { row } of batch) {
    if (row.learnerId) learnerIds.set(row.email, row.learnerId);
    else if (!learnerIds.has(row.email)) {
      const learnerId = randomUUID();
      learnerIds.set(row.email, learnerId);
      newLearners.push({
        id: learnerId,
        email: row.email,
        name: displayName(row),
        locale,
        provider_id: providerId,
        customer_id: row.customerId,
      });
    }
  }
  return newLearners;
}

export interface RowBatch {
  enrollments: store.NewEnrollment[];
  events: store.NewEvent[];
  lines: store.NewFeeLine[];
}

export function batchRows(
  batch: readonly { plan: SessionPlan; row: ValidRow }[],
  sheet: { id: string; providerId: string },
  status: 'confirmed' | 'pending_approval',
  learnerIds: ReadonlyMap<string, string>,
  pricing: ReadonlyMap<string, RowPricing>,
): RowBatch {
  const out: RowBatch = { enrollments: [], events: [], lines: [] };
  for (const { plan, row } of batch) {
    const price = pricing.get(`${plan.session.id} ${row.customerId}`) ?? listPricing(plan);
    const enrollmentId = randomUUID();
    const eventId = randomUUID();
    out.enrollments.push({
      id: enrollmentId,
      provider_id: sheet.providerId,
      session_id: plan.session.id,
      learner_id: learnerIds.get(row.email) ?? '',
      customer_id: row.customerId,
      purchase_order_ref: row.purchaseOrderRef,
      terms_key: plan.terms.key,
      terms_version: plan.terms.version,
      price_cents: price.priceCents,
    });
    out.events.push({
      id: eventId,
      enrollment_id: enrollmentId,
      decision: price.decision,
      details: {
        source: 'import',
        importSheetId: sheet.id,
        row: row.row,
        status,
        listPriceCents: plan.session.priceCents,
        ...(row.employeeNumber ? { employeeNumber: row.employeeNumber } : {}),
        ...(row.birthDate ? { birthDate: row.birthDate } : {}),
      },
    });
    // The course fee is owed on confirmation; a pending one gets its lines when staff approve it.
    if (status !== 'confirmed') continue;
    const owner = { enrollment_id: enrollmentId, provider_id: sheet.providerId, event_id: eventId };
    for (const part of plan.parts) {
      out.lines.push({
        ...owner,
        kind: 'course_fee',
        amount_cents: part.priceCents,
        vat_code: part.vatCode,
        description: `${part.description} (${plan.session.code})`,
        clauses: [IMPORT_CLAUSE],
      });
    }
    for (const part of price.discountParts) {
      out.lines.push({
        ...owner,
        kind: 'group_discount',
        amount_cents: -part.priceCents,
        vat_code: part.vatCode,
        description: `Group discount: ${part.description} (${plan.session.code})`,
        clauses: price.clauses,
      });
    }
  }
  return out;
}
