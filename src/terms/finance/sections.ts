import { z } from 'zod';
import { MONTHLY_COUNTING } from '../../money/index.ts';
import { clauseIdSchema } from '../clauses.ts';

/**
 * The finance and contract sections of a terms version: payment terms, prepayment, late interest,
 * collection costs, allocation of payments, the credit-restriction surcharge, invoice disputes,
 * complaints, quotes, contract duration and notice, price and terms changes, and termination after
 * force majeure. Every rule is data and cites its clause by id ('<document>#<article>').
 *
 * A section that is `null` means the terms say nothing on it: the handler then answers from the law
 * (statutory interest, the collection-cost scale, art. 6:43/6:44 BW, ...) or with `not_covered`.
 * Settings that providers read differently are fields here, each named after the reading it encodes
 * (docs/terms-readings.md, "Finance and contracts").
 */

const clause = clauseIdSchema;
const clauses = z.array(clauseIdSchema).min(1).max(20);
const cents = z.number().int().nonnegative().max(100_000_000_000);
const basisPoints = z.number().int().nonnegative().max(100_000);
/** Ids of the readings (docs/terms-readings.md) a rule's data relies on; every decision that applies the rule cites them. */
const readings = z
  .array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a reading id'))
  .max(10)
  .optional();

/** A period of time in the terms' own unit. `weeks` are 7 calendar days (reading weeks-as-days). */
export const periodSchema = z.strictObject({
  amount: z.number().int().positive().max(1200),
  unit: z.enum(['days', 'weeks', 'months', 'calendar_months', 'years', 'working_days']),
});
export type Period = z.infer<typeof periodSchema>;

