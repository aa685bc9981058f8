import type { FinanceSectionsInput } from '../../finance/sections.ts';

/**
 * PlusPort cursusvoorwaarden as finance and contract rules. The course terms incorporate only
 * articles 10, 13 and 16 of the Algemene Leveringsvoorwaarden (plusport-cursusvoorwaarden#16.9,
 * plusport-cursusvoorwaarden#17.2, plusport-cursusvoorwaarden#18.2: reading
 * plusport-courses-incorporation); the general terms' payment term, dispute window and change
 * clause (plusport-algemene-leveringsvoorwaarden#8.5,
 * plusport-algemene-leveringsvoorwaarden#2.3) are not among them.
 */

export const plusportCourseFinanceSections: FinanceSectionsInput = {
  payment: {
    // plusport-cursusvoorwaarden#5.4 refers to "de op de factuur vermelde betalingstermijn": the invoice states the term; the terms name no number of days.
    terms: [],
    prepayment: [
      {
        id: 'course-before-start',
        invoiceKind: 'course',
        appliesTo: 'everyone',
        lastDay: 'before_start',
        invoiceMayWaive: true,
        combine: 'earliest',
        clauses: ['plusport-cursusvoorwaarden#5.3'],
      },
    ],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: 'plusport-cursusvoorwaarden#5.3',
    deliverySuspension: { when: 'while_unpaid', clauses: ['plusport-cursusvoorwaarden#5.7'] },
  },
  lateInterest: {
    // plusport-cursusvoorwaarden#5.4: "wettelijke rente", without naming the commercial rate: by customer kind.
    rate: { kind: 'statutory', table: 'by_customer' },
    start: 'day_after_due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: ['plusport-cursusvoorwaarden#5.4'],
  },
  collectionCosts: {
    rule: { kind: 'statutory_scale' },
    dueWhen: 'default',
    clauses: ['plusport-cursusvoorwaarden#5.6'],
  },
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
        clauses: [
          'plusport-cursusvoorwaarden#16.4',
          'plusport-cursusvoorwaarden#16.5',
          'plusport-cursusvoorwaarden#16.7',
          'plusport-cursusvoorwaarden#16.8',
        ],
        readings: ['weeks-as-days'],
      },
      {
        id: 'damage',
        subject: 'damage',
        windows: [{ period: { amount: 1, unit: 'months' }, from: 'discovery' }],
        form: 'written',
        response: null,
        lapse: null,
        clauses: ['plusport-cursusvoorwaarden#16.9', 'plusport-algemene-leveringsvoorwaarden#10.4'],
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
        clauses: [
          'plusport-cursusvoorwaarden#17.2',
          'plusport-algemene-leveringsvoorwaarden#13.1',
          'plusport-algemene-leveringsvoorwaarden#13.2',
        ],
        readings: ['plusport-courses-incorporation'],
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
        clauses: ['plusport-cursusvoorwaarden#5.2'],
      },
    ],
    customerMayDissolve: [
      {
        kind: 'increase_soon_after_agreement',
        months: 3,
        minIncreaseBp: 1000,
        clauses: ['plusport-cursusvoorwaarden#5.2'],
        readings: ['price-increase-within-three-months'],
      },
    ],
  },
  termsChange: null,
  forceMajeure: {
    // plusport-cursusvoorwaarden#7.1: the exam supplier may end the agreement at once; no threshold, only the provider side.
    threshold: null,
    parties: 'provider',
    form: 'any',
    unlessForeseeablyResolved: false,
    settlement: 'none',
    clauses: ['plusport-cursusvoorwaarden#7.1', 'plusport-cursusvoorwaarden#7.2'],
    readings: ['plusport-courses-force-majeure'],
  },
};
