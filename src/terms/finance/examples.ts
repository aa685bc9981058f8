import type { FinanceQuestionType } from './questions.ts';

/**
 * One example question per finance question type and built-in provider: the examples of
 * docs/terms-api.md ("Finance and contracts"), and the questions providers.test.ts evaluates for
 * every provider, so each example is known to work.
 */
type Example = Record<string, unknown> & { type: FinanceQuestionType };
type Provider = 'plusport-courses' | 'plusport-lsp' | 'sparse' | 'ingenium' | 'vapro';

export const FINANCE_EXAMPLES: Record<FinanceQuestionType, Record<Provider, Example>> = {
  payment_due: {
    'plusport-courses': {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 30,
      start: '2026-04-20T09:00',
    },
    'plusport-lsp': {
      type: 'payment_due',
      invoiceDate: '2026-03-06',
      invoiceKind: 'invoicing_service_overview',
    },
    sparse: { type: 'payment_due', invoiceDate: '2026-03-27' },
    ingenium: { type: 'payment_due', invoiceDate: '2026-02-20' },
    vapro: {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'learning_materials',
      newCustomer: true,
      startDate: '2026-05-30',
    },
  },
  late_interest: {
    'plusport-courses': {
      type: 'late_interest',
      principalCents: 100_000,
      dueDate: '2026-01-31',
      paidOn: '2026-03-01',
      customerKind: 'consumer',
    },
    'plusport-lsp': {
      type: 'late_interest',
      principalCents: 250_000,
      dueDate: '2026-02-16',
      paidOn: '2026-04-30',
    },
    // Split at the rate change of 1 July 2025.
    sparse: { type: 'late_interest', principalCents: 1_000_000, dueDate: '2025-06-20', paidOn: '2025-07-10' },
    ingenium: { type: 'late_interest', principalCents: 123_456, dueDate: '2026-03-16', paidOn: '2026-04-28' },
    vapro: { type: 'late_interest', principalCents: 123_456, dueDate: '2026-03-16', paidOn: '2026-04-28' },
  },
  collection_costs: {
    'plusport-courses': {
      type: 'collection_costs',
      principalCents: 100_000,
      asOf: '2026-06-02',
      customerKind: 'consumer',
      reminderSentOn: '2026-05-18',
      creditorDeductsVat: false,
    },
    'plusport-lsp': {
      type: 'collection_costs',
      principalCents: 300_000,
      asOf: '2026-06-02',
      handedOver: true,
    },
    sparse: { type: 'collection_costs', principalCents: 1_000_000, asOf: '2026-06-02' },
    ingenium: { type: 'collection_costs', principalCents: 1_000_000, asOf: '2026-06-02' },
    vapro: { type: 'collection_costs', principalCents: 10_000, asOf: '2026-06-02', actualCostsCents: 40_000 },
  },
  payment_allocation: {
    'plusport-courses': {
      type: 'payment_allocation',
      paymentCents: 20_000,
      paidOn: '2026-03-01',
      debts: [
        {
          id: '2026-0012',
          principalCents: 50_000,
          interestCents: 600,
          costsCents: 7_500,
          dueOn: '2026-01-20',
        },
      ],
    },
    'plusport-lsp': {
      type: 'payment_allocation',
      paymentCents: 50_000,
      paidOn: '2026-03-01',
      debts: [
        { id: 'F-1', principalCents: 40_000, dueOn: '2026-01-01' },
        { id: 'F-2', principalCents: 40_000, interestCents: 1_000, costsCents: 4_000, dueOn: '2026-02-01' },
      ],
      namedDebtId: 'F-2',
    },
    sparse: {
      type: 'payment_allocation',
      paymentCents: 10_000,
      paidOn: '2026-03-01',
      debts: [
        { id: 'S-7', principalCents: 100_000, interestCents: 2_000, costsCents: 5_000, dueOn: '2026-01-15' },
      ],
    },
    ingenium: {
      type: 'payment_allocation',
      paymentCents: 10_000,
      paidOn: '2026-03-01',
      debts: [
        { id: 'I-3', principalCents: 100_000, interestCents: 2_000, costsCents: 5_000, dueOn: '2026-01-15' },
      ],
    },
    vapro: {
      type: 'payment_allocation',
      paymentCents: 10_000,
      paidOn: '2026-03-01',
      debts: [
        { id: 'V-9', principalCents: 100_000, interestCents: 2_000, costsCents: 5_000, dueOn: '2026-01-15' },
      ],
      debtorOrder: ['principal', 'interest', 'costs'],
    },
  },
  credit_restriction_surcharge: {
    'plusport-courses': {
      type: 'credit_restriction_surcharge',
      invoiceDate: '2026-03-02',
      amountCents: 121_000,
    },
    'plusport-lsp': { type: 'credit_restriction_surcharge', invoiceDate: '2026-03-02', amountCents: 121_000 },
    sparse: { type: 'credit_restriction_surcharge', invoiceDate: '2026-03-02', amountCents: 121_000 },
    ingenium: {
      type: 'credit_restriction_surcharge',
      invoiceDate: '2026-03-02',
      amountCents: 121_000,
      paidOn: '2026-03-10',
    },
    vapro: { type: 'credit_restriction_surcharge', invoiceDate: '2026-03-02', amountCents: 121_000 },
  },
  invoice_dispute_deadline: {
    'plusport-courses': { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' },
    'plusport-lsp': { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02', disputedOn: '2026-03-13' },
    sparse: { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' },
    ingenium: { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' },
    vapro: { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' },
  },
  complaint_deadline: {
    'plusport-courses': {
      type: 'complaint_deadline',
      subject: 'course',
      completedOn: '2026-05-01',
      complaintOn: '2026-05-13',
    },
    'plusport-lsp': { type: 'complaint_deadline', subject: 'damage', discoveredOn: '2026-01-31' },
    sparse: { type: 'complaint_deadline', subject: 'software_error', deliveredOn: '2025-11-30' },
    ingenium: {
      type: 'complaint_deadline',
      subject: 'course',
      completedOn: '2026-06-01',
      discoveredOn: '2026-06-10',
    },
    vapro: { type: 'complaint_deadline', subject: 'learning_materials_delivery', receivedOn: '2026-04-24' },
  },
  quote_expiry: {
    'plusport-courses': { type: 'quote_expiry', issuedOn: '2026-01-31' },
    'plusport-lsp': { type: 'quote_expiry', issuedOn: '2026-01-31', statedValidityDays: 30 },
    sparse: { type: 'quote_expiry', issuedOn: '2026-01-31' },
    ingenium: { type: 'quote_expiry', issuedOn: '2026-01-31', acceptedOn: '2026-03-02' },
    vapro: { type: 'quote_expiry', issuedOn: '2026-01-31', statedValidityDays: 20 },
  },
  contract_notice: {
    'plusport-courses': { type: 'contract_notice', startDate: '2026-01-01', asOf: '2026-02-01' },
    'plusport-lsp': {
      type: 'contract_notice',
      startDate: '2026-01-01',
      asOf: '2028-07-01',
      noticeReceivedOn: '2028-07-01',
    },
    sparse: {
      type: 'contract_notice',
      contractKind: 'secondment',
      startDate: '2025-06-01',
      asOf: '2026-01-15',
    },
    ingenium: { type: 'contract_notice', startDate: '2025-01-01', asOf: '2026-01-31' },
    vapro: { type: 'contract_notice', startDate: '2026-01-01', termMonths: 12, asOf: '2026-09-15' },
  },
  price_change: {
    'plusport-courses': {
      type: 'price_change',
      agreementDate: '2026-01-15',
      effectiveOn: '2026-04-15',
      increaseBp: 1000,
    },
    'plusport-lsp': {
      type: 'price_change',
      agreementDate: '2025-06-01',
      effectiveOn: '2027-01-01',
      increaseBp: 350,
      indexation: true,
    },
    sparse: {
      type: 'price_change',
      agreementDate: '2025-06-01',
      effectiveOn: '2026-06-01',
      noticeOn: '2026-03-01',
      increaseBp: 500,
    },
    ingenium: {
      type: 'price_change',
      agreementDate: '2026-01-15',
      effectiveOn: '2026-09-01',
      increaseBp: 300,
      customerKind: 'consumer',
    },
    vapro: {
      type: 'price_change',
      agreementDate: '2026-01-15',
      effectiveOn: '2026-03-05',
      noticeOn: '2026-03-01',
      executionDate: '2026-04-01',
      increaseBp: 500,
    },
  },
  terms_change: {
    'plusport-courses': { type: 'terms_change', noticeOn: '2026-01-01', effectiveOn: '2026-06-01' },
    'plusport-lsp': {
      type: 'terms_change',
      noticeOn: '2026-01-31',
      effectiveOn: '2026-04-30',
      materiallyWorse: true,
    },
    sparse: { type: 'terms_change', noticeOn: '2026-01-01', effectiveOn: '2026-06-01' },
    ingenium: {
      type: 'terms_change',
      noticeOn: '2026-01-01',
      effectiveOn: '2026-02-01',
      agreementDate: '2025-06-01',
    },
    vapro: { type: 'terms_change', noticeOn: '2026-01-31', effectiveOn: '2026-02-28' },
  },
  force_majeure_termination: {
    'plusport-courses': {
      type: 'force_majeure_termination',
      startedOn: '2026-03-01',
      terminationOn: '2026-03-02',
      party: 'customer',
    },
    'plusport-lsp': {
      type: 'force_majeure_termination',
      startedOn: '2026-03-01',
      terminationOn: '2026-05-01',
      party: 'customer',
    },
    sparse: {
      type: 'force_majeure_termination',
      startedOn: '2026-01-31',
      terminationOn: '2026-04-02',
      party: 'provider',
    },
    ingenium: {
      type: 'force_majeure_termination',
      startedOn: '2026-01-31',
      terminationOn: '2026-03-31',
      party: 'customer',
    },
    vapro: {
      type: 'force_majeure_termination',
      startedOn: '2026-01-31',
      terminationOn: '2026-04-01',
      party: 'provider',
    },
  },
};
