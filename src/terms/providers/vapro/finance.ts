import type { FinanceSectionsInput } from '../../finance/sections.ts';

/** VAPRO leverings- en betalingsvoorwaarden as finance and contract rules (VAPRO B.V. and VAPRO Belgie). */

export const vaproFinanceSections: FinanceSectionsInput = {
  payment: {
    terms: [
      {
        id: 'default',
        invoiceKind: 'standard',
        days: 15,
        invoiceMayStateOther: true,
        clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.5'],
      },
    ],
    prepayment: [
      {
        // vapro-leverings-en-betalingsvoorwaarden#22.6 "In afwijking van het voorgaande lid": learning materials for consumers and new customers, before delivery.
        id: 'learning-materials',
        invoiceKind: 'learning_materials',
        appliesTo: 'consumers_and_new_customers',
        lastDay: 'before_start',
        invoiceMayWaive: false,
        combine: 'replaces_term',
        clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.6'],
      },
    ],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: 'vapro-leverings-en-betalingsvoorwaarden#22.10',
  },
  lateInterest: {
    rate: {
      kind: 'contractual_monthly',
      monthlyRateBp: 100,
      counting: 'started-months',
      statutoryIfHigher: false,
      countingRuleStated: true,
    },
    start: 'due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.8'],
  },
  collectionCosts: {
    rule: { kind: 'percentage', rateBp: 1500, minimumCents: 25000, actualCostsIfHigher: true },
    dueWhen: 'default',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.11'],
  },
  allocation: {
    order: ['costs', 'interest', 'principal'],
    mayRefuseOtherOrder: true,
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.9'],
  },
  creditRestrictionSurcharge: null,
  invoiceDispute: {
    window: { amount: 10, unit: 'days' },
    from: 'invoice_date',
    form: 'registered_letter',
    deemedAccepted: false,
    clauses: [
      'vapro-leverings-en-betalingsvoorwaarden#17.1',
      'vapro-leverings-en-betalingsvoorwaarden#22.10',
    ],
    readings: ['vapro-invoice-dispute'],
  },
  complaints: {
    rules: [
      {
        id: 'course',
        subject: 'course',
        windows: [{ period: { amount: 10, unit: 'days' }, from: 'circumstance' }],
        form: 'registered_letter',
        response: null,
        lapse: null,
        clauses: [
          'vapro-leverings-en-betalingsvoorwaarden#17.1',
          'vapro-leverings-en-betalingsvoorwaarden#17.3',
        ],
      },
      {
        id: 'service',
        subject: 'service',
        windows: [{ period: { amount: 10, unit: 'days' }, from: 'circumstance' }],
        form: 'registered_letter',
        response: null,
        lapse: null,
        clauses: [
          'vapro-leverings-en-betalingsvoorwaarden#17.1',
          'vapro-leverings-en-betalingsvoorwaarden#17.3',
        ],
      },
      {
        id: 'learning-materials',
        subject: 'learning_materials_delivery',
        windows: [{ period: { amount: 2, unit: 'working_days' }, from: 'receipt' }],
        form: 'written',
        response: null,
        lapse: null,
        clauses: ['vapro-leverings-en-betalingsvoorwaarden#19.2'],
      },
    ],
  },
  quotes: {
    validityDays: null,
    bindingOnlyWithStatedTerm: true,
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#2.1'],
  },
  contract: {
    rules: [
      {
        id: 'agreement',
        kind: 'agreement',
        defaultTermMonths: null,
        renewal: { kind: 'fixed', months: 12 },
        noticeBeforeEnd: { amount: 3, unit: 'months' },
        indefiniteNotice: { amount: 3, unit: 'months' },
        form: 'registered_letter',
        indefiniteForm: 'written',
        clauses: [
          'vapro-leverings-en-betalingsvoorwaarden#20.1',
          'vapro-leverings-en-betalingsvoorwaarden#20.2',
          'vapro-leverings-en-betalingsvoorwaarden#20.3',
          'vapro-leverings-en-betalingsvoorwaarden#20.4',
        ],
      },
    ],
  },
  priceChange: {
    rules: [
      {
        id: 'reasonable-limits',
        kind: 'cost_factors',
        notice: null,
        maxPerYear: null,
        clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.2'],
      },
    ],
    customerMayDissolve: [
      {
        kind: 'increase_before_execution',
        days: 10,
        clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.4'],
      },
    ],
  },
  termsChange: {
    kind: 'unilateral_with_notice',
    notice: { amount: 1, unit: 'months' },
    customerMayTerminateIfWorse: false,
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#1.4'],
  },
  forceMajeure: {
    threshold: { amount: 2, unit: 'months' },
    parties: 'both',
    form: 'any',
    unlessForeseeablyResolved: false,
    settlement: 'performed_part_invoiced',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#11.1', 'vapro-leverings-en-betalingsvoorwaarden#11.2'],
  },
};
