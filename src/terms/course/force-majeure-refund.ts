import { percentOf } from '../../money/cents.ts';
import type { CompiledTerms } from '../compile.ts';
import type { Decision } from '../model.ts';
import { euroEn, euroNl, percentEn, percentNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import { decision, notCoveredDecision } from './plain.ts';
import type { ForceMajeureRefundQuestion } from './questions.ts';

/**
 * plusport-cursusvoorwaarden#7.3 (reading force-majeure-refund): on permanent force majeure the prepaid money
 * comes back pro rata, less 20 % of the total invoice and the exam supplier's costs, never below zero.
 */
export function decideForceMajeureRefund(
  compiled: CompiledTerms,
  question: ForceMajeureRefundQuestion,
): Decision {
  const section = courseSectionsOf(compiled).forceMajeureRefund;
  if (!section) {
    return notCoveredDecision(compiled, 'force_majeure_refund', {
      nl: 'een terugbetaling bij overmacht (zie de vraag force_majeure_termination voor het recht om te ontbinden)',
      en: 'a refund on force majeure (see the question force_majeure_termination for the right to terminate)',
    });
  }
  const clause = compiled.clause(section.clause);
  if (section.onlyWhenPermanent && !question.permanent) {
    return decision({
      question: 'force_majeure_refund',
      outcome: 'not_allowed',
      amounts: { refund: 0 },
      clauses: [clause],
      readings: ['force-majeure-refund'],
      explanation: {
        nl: `Vooruitbetaald geld komt alleen terug bij blijvende overmacht (art. ${clause.article}); bij tijdelijke overmacht wordt een nieuwe datum gezocht.`,
        en: `Prepaid money comes back only on permanent force majeure (art. ${clause.article}); otherwise a new date is sought.`,
      },
    });
  }
  const delivered = question.deliveredValue ?? 0;
  const deduction = percentOf(question.invoiceTotal, section.deductInvoiceBasisPoints);
  const supplierCosts = section.deductSupplierCosts ? (question.supplierCosts ?? 0) : 0;
  const refund = Math.max(0, question.paid - delivered - deduction - supplierCosts);
  return decision({
    question: 'force_majeure_refund',
    outcome: 'allowed',
    amounts: {
      refund,
      paid: question.paid,
      deliveredValue: delivered,
      costsDeduction: deduction,
      supplierCosts,
    },
    clauses: [clause],
    readings: ['force-majeure-refund', 'fee-rounding'],
    explanation: {
      nl: `Terugbetaling ${euroNl(refund)} (art. ${clause.article}): betaald ${euroNl(question.paid)}, min geleverd ${euroNl(delivered)}, min ${percentNl(section.deductInvoiceBasisPoints)} van de factuurwaarde ${euroNl(deduction)}, min kosten van de examenleverancier ${euroNl(supplierCosts)}${refund === 0 ? '; er blijft niets over om terug te betalen' : ''}.`,
      en: `Refund ${euroEn(refund)} (art. ${clause.article}): paid ${euroEn(question.paid)}, less delivered ${euroEn(delivered)}, less ${percentEn(section.deductInvoiceBasisPoints)} of the invoice ${euroEn(deduction)}, less the exam supplier's costs ${euroEn(supplierCosts)}${refund === 0 ? '; nothing is left to refund' : ''}.`,
    },
  });
}
