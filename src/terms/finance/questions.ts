import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../../calendar/date-schemas.ts';
import { COMPLAINT_SUBJECTS, CONTRACT_KINDS, CUSTOMER_KINDS, INVOICE_KINDS } from './sections.ts';

/**
 * The finance and contract questions, one zod object per type with a literal `type`. The terms core
 * (src/terms/question.ts) adds the provider and version fields; everything here is what the rule
 * itself needs. Dates are 'YYYY-MM-DD' in the provider's calendar, amounts are euro cents.
 */

// The one date schema of every boundary (issue 12, item 10).
const isoDate = isoDateSchema;

const cents = z.number().int().nonnegative().max(100_000_000_000).describe('euro cents');
const customerKind = z
  .enum(CUSTOMER_KINDS)
  .default('business')
  .describe('business (B2B) or consumer: the law differs for interest, collection costs and price changes');

export const paymentDueQuestionSchema = z.object({
  type: z.literal('payment_due'),
  invoiceDate: isoDate.describe('The invoice date'),
  invoiceKind: z
    .enum(INVOICE_KINDS)
    .default('standard')
    .describe('standard, course, learning_materials, invoicing_service_overview or trainer_invoice'),
  statedTermDays: z
    .number()
    .int()
    .nonnegative()
    .max(365)
    .optional()
    .describe('The payment term the invoice or agreement states, if any'),
  receivedOn: isoDate
    .optional()
    .describe('When the customer received the invoice (statutory 30 days run from it)'),
  customerKind,
  newCustomer: z.boolean().default(false).describe('No earlier agreement with this provider (VAPRO 22.6)'),
  start: isoDateTimeSchema
    .optional()
    .describe(
      'Course start or delivery moment (2026-04-20T09:00, read in the provider zone, or with its offset), for prepayment rules: payment "before the start" is due before this moment',
    ),
  startDate: isoDate
    .optional()
    .describe('Course start or delivery date, for prepayment rules when the start hour is not known'),
  invoiceWaivesPrepayment: z
    .boolean()
    .default(false)
    .describe('The invoice expressly sets another term than payment before the start (PlusPort cursus 5.3)'),
});

export const lateInterestQuestionSchema = z.object({
  type: z.literal('late_interest'),
  principalCents: cents.describe('The principal owed, in cents'),
  dueDate: isoDate.describe('The last day for payment'),
  paidOn: isoDate.describe('The day the money is credited, or the day up to which interest is asked'),
  customerKind,
});

export const collectionCostsQuestionSchema = z.object({
  type: z.literal('collection_costs'),
  principalCents: cents.describe('The principal owed, without interest, in cents'),
  interestCents: cents.default(0).describe('Interest owed, in cents (not part of the basis)'),
  customerKind,
  asOf: isoDate.describe('The day the costs are claimed'),
  reminderSentOn: isoDate
    .optional()
    .describe(
      'Consumers: the day of the reminder that gives 14 days and states the costs (art. 6:96 lid 6 BW)',
    ),
  handedOver: z.boolean().default(false).describe('The claim has been handed to a collector or lawyer'),
  actualCostsCents: cents
    .optional()
    .describe('Costs actually made, where the clause allows them when higher'),
  creditorDeductsVat: z
    .boolean()
    .default(true)
    .describe(
      'False for a VAT-exempt (e.g. CRKBO-registered) provider: 21 % VAT is added to the scale amount',
    ),
});

const component = z.enum(['costs', 'interest', 'principal']);

const openDebtSchema = z.object({
  id: z.string().min(1).max(100).describe('The invoice number or another id of the debt'),
  principalCents: cents,
  interestCents: cents.default(0).describe('Interest accrued and fallen due'),
  costsCents: cents.default(0).describe('Costs, collection costs included'),
  dueOn: isoDate.describe('The day the debt fell due'),
  createdOn: isoDate.optional().describe('The invoice date; defaults to dueOn'),
  interestBasisPoints: z
    .number()
    .int()
    .nonnegative()
    .max(100_000)
    .default(0)
    .describe('Yearly interest the debt carries, to rank the most burdensome debt'),
});