/** What an invoice is for; payment terms and prepayment rules are keyed by it. */
export const INVOICE_KINDS = [
  'standard',
  'course',
  'learning_materials',
  'invoicing_service_overview',
  'trainer_invoice',
] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export const CUSTOMER_KINDS = ['business', 'consumer'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

const paymentTermSchema = z.strictObject({
  id: z.string().min(1).max(60),
  invoiceKind: z.enum(INVOICE_KINDS),
  days: z.number().int().nonnegative().max(365),
  /** The invoice (or the agreement) may state another term ("tenzij anders overeengekomen"). */
  invoiceMayStateOther: z.boolean(),
  clauses,
  readings,
});

const prepaymentSchema = z.strictObject({
  id: z.string().min(1).max(60),
  invoiceKind: z.enum(INVOICE_KINDS),
  /** Who must pay in advance: everyone, or only consumers and customers without an earlier agreement (vapro-leverings-en-betalingsvoorwaarden#22.6). */
  appliesTo: z.enum(['everyone', 'consumers_and_new_customers']),
  /**
   * When payment "before the start" (or delivery) is late: `before_start`, before the start moment,
   * as "voor aanvang" means for cancellation too (reading start-hour); `day_before_start`, by the
   * end of the day before the start date (the alternative reading); `start_day`, by the end of the
   * start date, whatever the hour.
   */
  lastDay: z.enum(['before_start', 'day_before_start', 'start_day']),
  /** The invoice may expressly set another term instead (PlusPort cursusvoorwaarden 5.3). */
  invoiceMayWaive: z.boolean(),
  /**
   * `earliest`: the payment term still applies and the earlier day decides (plusport-cursusvoorwaarden#5.3,
   * sparse-algemene-voorwaarden#61.1); `replaces_term`: prepayment instead of the term ("in afwijking van", vapro-leverings-en-betalingsvoorwaarden#22.6).
   */
  combine: z.enum(['earliest', 'replaces_term']),
  clauses,
  readings,
});

export const paymentSectionSchema = z.strictObject({
  terms: z.array(paymentTermSchema).max(20),
  prepayment: z.array(prepaymentSchema).max(20),
  /**
   * A contractual due date on a Saturday, Sunday or holiday: `stays` (the Algemene termijnenwet
   * covers statutory terms only) or `next_working_day` (reading due-date-non-working-day).
   */
  dueDateOnNonWorkingDay: z.enum(['stays', 'next_working_day']),
  /** The clause that forbids suspending payment (also on a dispute), if any: cited with the due date and disputes. */
  noSuspension: clause.nullable(),
  /**
   * The provider's right to suspend delivery: while the invoice is unpaid (plusport-cursusvoorwaarden#5.7,
   * sparse-algemene-voorwaarden#8.4 withholding), or once the customer is in default, after written notice (PlusPort
   * algemene 8.8, ingenium-leveringsvoorwaarden#12.2). Absent: the terms give none beyond the law.
   */
  deliverySuspension: z
    .strictObject({ when: z.enum(['while_unpaid', 'in_default_after_notice', 'in_default']), clauses })
    .optional(),
});

const statutoryRateSchema = z.strictObject({
  kind: z.literal('statutory'),
  /**
   * `commercial`: always the statutory commercial rate (art. 6:119a BW: "wettelijke handelsrente");
   * `by_customer`: commercial for a business, the consumer rate (art. 6:119 BW) for a consumer
   * (reading statutory-rate-by-customer, for a clause that says only "wettelijke rente").
   */
  table: z.enum(['commercial', 'by_customer']),
});

const contractualRateSchema = z.strictObject({
  kind: z.literal('contractual_monthly'),
  monthlyRateBp: basisPoints,
  /**
   * `started-months`: every started month counts as a whole month (vapro-leverings-en-betalingsvoorwaarden#22.8); `completed-months`:
   * only whole months; `pro-rata-days`: the monthly rate times 12 as a yearly rate, per day on a
   * 365-day year (reading monthly-rate-without-counting-rule, ingenium-leveringsvoorwaarden#15.2).
   */
  counting: z.enum(MONTHLY_COUNTING),
  /** "tenzij de wettelijke rente hoger is" (ingenium-leveringsvoorwaarden#15.2): the higher of the two amounts. */
  statutoryIfHigher: z.boolean(),
  /** Whether the text states its counting rule; lint reports a contractual rate that does not. */
  countingRuleStated: z.boolean(),
});

export const lateInterestSectionSchema = z.strictObject({
  rate: z.discriminatedUnion('kind', [statutoryRateSchema, contractualRateSchema]),
  /**
   * The first day of interest: the day after the last day for payment (art. 6:119a lid 1 BW), or
   * the due date itself ("direct vanaf de vervaldag", reading interest-from-due-date).
   */
  start: z.enum(['day_after_due_date', 'due_date']),
  /** Yearly compounding of an agreed rate (statutory interest always compounds yearly, art. 6:119 lid 2). */
  compoundContractual: z.boolean(),
  /** Default without a notice of default ("zonder ingebrekestelling"). */
  withoutNotice: z.boolean(),
  clauses,
  readings,
});

export const collectionCostsSectionSchema = z.strictObject({
  rule: z.discriminatedUnion('kind', [
    z.strictObject({
      /** The terms charge collection costs without an amount: the statutory scale is the measure. */
      kind: z.literal('statutory_scale'),
    }),
    z.strictObject({
      kind: z.literal('percentage'),
      rateBp: basisPoints,
      /** Taken of the principal still owed, without interest (reading collection-basis-principal). */
      minimumCents: cents,
      /** "dan wel de werkelijke kosten indien deze hoger zijn" (vapro-leverings-en-betalingsvoorwaarden#22.11, ingenium-leveringsvoorwaarden#16.2). */
      actualCostsIfHigher: z.boolean(),
    }),
  ]),
  /**
   * When the costs become due: on default, or only once the claim is handed over to a collector
   * ("indien de vordering uit handen wordt gegeven", PlusPort algemene 8.7).
   */
  dueWhen: z.enum(['default', 'handed_over']),
  clauses,
  readings,
});

export const allocationSectionSchema = z.strictObject({
  /** The order within one debt; the law's order is costs, interest, principal (art. 6:44 lid 1 BW). */
  order: z
    .array(z.enum(['costs', 'interest', 'principal']))
    .length(3)
    .refine((order) => new Set(order).size === 3, 'costs, interest and principal each once'),
  /** The provider may refuse a payment for which the debtor names another order (art. 6:44 lid 2 BW). */
  mayRefuseOtherOrder: z.boolean(),
  clauses,
  readings,
});

export const creditRestrictionSectionSchema = z.strictObject({
  rateBp: basisPoints,
  /** Not due when paid within this many days after the invoice date (day N itself still in time). */
  waivedWithinDays: z.number().int().nonnegative().max(365),
  clauses,
  readings,
});

export const invoiceDisputeSectionSchema = z.strictObject({
  window: periodSchema,
  from: z.enum(['invoice_date', 'receipt']),
  form: z.enum(['written', 'written_with_reasons', 'registered_letter', 'email']),
  /** After the window: the invoice is deemed accepted. */
  deemedAccepted: z.boolean(),
  clauses,
  readings,
});

export const COMPLAINT_SUBJECTS = [
  'course',
  'service',
  'learning_materials_delivery',
  'damage',
  'software_error',
] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

export const COMPLAINT_EVENTS = ['completion', 'discovery', 'circumstance', 'receipt', 'delivery'] as const;
export type ComplaintEvent = (typeof COMPLAINT_EVENTS)[number];

const complaintRuleSchema = z.strictObject({
  id: z.string().min(1).max(60),
  subject: z.enum(COMPLAINT_SUBJECTS),
  /** Every window must be met; the earliest deadline decides (ingenium-leveringsvoorwaarden#13.1: 8 days after discovery, 14 after completion). */
  windows: z.array(z.strictObject({ period: periodSchema, from: z.enum(COMPLAINT_EVENTS) })).max(5),
  form: z.enum(['written', 'written_with_reasons', 'registered_letter', 'email']),
  /** The provider's response time, counted from the day the complaint is received. */
  response: periodSchema.nullable(),
  /** A claim lapses this long after the event if no proceedings are started (sparse-algemene-voorwaarden#16.7: 24 months). */
  lapse: z.strictObject({ period: periodSchema, from: z.enum(COMPLAINT_EVENTS) }).nullable(),
  clauses,
  readings,
});

export const complaintsSectionSchema = z.strictObject({
  rules: z.array(complaintRuleSchema).max(20),
});

export const quotesSectionSchema = z.strictObject({
  /** Days a quote stays valid when it states no term of its own; null: the terms set none. */
  validityDays: z.number().int().positive().max(365).nullable(),
  /** Quotes are not binding ("vrijblijvend") unless they state a term for acceptance. */
  bindingOnlyWithStatedTerm: z.boolean(),
  clauses,
  readings,
});

export const CONTRACT_KINDS = ['agreement', 'secondment'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

const contractRuleSchema = z.strictObject({
  id: z.string().min(1).max(60),
  kind: z.enum(CONTRACT_KINDS),
  /** The initial term when the agreement names none; null: indefinite unless agreed otherwise. */
  defaultTermMonths: z.number().int().positive().max(240).nullable(),
  /** Tacit renewal of a fixed term: by the initial term, by a fixed term, or by the initial term capped. */
  renewal: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('same_as_initial'),
        capMonths: z.number().int().positive().max(240).nullable(),
      }),
      z.strictObject({ kind: z.literal('fixed'), months: z.number().int().positive().max(240) }),
    ])
    .nullable(),
  /** Notice before the end of a fixed term (the notice must be received before the period starts). */
  noticeBeforeEnd: periodSchema.nullable(),
  /** Notice for an indefinite agreement; null: "a reasonable term" (no fixed period). */
  indefiniteNotice: periodSchema.nullable(),
  /** The form of a notice ending a fixed term (vapro-leverings-en-betalingsvoorwaarden#20.3: registered letter) and an indefinite one (20.4: written). */
  form: z.enum(['written', 'registered_letter']),
  indefiniteForm: z.enum(['written', 'registered_letter']),
  clauses,
  readings,
});

