import { formatIsoDate, localDate, type ProviderTimeZone } from '../calendar/index.ts';
import type { Question, QuestionType } from './question.ts';

/**
 * The day a question is about, which decides the version of the terms that answers it when the
 * caller names none (issue 3, item 2: "a new version has an effective date"): the moment the
 * request, notice or invoice the question concerns came into being. A question with no such moment
 * (a group discount, a force-majeure refund) is answered by the version in force today.
 *
 * Keyed by every question type, so a new type fails the type check here until it says its day.
 */
type DayOf<T extends QuestionType> = (question: Extract<Question, { type: T }>) => string | undefined;

const DAY_OF: { [T in QuestionType]: DayOf<T> } = {
  cancellation: (q) => q.requestedAt,
  reschedule: (q) => q.requestedAt,
  substitution: (q) => q.requestedAt,
  provider_cancellation: (q) => q.notifiedAt,
  force_majeure_refund: () => undefined,
  elearning_access: (q) => q.openedOn,
  certificate_release: (q) => q.resultOn,
  group_discount: () => undefined,
  admission: (q) => q.arrivedAt ?? q.start,
  result_due: (q) => q.heldOn,
  price_includes: () => undefined,
  notice_form: () => undefined,
  confirmation_notes: (q) => q.start,
  change_conditions: () => undefined,
  textbook_table: () => undefined,
  payment_due: (q) => q.invoiceDate,
  late_interest: (q) => q.dueDate,
  collection_costs: (q) => q.asOf,
  payment_allocation: (q) => q.paidOn,
  credit_restriction_surcharge: (q) => q.invoiceDate,
  invoice_dispute_deadline: (q) => q.invoiceDate,
  complaint_deadline: (q) => q.complaintOn,
  quote_expiry: (q) => q.issuedOn,
  contract_notice: (q) => q.asOf,
  price_change: (q) => q.noticeOn ?? q.effectiveOn,
  terms_change: (q) => q.noticeOn,
  force_majeure_termination: (q) => q.terminationOn,
};

/**
 * The question's day as 'YYYY-MM-DD' in the provider's time zone, or undefined when the question has
 * none. An instant (with its UTC offset) is taken on the provider's local calendar.
 */
export function questionDay(question: Question, timeZone: ProviderTimeZone): string | undefined {
  const dayOf = DAY_OF[question.type] as (q: Question) => string | undefined;
  const moment = dayOf(question);
  if (moment === undefined) return undefined;
  return moment.length === 10 ? moment : formatIsoDate(localDate(moment, timeZone));
}
