import type { FinanceSectionsInput } from '../../finance/sections.ts';

/** PlusPort Algemene Leveringsvoorwaarden (January 2026) with the LSP module, as finance and contract rules. */

export const plusportLspFinanceSections: FinanceSectionsInput = {
  payment: {
    terms: [
      {
        id: 'default',
        invoiceKind: 'standard',
        days: 15,
        invoiceMayStateOther: true,
        clauses: ['plusport-algemene-leveringsvoorwaarden#8.5'],
      },
      {
        id: 'invoicing-service',
        invoiceKind: 'invoicing_service_overview',
        days: 15,
        invoiceMayStateOther: true,
        clauses: ['plusport-algemene-leveringsvoorwaarden#19.2'],
      },
      {
        // plusport-algemene-leveringsvoorwaarden#19.2: the customer must give external trainers 60 days; a trainer invoice states no shorter term.
        id: 'trainer-invoice',
        invoiceKind: 'trainer_invoice',
        days: 60,
        invoiceMayStateOther: false,
        clauses: ['plusport-algemene-leveringsvoorwaarden#19.2'],
        readings: ['trainer-invoice-term'],
      },
    ],
    prepayment: [],
    dueDateOnNonWorkingDay: 'stays',
    noSuspension: 'plusport-algemene-leveringsvoorwaarden#8.5',
    deliverySuspension: {
      when: 'in_default_after_notice',
      clauses: ['plusport-algemene-leveringsvoorwaarden#8.8'],
    },
  },
  lateInterest: {
    rate: { kind: 'statutory', table: 'commercial' },
    start: 'day_after_due_date',
    compoundContractual: false,
    withoutNotice: true,
    clauses: ['plusport-algemene-leveringsvoorwaarden#8.7'],
  },
  collectionCosts: {
    rule: { kind: 'statutory_scale' },
    dueWhen: 'handed_over',
    clauses: ['plusport-algemene-leveringsvoorwaarden#8.7'],
    readings: ['collection-costs-handed-over'],
  },
  allocation: null,
  creditRestrictionSurcharge: null,
  invoiceDispute: {
    window: { amount: 10, unit: 'days' },
    from: 'invoice_date',
    form: 'written_with_reasons',
    deemedAccepted: true,
    clauses: ['plusport-algemene-leveringsvoorwaarden#8.5'],
  },
  complaints: {
    rules: [
      {
        id: 'damage',
        subject: 'damage',
        windows: [{ period: { amount: 1, unit: 'months' }, from: 'discovery' }],
        form: 'written',
        response: null,
        lapse: null,
        clauses: ['plusport-algemene-leveringsvoorwaarden#10.4'],
        readings: ['plusport-damage-report'],
      },
    ],
  },
  quotes: {
    validityDays: null,
    bindingOnlyWithStatedTerm: false,
    clauses: ['plusport-algemene-leveringsvoorwaarden#3.1'],
  },
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
          'plusport-algemene-leveringsvoorwaarden#13.1',
          'plusport-algemene-leveringsvoorwaarden#13.2',
          'plusport-algemene-leveringsvoorwaarden#13.3',
        ],
      },
    ],
  },
  priceChange: {
    rules: [
      {
        id: 'indexation',
        kind: 'yearly_indexation',
        notice: null,
        maxPerYear: null,
        clauses: ['plusport-algemene-leveringsvoorwaarden#8.4'],
      },
      {
        id: 'twice-a-year',
        kind: 'with_notice',
        notice: { amount: 3, unit: 'months' },
        maxPerYear: 2,
        clauses: ['plusport-algemene-leveringsvoorwaarden#8.4'],
      },
    ],
    customerMayDissolve: [],
  },
  termsChange: {
    kind: 'unilateral_with_notice',
    notice: { amount: 3, unit: 'months' },
    customerMayTerminateIfWorse: true,
    clauses: ['plusport-algemene-leveringsvoorwaarden#2.3'],
  },
  forceMajeure: {
    threshold: { amount: 60, unit: 'days' },
    parties: 'both',
    form: 'registered_letter',
    unlessForeseeablyResolved: true,
    settlement: 'pro_rata',
    clauses: ['plusport-algemene-leveringsvoorwaarden#11.2'],
  },
};
