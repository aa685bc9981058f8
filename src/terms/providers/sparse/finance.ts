import type { FinanceSectionsInput } from '../../finance/sections.ts';

/**
 * Sparse algemene voorwaarden as finance and contract rules. 3.6 names no payment term ("volgens
 * overeengekomen of gefactureerde voorwaarden"): without one on the invoice the statutory 30 days
 * apply (reading sparse-payment-term); training is paid before the course (61.1).
 */
const S = (article: string) => `sparse-algemene-voorwaarden#${article}`;

export const sparseFinanceSections: FinanceSectionsInput = {
  payment: {
    terms: [],
    prepayment: [
      {
        id: 'training-before-start',
        invoiceKind: 'course',
        appliesTo: 'everyone',
        lastDay: 'day_before_start',
        invoiceMayWaive: false,
        combine: 'earliest',
        clauses: [S('61.1')],
        readings: ['sparse-payment-term'],
      },
    ],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: S('3.6'),
    deliverySuspension: { when: 'while_unpaid', clauses: [S('8.4')] },
  },
  lateInterest: {
    rate: { kind: 'statutory', table: 'commercial' },
    start: 'day_after_due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: [S('3.7')],
  },
  collectionCosts: { rule: { kind: 'statutory_scale' }, dueWhen: 'default', clauses: [S('3.7')] },
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
        clauses: [S('16.7')],
        readings: ['sparse-complaints'],
      },
      {
        id: 'software-error',
        subject: 'software_error',
        windows: [{ period: { amount: 3, unit: 'months' }, from: 'delivery' }],
        form: 'written',
        response: null,
        lapse: null,
        clauses: [S('40.1')],
      },
    ],
  },
  quotes: { validityDays: null, bindingOnlyWithStatedTerm: true, clauses: [S('2.1')] },
  contract: {
    rules: [
      {
        id: 'agreement',
        kind: 'agreement',
        defaultTermMonths: 12,
        // 4.2: "stilzwijgende verlenging met maximaal één jaar".
        renewal: { kind: 'same_as_initial', capMonths: 12 },
        noticeBeforeEnd: { amount: 3, unit: 'months' },
        indefiniteNotice: null,
        form: 'written',
        indefiniteForm: 'written',
        clauses: [S('4.1'), S('4.2'), S('15.3')],
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
        clauses: [S('55.1')],
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
        clauses: [S('3.5')],
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
    clauses: [S('17.2')],
  },
};