export const paymentAllocationQuestionSchema = z.object({
  type: z.literal('payment_allocation'),
  paymentCents: cents.describe('The payment received, in cents'),
  paidOn: isoDate.describe('The day the payment was received'),
  debts: z
    .array(openDebtSchema)
    .min(1)
    .max(500)
    .describe(
      'The open invoices: id, principalCents, interestCents, costsCents, dueOn, createdOn, interestBasisPoints',
    ),
  namedDebtId: z.string().min(1).max(100).optional().describe('The debt the debtor names with the payment'),
  debtorOrder: z
    .array(component)
    .length(3)
    .refine((order) => new Set(order).size === 3, 'costs, interest and principal each once')
    .optional()
    .describe('An order within a debt that the debtor names, if any'),
});

export const creditRestrictionSurchargeQuestionSchema = z.object({
  type: z.literal('credit_restriction_surcharge'),
  invoiceDate: isoDate.describe('The invoice date'),
  amountCents: cents.describe('The invoice amount the surcharge is taken of'),
  paidOn: isoDate.optional().describe('When the invoice was paid; absent: not paid yet'),
});

export const invoiceDisputeDeadlineQuestionSchema = z.object({
  type: z.literal('invoice_dispute_deadline'),
  invoiceDate: isoDate.describe('The invoice date'),
  receivedOn: isoDate.optional().describe('When the customer received the invoice'),
  disputedOn: isoDate.optional().describe('When the dispute was (or would be) received'),
});

export const complaintDeadlineQuestionSchema = z.object({
  type: z.literal('complaint_deadline'),
  subject: z
    .enum(COMPLAINT_SUBJECTS)
    .default('course')
    .describe('course, service, learning_materials_delivery, damage or software_error'),
  completedOn: isoDate.optional().describe('The course or the work was completed'),
  discoveredOn: isoDate.optional().describe('The defect was discovered'),
  circumstanceOn: isoDate.optional().describe('The circumstance complained of occurred'),
  receivedOn: isoDate.optional().describe('The goods (learning materials) were received'),
  deliveredOn: isoDate.optional().describe('The software was delivered or accepted'),
  complaintOn: isoDate.optional().describe('When the complaint was (or would be) received'),
});

export const quoteExpiryQuestionSchema = z.object({
  type: z.literal('quote_expiry'),
  issuedOn: isoDate.describe('The date of the quote'),
  statedValidityDays: z
    .number()
    .int()
    .positive()
    .max(365)
    .optional()
    .describe('A term the quote itself states'),
  acceptedOn: isoDate.optional().describe('When the acceptance was (or would be) received'),
});

export const contractNoticeQuestionSchema = z.object({
  type: z.literal('contract_notice'),
  contractKind: z.enum(CONTRACT_KINDS).default('agreement').describe('agreement, or secondment (Sparse 55)'),
  startDate: isoDate.describe('The first day of the agreement'),
  termMonths: z
    .number()
    .int()
    .positive()
    .max(240)
    .optional()
    .describe('The initial term the agreement names; absent: the terms default'),
  indefinite: z.boolean().default(false).describe('The agreement was made for an indefinite time'),
  asOf: isoDate.describe('Today: which term is running'),
  noticeReceivedOn: isoDate.optional().describe('When the notice was (or would be) received'),
  customerKind,
});

