import type { FinanceSectionsInput } from '../../finance/sections.ts';

/** Ingenium Leveringsvoorwaarden as finance and contract rules. */

export const ingeniumFinanceSections: FinanceSectionsInput = {
  payment: {
    terms: [
      {
        id: 'default',
        invoiceKind: 'standard',
        days: 14,
        invoiceMayStateOther: true,
        clauses: ['ingenium-leveringsvoorwaarden#15.1', 'ingenium-leveringsvoorwaarden#15.2'],
        readings: ['ingenium-payment-term'],
      },
    ],
    prepayment: [],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: 'ingenium-leveringsvoorwaarden#15.1',
    deliverySuspension: { when: 'in_default', clauses: ['ingenium-leveringsvoorwaarden#12.2'] },
  },
  lateInterest: {
    rate: {
      kind: 'contractual_monthly',
      monthlyRateBp: 250,
      counting: 'pro-rata-days',
      statutoryIfHigher: true,
      countingRuleStated: false,
    },
    start: 'day_after_due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: ['ingenium-leveringsvoorwaarden#15.2'],
  },
  collectionCosts: {
    rule: { kind: 'percentage', rateBp: 1500, minimumCents: 5000, actualCostsIfHigher: true },
    dueWhen: 'default',
    clauses: ['ingenium-leveringsvoorwaarden#16.1', 'ingenium-leveringsvoorwaarden#16.2'],
  },
  allocation: {
    order: ['costs', 'interest', 'principal'],
    mayRefuseOtherOrder: true,
    clauses: ['ingenium-leveringsvoorwaarden#15.4'],
  },
  creditRestrictionSurcharge: {
    rateBp: 200,
    waivedWithinDays: 7,
    clauses: ['ingenium-leveringsvoorwaarden#15.5'],
  },
  invoiceDispute: null,
  complaints: {
    rules: [
      {
        id: 'work',
        subject: 'service',
        windows: [
          { period: { amount: 8, unit: 'days' }, from: 'discovery' },
          { period: { amount: 14, unit: 'days' }, from: 'completion' },
        ],
        form: 'written',
        response: null,
        lapse: null,
        clauses: ['ingenium-leveringsvoorwaarden#13.1'],
        readings: ['complaint-earliest-window'],
      },
      {
        id: 'course',
        subject: 'course',
        windows: [
          { period: { amount: 8, unit: 'days' }, from: 'discovery' },
          { period: { amount: 14, unit: 'days' }, from: 'completion' },
        ],
        form: 'written',
        response: null,
        lapse: null,
        clauses: ['ingenium-leveringsvoorwaarden#13.1'],
        readings: ['complaint-earliest-window'],
      },
    ],
  },
  quotes: {
    validityDays: 30,
    bindingOnlyWithStatedTerm: false,
    clauses: ['ingenium-leveringsvoorwaarden#3.1', 'ingenium-leveringsvoorwaarden#3.2'],
  },
  contract: {
    rules: [
      {
        id: 'agreement',
        kind: 'agreement',
        defaultTermMonths: null,
        renewal: { kind: 'same_as_initial', capMonths: null },
        noticeBeforeEnd: { amount: 1, unit: 'months' },
        indefiniteNotice: { amount: 1, unit: 'months' },
        form: 'written',
        indefiniteForm: 'written',
        clauses: [
          'ingenium-leveringsvoorwaarden#5.1',
          'ingenium-leveringsvoorwaarden#5.2',
          'ingenium-leveringsvoorwaarden#11.1',
        ],
        readings: ['renewal-period', 'ingenium-indefinite-notice'],
      },
    ],
  },
  priceChange: {
    rules: [
      {
        id: 'cost-factors',
        kind: 'cost_factors',
        notice: null,
        maxPerYear: null,
        clauses: ['ingenium-leveringsvoorwaarden#14.5'],
      },
      {
        id: 'underestimated-work',
        kind: 'with_notice',
        notice: null,
        maxPerYear: null,
        clauses: ['ingenium-leveringsvoorwaarden#14.6'],
      },
    ],
    customerMayDissolve: [],
  },
  termsChange: { kind: 'new_agreements_only', clauses: ['ingenium-leveringsvoorwaarden#24.3'] },
  forceMajeure: {
    threshold: { amount: 2, unit: 'months' },
    parties: 'both',
    form: 'any',
    unlessForeseeablyResolved: false,
    settlement: 'performed_part_invoiced',
    clauses: ['ingenium-leveringsvoorwaarden#20.4', 'ingenium-leveringsvoorwaarden#20.5'],
  },
};
