import type { FinanceSectionsInput } from '../../finance/sections.ts';

/** Ingenium Leveringsvoorwaarden as finance and contract rules. */
const I = (article: string) => `ingenium-leveringsvoorwaarden#${article}`;

export const ingeniumFinanceSections: FinanceSectionsInput = {
  payment: {
    terms: [
      {
        id: 'default',
        invoiceKind: 'standard',
        days: 14,
        invoiceMayStateOther: true,
        clauses: [I('15.1'), I('15.2')],
        readings: ['ingenium-payment-term'],
      },
    ],
    prepayment: [],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: I('15.1'),
    deliverySuspension: { when: 'in_default', clauses: [I('12.2')] },
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
    clauses: [I('15.2')],
  },
  collectionCosts: {
    rule: { kind: 'percentage', rateBp: 1500, minimumCents: 5000, actualCostsIfHigher: true },
    dueWhen: 'default',
    clauses: [I('16.1'), I('16.2')],
  },
  allocation: { order: ['costs', 'interest', 'principal'], mayRefuseOtherOrder: true, clauses: [I('15.4')] },
  creditRestrictionSurcharge: { rateBp: 200, waivedWithinDays: 7, clauses: [I('15.5')] },
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
        clauses: [I('13.1')],
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
        clauses: [I('13.1')],
        readings: ['complaint-earliest-window'],
      },
    ],
  },
  quotes: { validityDays: 30, bindingOnlyWithStatedTerm: false, clauses: [I('3.1'), I('3.2')] },
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
        clauses: [I('5.1'), I('5.2'), I('11.1')],
        readings: ['renewal-period', 'ingenium-indefinite-notice'],
      },
    ],
  },
  priceChange: {
    rules: [
      { id: 'cost-factors', kind: 'cost_factors', notice: null, maxPerYear: null, clauses: [I('14.5')] },
      {
        id: 'underestimated-work',
        kind: 'with_notice',
        notice: null,
        maxPerYear: null,
        clauses: [I('14.6')],
      },
    ],
    customerMayDissolve: [],
  },
  termsChange: { kind: 'new_agreements_only', clauses: [I('24.3')] },
  forceMajeure: {
    threshold: { amount: 2, unit: 'months' },
    parties: 'both',
    form: 'any',
    unlessForeseeablyResolved: false,
    settlement: 'performed_part_invoiced',
    clauses: [I('20.4'), I('20.5')],
  },
};
