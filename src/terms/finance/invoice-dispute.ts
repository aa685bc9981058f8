import { parseIsoDate } from '../../calendar/index.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { InvoiceDisputeDeadlineQuestion } from './questions.ts';
import { addPeriod, dateEn, dateNl, decide, periodEn, periodNl } from './text.ts';

const FORM_NL = {
  written: 'schriftelijk',
  written_with_reasons: 'schriftelijk en met onderbouwing',
  registered_letter: 'per aangetekende brief',
  email: 'per e-mail',
} as const;
const FORM_EN = {
  written: 'in writing',
  written_with_reasons: 'in writing, with reasons',
  registered_letter: 'by registered letter',
  email: 'by e-mail',
} as const;

/**
 * The last day to dispute an invoice (PlusPort algemene 8.5: within 10 days after the invoice date,
 * in writing with reasons, after which the invoice counts as accepted). Where the terms set no
 * window the answer is `not_covered`: the customer must still complain in time (art. 6:89 BW).
 */
export function invoiceDisputeDeadline(terms: FinanceTerms, q: InvoiceDisputeDeadlineQuestion): Decision {
  const section = terms.sections.invoiceDispute;
  const invoiceDate = parseIsoDate(q.invoiceDate);
  const noSuspension = terms.sections.payment.noSuspension;
  const suspendNl = noSuspension ? ' Een bezwaar schort de betaling niet op.' : '';
  const suspendEn = noSuspension ? ' A dispute does not suspend payment.' : '';
  if (!section) {
    return decide(terms, q.type, {
      outcome: 'not_covered',
      dates: { invoiceDate },
      clauses: noSuspension ? [noSuspension] : [],
      law: [LAW.complaintInTime],
      readings: ['law-when-terms-silent'],
      conclusions: { paymentMayBeSuspended: !noSuspension },
      nl: [
        `Deze voorwaarden stellen geen termijn voor bezwaar tegen een factuur; meld een bezwaar binnen bekwame tijd (art. 6:89 BW).${suspendNl}`,
      ],
      en: [
        `These terms set no deadline for disputing an invoice; dispute it within a reasonable time (art. 6:89 Dutch Civil Code).${suspendEn}`,
      ],
    });
  }
  const readings = ['days-after-event'];
  let from = invoiceDate;
  if (section.from === 'receipt') {
    from = q.receivedOn ? parseIsoDate(q.receivedOn) : invoiceDate;
    if (!q.receivedOn) readings.push('receipt-defaults-to-invoice-date');
  }
  const deadline = addPeriod(from, section.window, terms.calendar);
  const disputedOn = q.disputedOn ? parseIsoDate(q.disputedOn) : undefined;
  const inTime = disputedOn === undefined || disputedOn <= deadline;
  const fromNl = section.from === 'receipt' ? 'ontvangst' : 'factuurdatum';
  const fromEn = section.from === 'receipt' ? 'receipt' : 'the invoice date';
  const nl = [
    `Bezwaar tegen deze factuur kan tot en met ${dateNl(deadline)}: binnen ${periodNl(section.window)} na ${fromNl}, ${FORM_NL[section.form]}.`,
  ];
  const en = [
    `This invoice can be disputed until ${dateEn(deadline)} inclusive: within ${periodEn(section.window)} after ${fromEn}, ${FORM_EN[section.form]}.`,
  ];
  if (disputedOn !== undefined) {
    nl.push(
      inTime
        ? `Het bezwaar van ${dateNl(disputedOn)} is op tijd.`
        : `Het bezwaar van ${dateNl(disputedOn)} is te laat.`,
    );
    en.push(
      inTime
        ? `The dispute of ${dateEn(disputedOn)} is in time.`
        : `The dispute of ${dateEn(disputedOn)} is too late.`,
    );
  }
  if (!inTime && section.deemedAccepted) {
    nl.push('De factuur geldt als aanvaard.');
    en.push('The invoice counts as accepted.');
  }
  nl.push(suspendNl.trim());
  en.push(suspendEn.trim());
  return decide(terms, q.type, {
    outcome: inTime ? 'allowed' : 'not_allowed',
    dates: disputedOn === undefined ? { invoiceDate, deadline } : { invoiceDate, deadline, disputedOn },
    clauses: noSuspension ? [...section.clauses, noSuspension] : section.clauses,
    rules: [section],
    readings,
    nl: nl.filter(Boolean),
    en: en.filter(Boolean),
    conclusions: {
      inTime,
      deemedAccepted: !inTime && section.deemedAccepted,
      paymentMayBeSuspended: !noSuspension,
    },
  });
}
