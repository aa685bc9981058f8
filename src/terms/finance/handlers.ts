import type { z } from 'zod';
import type { CompiledTerms, QuestionHandler } from '../compile.ts';
import type { Decision } from '../model.ts';
import { paymentAllocation } from './allocation.ts';
import { collectionCosts } from './collection-costs.ts';
import { complaintDeadline } from './complaint.ts';
import { type FinanceTerms, financeTermsOf } from './context.ts';
import { contractNotice } from './contract-notice.ts';
import { creditRestrictionSurcharge } from './credit-surcharge.ts';
import { forceMajeureTermination } from './force-majeure.ts';
import { invoiceDisputeDeadline } from './invoice-dispute.ts';
import { lateInterest } from './late-interest.ts';
import { paymentDue } from './payment-due.ts';
import { priceChange } from './price-change.ts';
import type { FinanceQuestionType, financeQuestionSchemas } from './questions.ts';
import { quoteExpiry } from './quote.ts';
import { termsChange } from './terms-change.ts';

type QuestionOf<K extends FinanceQuestionType> = z.infer<(typeof financeQuestionSchemas)[K]>;

/** Runs a finance rule, or answers `not_covered` when the terms version has no finance sections. */
function withFinance<Q extends { type: FinanceQuestionType }>(
  rule: (terms: FinanceTerms, question: Q) => Decision,
): QuestionHandler<Q> {
  return (compiled: CompiledTerms, question: Q) => {
    const terms = financeTermsOf(compiled);
    if (terms) return rule(terms, question);
    return {
      question: question.type,
      outcome: 'not_covered',
      amounts: {},
      dates: {},
      clauses: [],
      readings: [],
      explanation: {
        nl: `De voorwaarden van ${compiled.terms.name} (versie ${compiled.terms.version}) bevatten geen financiële regels.`,
        en: `The terms of ${compiled.terms.name} (version ${compiled.terms.version}) contain no finance rules.`,
      },
    };
  };
}

/** The finance and contract question handlers by question type (src/terms/evaluate.ts dispatches on it). */
export const financeHandlers: { [K in FinanceQuestionType]: QuestionHandler<QuestionOf<K>> } = {
  payment_due: withFinance(paymentDue),
  late_interest: withFinance(lateInterest),
  collection_costs: withFinance(collectionCosts),
  payment_allocation: withFinance(paymentAllocation),
  credit_restriction_surcharge: withFinance(creditRestrictionSurcharge),
  invoice_dispute_deadline: withFinance(invoiceDisputeDeadline),
  complaint_deadline: withFinance(complaintDeadline),
  quote_expiry: withFinance(quoteExpiry),
  contract_notice: withFinance(contractNotice),
  price_change: withFinance(priceChange),
  terms_change: withFinance(termsChange),
  force_majeure_termination: withFinance(forceMajeureTermination),
};