export const contractSectionSchema = z.strictObject({
  rules: z.array(contractRuleSchema).max(10),
});

const priceChangeRuleSchema = z.strictObject({
  id: z.string().min(1).max(60),
  kind: z.enum([
    /** Yearly indexation on 1 January (PlusPort algemene 8.4). */
    'yearly_indexation',
    /** Any change with prior notice, optionally at most a number of times a year. */
    'with_notice',
    /** Changes of cost factors passed on without a notice period (plusport-cursusvoorwaarden#5.2, ingenium-leveringsvoorwaarden#14.5, vapro-leverings-en-betalingsvoorwaarden#22.2). */
    'cost_factors',
  ]),
  notice: periodSchema.nullable(),
  maxPerYear: z.number().int().positive().max(12).nullable(),
  clauses,
  readings,
});

const dissolveRightSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** plusport-cursusvoorwaarden#5.2: an increase of at least minIncreaseBp within `months` after the agreement. */
    kind: z.literal('increase_soon_after_agreement'),
    months: z.number().int().positive().max(24),
    minIncreaseBp: basisPoints,
    clauses,
    readings,
  }),
  z.strictObject({
    /** vapro-leverings-en-betalingsvoorwaarden#22.4: prices rise between order and execution; dissolve within `days` after the notice. */
    kind: z.literal('increase_before_execution'),
    days: z.number().int().positive().max(365),
    clauses,
    readings,
  }),
]);

