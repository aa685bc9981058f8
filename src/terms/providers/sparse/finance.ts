import type { FinanceSectionsInput } from '../../finance/sections.ts';

/**
 * Sparse algemene voorwaarden as finance and contract rules. sparse-algemene-voorwaarden#3.6 names no
 * payment term ("volgens
 * overeengekomen of gefactureerde voorwaarden"): without one on the invoice the statutory 30 days
 * apply (reading sparse-payment-term); training is paid before the course (sparse-algemene-voorwaarden#61.1).
 */

export const sparseFinanceSections: FinanceSectionsInput = {
  payment: {
    terms: [],
    prepayment: [
      {
        id: 'training-before-start',
        invoiceKind: 'course',
        appliesTo: 'everyone',
        lastDay: 'before_start',
        invoiceMayWaive: false,
        combine: 'earliest',
        clauses: ['sparse-algemene-voorwaarden#61.1'],
        readings: ['sparse-payment-term'],
      },
    ],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: 'sparse-algemene-voorwaarden#3.6',
    deliverySuspension: { when: 'while_unpaid', clauses: ['sparse-algemene-voorwaarden#8.4'] },
  },
  lateInterest: {
    rate: { kind: 'statutory', table: 'commercial' },
    start: 'day_after_due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: ['sparse-algemene-voorwaarden#3.7'],
  },
  collectionCosts: {
    rule: { kind: 'statutory_scale' },
    dueWhen: 'default',
    clauses: ['sparse-algemene-voorwaarden#3.7'],
  },
  allocation: null,
  creditRestrictionSurcharge: null,
  invoiceDispute: null,
  complaints: {
    rules: [
      {
        id: 'damage',
        subject: 'damage',
        windows: [],
        form: 'written',
        response: null,
        lapse: { period: { amount: 24, unit: 'months' }, from: 'discovery' },
        clauses: ['sparse-algemene-voorwaarden#16.7'],
        readings: ['sparse-complaints'],
      },
      {
        id: 'software-error',
        subject: 'software_error',
        windows: [{ period: { amount: 3, unit: 'months' }, from: 'delivery' }],
        form: 'written',
        response: null,
        lapse: null,
        clauses: ['sparse-algemene-voorwaarden#40.1'],
      },
    ],
  },
  quotes: {
    validityDays: null,
    bindingOnlyWithStatedTerm: true,
    clauses: ['sparse-algemene-voorwaarden#2.1'],
  },
  contract: {
    rules: [
      {
        id: 'agreement',
        kind: 'agreement',
        defaultTermMonths: 12,
        // sparse-algemene-voorwaarden#4.2: "stilzwijgende verlenging met maximaal één jaar".
        renewal: { kind: 'same_as_initial', capMonths: 12 },
        noticeBeforeEnd: { amount: 3, unit: 'months' },
        indefiniteNotice: null,
        form: 'written',
        indefiniteForm: 'written',
        clauses: [
          'sparse-algemene-voorwaarden#4.1',
          'sparse-algemene-voorwaarden#4.2',
          'sparse-algemene-voorwaarden#15.3',
        ],
        readings: ['renewal-period'],
      },
      {
        id: 'secondment',
        kind: 'secondment',
        defaultTermMonths: null,
        renewal: null,
        noticeBeforeEnd: null,
        indefiniteNotice: { amount: 1, unit: 'calendar_months' },
        form: 'written',
        indefiniteForm: 'written',
        clauses: ['sparse-algemene-voorwaarden#55.1'],
      },
    ],
  },
  priceChange: {
    rules: [
      {
        id: 'three-months-notice',
        kind: 'with_notice',
        notice: { amount: 3, unit: 'months' },
        maxPerYear: null,
        clauses: ['sparse-algemene-voorwaarden#3.5'],
      },
    ],
    customerMayDissolve: [],
  },
  termsChange: null,
  forceMajeure: {
    threshold: { amount: 60, unit: 'days' },
    parties: 'both',
    form: 'written',
    unlessForeseeablyResolved: false,
    settlement: 'none',
    clauses: ['sparse-algemene-voorwaarden#17.2'],
  },
};
