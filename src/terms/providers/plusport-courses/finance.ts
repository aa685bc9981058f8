import type { FinanceSectionsInput } from '../../finance/sections.ts';

/**
 * PlusPort cursusvoorwaarden as finance and contract rules. The course terms incorporate only
 * articles 10, 13 and 16 of the Algemene Leveringsvoorwaarden (cursus 16.9, 17.2, 18.2: reading
 * plusport-courses-incorporation); the general terms' payment term, dispute window and change
 * clause (8.5, 2.3) are not among them.
 */
const C = (article: string) => `plusport-cursusvoorwaarden#${article}`;
const A = (article: string) => `plusport-algemene-leveringsvoorwaarden#${article}`;

export const plusportCourseFinanceSections: FinanceSectionsInput = {
  payment: {
    // 5.4 refers to "de op de factuur vermelde betalingstermijn": the invoice states the term; the terms name no number of days.
    terms: [],
    prepayment: [
      {
        id: 'course-before-start',
        invoiceKind: 'course',
        appliesTo: 'everyone',
        lastDay: 'day_before_start',
        invoiceMayWaive: true,
        combine: 'earliest',
        clauses: [C('5.3')],
      },
    ],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: C('5.3'),
    deliverySuspension: { when: 'while_unpaid', clauses: [C('5.7')] },
  },
  lateInterest: {
    // 5.4: "wettelijke rente", without naming the commercial rate: by customer kind.
    rate: { kind: 'statutory', table: 'by_customer' },
    start: 'day_after_due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: [C('5.4')],
  },
  collectionCosts: { rule: { kind: 'statutory_scale' }, dueWhen: 'default', clauses: [C('5.6')] },
  allocation: null,
  creditRestrictionSurcharge: null,
  invoiceDispute: null,
  complaints: {
    rules: [
      {
        id: 'course',
        subject: 'course',
        windows: [{ period: { amount: 2, unit: 'weeks' }, from: 'completion' }],
        form: 'email',
        response: { amount: 7, unit: 'working_days' },
        lapse: null,
        clauses: [C('16.4'), C('16.5'), C('16.7'), C('16.8')],
        readings: ['weeks-as-days'],
      },
      {
        id: 'damage',
        subject: 'damage',
        windows: [{ period: { amount: 1, unit: 'months' }, from: 'discovery' }],
        form: 'written',
        response: null,
        lapse: null,
        clauses: [C('16.9'), A('10.4')],
        readings: ['plusport-courses-incorporation', 'plusport-damage-report'],
      },
    ],
  },
  quotes: null,
  contract: {
    rules: [
      {
        id: 'agreement',
        kind: 'agreement',
        defaultTermMonths: 36,
        renewal: { kind: 'same_as_initial', capMonths: null },
        noticeBeforeEnd: { amount: 6, unit: 'months' },
        indefiniteNotice: null,
        form: 'written',
        indefiniteForm: 'written',
        clauses: [C('17.2'), A('13.1'), A('13.2')],
        readings: ['plusport-courses-incorporation'],
      },
    ],
  },
  priceChange: {
    rules: [
      { id: 'cost-factors', kind: 'cost_factors', notice: null, maxPerYear: null, clauses: [C('5.2')] },
    ],
    customerMayDissolve: [
      {
        kind: 'increase_soon_after_agreement',
        months: 3,
        minIncreaseBp: 1000,
        clauses: [C('5.2')],
        readings: ['price-increase-within-three-months'],
      },
    ],
  },
  termsChange: null,
  forceMajeure: {
    // 7.1: the exam supplier may end the agreement at once; no threshold, only the provider side.
    threshold: null,
    parties: 'provider',
    form: 'any',
    unlessForeseeablyResolved: false,
    settlement: 'none',
    clauses: [C('7.1'), C('7.2')],
    readings: ['plusport-courses-force-majeure'],
  },
};