export const priceChangeSectionSchema = z.strictObject({
  rules: z.array(priceChangeRuleSchema).max(10),
  customerMayDissolve: z.array(dissolveRightSchema).max(5),
});

export const termsChangeSectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('unilateral_with_notice'),
    /** The notice must be given at least this long before the change takes effect. */
    notice: periodSchema,
    /** The customer may end the agreement by the effective date when the change is a material worsening. */
    customerMayTerminateIfWorse: z.boolean(),
    clauses,
    readings,
  }),
  z.strictObject({
    /** A new version applies only to agreements made after it (ingenium-leveringsvoorwaarden#24.3). */
    kind: z.literal('new_agreements_only'),
    clauses,
    readings,
  }),
]);

export const forceMajeureSectionSchema = z.strictObject({
  /** Termination is allowed once force majeure has lasted longer than this. */
  threshold: periodSchema.nullable(),
  parties: z.enum(['both', 'provider']),
  form: z.enum(['written', 'registered_letter', 'any']),
  /** Not when it is foreseeable that the situation will be resolved within a reasonable time (PlusPort algemene 11.2). */
  unlessForeseeablyResolved: z.boolean(),
  /** What was performed is settled pro rata (PlusPort algemene 11.2) or invoiced separately (ingenium-leveringsvoorwaarden#20.5, vapro-leverings-en-betalingsvoorwaarden#11.2). */
  settlement: z.enum(['pro_rata', 'performed_part_invoiced', 'none']),
  clauses,
  readings,
});

export const financeSectionsSchema = z.strictObject({
  payment: paymentSectionSchema,
  lateInterest: lateInterestSectionSchema,
  collectionCosts: collectionCostsSectionSchema.nullable(),
  allocation: allocationSectionSchema.nullable(),
  creditRestrictionSurcharge: creditRestrictionSectionSchema.nullable(),
  invoiceDispute: invoiceDisputeSectionSchema.nullable(),
  complaints: complaintsSectionSchema,
  quotes: quotesSectionSchema.nullable(),
  contract: contractSectionSchema,
  priceChange: priceChangeSectionSchema.nullable(),
  termsChange: termsChangeSectionSchema.nullable(),
  forceMajeure: forceMajeureSectionSchema.nullable(),
});

export type FinanceSections = z.infer<typeof financeSectionsSchema>;
export type FinanceSectionsInput = z.input<typeof financeSectionsSchema>;
export type PaymentSection = z.infer<typeof paymentSectionSchema>;
export type LateInterestSection = z.infer<typeof lateInterestSectionSchema>;
export type CollectionCostsSection = z.infer<typeof collectionCostsSectionSchema>;
export type AllocationSection = z.infer<typeof allocationSectionSchema>;
export type CreditRestrictionSection = z.infer<typeof creditRestrictionSectionSchema>;
export type InvoiceDisputeSection = z.infer<typeof invoiceDisputeSectionSchema>;
export type ComplaintsSection = z.infer<typeof complaintsSectionSchema>;
export type ComplaintRule = z.infer<typeof complaintRuleSchema>;
export type QuotesSection = z.infer<typeof quotesSectionSchema>;
export type ContractSection = z.infer<typeof contractSectionSchema>;
export type ContractRule = z.infer<typeof contractRuleSchema>;
export type PriceChangeSection = z.infer<typeof priceChangeSectionSchema>;
export type TermsChangeSection = z.infer<typeof termsChangeSectionSchema>;
export type ForceMajeureSection = z.infer<typeof forceMajeureSectionSchema>;
