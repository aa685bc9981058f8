import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import { percentOf } from '../../money/index.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import type { CreditRestrictionSurchargeQuestion } from './questions.ts';
import { dateEn, dateNl, decide, eurEn, eurNl, percentEn, percentNl } from './text.ts';

/**
 * The credit-restriction surcharge (ingenium-leveringsvoorwaarden#15.5: 2 %, not due when paid within 7 days after the
 * invoice date). Day 7 itself is still in time (reading days-after-event); the surcharge is
 * taken of the invoice amount asked about (reading surcharge-basis).
 */
export function creditRestrictionSurcharge(
  terms: FinanceTerms,
  q: CreditRestrictionSurchargeQuestion,
): Decision {
  const section = terms.sections.creditRestrictionSurcharge;
  const invoiceDate = parseIsoDate(q.invoiceDate);
  const paidOn = q.paidOn ? parseIsoDate(q.paidOn) : undefined;
  const dates: Record<string, EpochDay> = { invoiceDate };
  if (paidOn !== undefined) dates.paidOn = paidOn;
  if (!section) {
    return decide(terms, q.type, {
      outcome: 'not_allowed',
      amounts: { surcharge: 0 },
      dates,
      clauses: [],
      readings: ['law-when-terms-silent'],
      nl: ['Deze voorwaarden kennen geen kredietbeperkingstoeslag: er mag geen toeslag worden berekend.'],
      en: ['These terms have no credit-restriction surcharge: no surcharge may be charged.'],
    });
  }
  const freeUntil = invoiceDate + section.waivedWithinDays;
  dates.surchargeFreeUntil = freeUntil;
  const full = percentOf(q.amountCents, section.rateBp);
  const waived = paidOn !== undefined && paidOn <= freeUntil;
  const surcharge = waived ? 0 : full;
  const nl = [
    `Kredietbeperkingstoeslag ${percentNl(section.rateBp)} van ${eurNl(q.amountCents)} = ${eurNl(full)}, niet verschuldigd bij betaling tot en met ${dateNl(freeUntil)} (${section.waivedWithinDays} dagen na factuurdatum).`,
  ];
  const en = [
    `Credit-restriction surcharge ${percentEn(section.rateBp)} of ${eurEn(q.amountCents)} = ${eurEn(full)}, not due when paid by ${dateEn(freeUntil)} inclusive (${section.waivedWithinDays} days after the invoice date).`,
  ];
  if (paidOn === undefined) {
    nl.push(
      `Nog niet betaald: de toeslag is verschuldigd tenzij uiterlijk ${dateNl(freeUntil)} wordt betaald.`,
    );
    en.push(`Not paid yet: the surcharge is due unless paid by ${dateEn(freeUntil)}.`);
  } else {
    nl.push(
      waived
        ? `Betaald op ${dateNl(paidOn)}: geen toeslag.`
        : `Betaald op ${dateNl(paidOn)}: de toeslag is verschuldigd.`,
    );
    en.push(
      waived
        ? `Paid on ${dateEn(paidOn)}: no surcharge.`
        : `Paid on ${dateEn(paidOn)}: the surcharge is due.`,
    );
  }
  return decide(terms, q.type, {
    outcome: waived ? 'not_allowed' : 'allowed',
    amounts: { surcharge, surchargeIfLate: full },
    dates,
    clauses: section.clauses,
    rules: [section],
    readings: ['days-after-event', 'surcharge-basis'],
    nl,
    en,
  });
}