export const priceChangeQuestionSchema = z.object({
  type: z.literal('price_change'),
  agreementDate: isoDate
    .optional()
    .describe(
      'The day the agreement was made; needed only for a right that runs from it (PlusPort cursus 5.2, consumers)',
    ),
  effectiveOn: isoDate.describe('The day the new price takes effect'),
  noticeOn: isoDate.optional().describe('When the change was announced; absent: not announced'),
  increaseBp: z
    .number()
    .int()
    .min(-10_000)
    .max(100_000)
    .optional()
    .describe(
      'The change in basis points (1000 = +10 %); needed only to tell whether the customer may dissolve',
    ),
  indexation: z.boolean().default(false).describe('A yearly indexation (PlusPort algemene 8.4)'),
  changesThisYear: z
    .number()
    .int()
    .nonnegative()
    .max(12)
    .default(0)
    .describe('Other notified changes already made this calendar year'),
  executionDate: isoDate.optional().describe('When the ordered course or delivery takes place'),
  customerKind,
});

export const termsChangeQuestionSchema = z.object({
  type: z.literal('terms_change'),
  noticeOn: isoDate.describe('The day the change was announced'),
  effectiveOn: isoDate.describe('The day the changed terms would take effect'),
  materiallyWorse: z
    .boolean()
    .default(false)
    .describe("The change materially worsens the customer's position"),
  agreementDate: isoDate.optional().describe('The day the running agreement was made'),
});

export const forceMajeureTerminationQuestionSchema = z.object({
  type: z.literal('force_majeure_termination'),
  startedOn: isoDate.describe('The first day of force majeure'),
  terminationOn: isoDate.describe('When the termination would be sent'),
  party: z.enum(['provider', 'customer']).describe('Who wants to end the agreement'),
  foreseeablyResolved: z
    .boolean()
    .default(false)
    .describe('It is foreseeable that the situation is resolved within a reasonable time'),
});

export const financeQuestionSchemas = {
  payment_due: paymentDueQuestionSchema,
  late_interest: lateInterestQuestionSchema,
  collection_costs: collectionCostsQuestionSchema,
  payment_allocation: paymentAllocationQuestionSchema,
  credit_restriction_surcharge: creditRestrictionSurchargeQuestionSchema,
  invoice_dispute_deadline: invoiceDisputeDeadlineQuestionSchema,
  complaint_deadline: complaintDeadlineQuestionSchema,
  quote_expiry: quoteExpiryQuestionSchema,
  contract_notice: contractNoticeQuestionSchema,
  price_change: priceChangeQuestionSchema,
  terms_change: termsChangeQuestionSchema,
  force_majeure_termination: forceMajeureTerminationQuestionSchema,
} as const;

export type FinanceQuestionType = keyof typeof financeQuestionSchemas;
export const FINANCE_QUESTION_TYPES = Object.keys(financeQuestionSchemas) as FinanceQuestionType[];

export type PaymentDueQuestion = z.infer<typeof paymentDueQuestionSchema>;
export type LateInterestQuestion = z.infer<typeof lateInterestQuestionSchema>;
export type CollectionCostsQuestion = z.infer<typeof collectionCostsQuestionSchema>;
export type PaymentAllocationQuestion = z.infer<typeof paymentAllocationQuestionSchema>;
export type CreditRestrictionSurchargeQuestion = z.infer<typeof creditRestrictionSurchargeQuestionSchema>;
export type InvoiceDisputeDeadlineQuestion = z.infer<typeof invoiceDisputeDeadlineQuestionSchema>;
export type ComplaintDeadlineQuestion = z.infer<typeof complaintDeadlineQuestionSchema>;
export type QuoteExpiryQuestion = z.infer<typeof quoteExpiryQuestionSchema>;
export type ContractNoticeQuestion = z.infer<typeof contractNoticeQuestionSchema>;
export type PriceChangeQuestion = z.infer<typeof priceChangeQuestionSchema>;
export type TermsChangeQuestion = z.infer<typeof termsChangeQuestionSchema>;
export type ForceMajeureTerminationQuestion = z.infer<typeof forceMajeureTerminationQuestionSchema>;

export type FinanceQuestion = {
  [K in FinanceQuestionType]: z.infer<(typeof financeQuestionSchemas)[K]>;
}[FinanceQuestionType];
