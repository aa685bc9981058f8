import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import type { TermsChangeQuestion } from './questions.ts';
import { addPeriod, dateEn, dateNl, decide, periodEn, periodNl } from './text.ts';

/**
 * When changed terms take effect for a running agreement. PlusPort algemene 2.3: written notice at
 * least 3 months before; a material worsening lets the customer terminate by the effective date.
 * vapro-leverings-en-betalingsvoorwaarden#1.4: at least a month between notice and effect. ingenium-leveringsvoorwaarden#24.3: the version in force when
 * the agreement was made keeps applying. Terms without a change clause (Sparse, PlusPort cursus)
 * give no unilateral right: `not_allowed`.
 */
export function termsChange(terms: FinanceTerms, q: TermsChangeQuestion): Decision {
  const section = terms.sections.termsChange;
  const noticeOn = parseIsoDate(q.noticeOn);
  const effectiveOn = parseIsoDate(q.effectiveOn);
  const dates: Record<string, EpochDay> = { noticeOn, effectiveOn };
  if (!section) {
    return decide(terms, q.type, {
      outcome: 'not_allowed',
      dates,
      clauses: [],
      readings: ['no-terms-change-clause'],
      nl: [
        'Deze voorwaarden geven de aanbieder geen recht ze tijdens de overeenkomst eenzijdig te wijzigen: nieuwe voorwaarden gelden alleen voor nieuwe overeenkomsten of met instemming van de klant.',
      ],
      en: [
        'These terms give the provider no right to change them unilaterally during the agreement: new terms apply only to new agreements or with the customer’s consent.',
      ],
    });
  }
  if (section.kind === 'new_agreements_only') {
    const agreementOn = q.agreementDate ? parseIsoDate(q.agreementDate) : undefined;
    const applies = agreementOn !== undefined && agreementOn >= effectiveOn;
    if (agreementOn !== undefined) dates.agreementDate = agreementOn;
    return decide(terms, q.type, {
      outcome: applies ? 'allowed' : 'not_allowed',
      dates,
      clauses: section.clauses,
      rules: [section],
      readings: ['terms-version-at-agreement'],
      nl: [
        applies
          ? `De nieuwe voorwaarden gelden voor deze overeenkomst, want die is gesloten op of na ${dateNl(effectiveOn)}.`
          : `Voor een overeenkomst die vóór ${dateNl(effectiveOn)} is gesloten blijft de versie gelden die gold toen zij tot stand kwam; de nieuwe voorwaarden gelden voor nieuwe opdrachten.`,
      ],
      en: [
        applies
          ? `The new terms apply to this agreement, as it was made on or after ${dateEn(effectiveOn)}.`
          : `An agreement made before ${dateEn(effectiveOn)} keeps the version in force when it was made; the new terms apply to new orders.`,
      ],
    });
  }
  const earliest = addPeriod(noticeOn, section.notice, terms.calendar);
  dates.earliestEffective = earliest;
  const inTime = effectiveOn >= earliest;
  const nl = [
    `Een wijziging moet ten minste ${periodNl(section.notice)} vooraf worden aangekondigd: na een kennisgeving op ${dateNl(noticeOn)} kan zij op zijn vroegst op ${dateNl(earliest)} ingaan.`,
  ];
  const en = [
    `A change must be announced at least ${periodEn(section.notice)} ahead: after notice on ${dateEn(noticeOn)} it can take effect on ${dateEn(earliest)} at the earliest.`,
  ];
  nl.push(
    inTime
      ? `De wijziging per ${dateNl(effectiveOn)} is tijdig aangekondigd.`
      : `Per ${dateNl(effectiveOn)} is te vroeg.`,
  );
  en.push(
    inTime
      ? `The change as of ${dateEn(effectiveOn)} was announced in time.`
      : `${dateEn(effectiveOn)} is too early.`,
  );
  const mayTerminate = section.customerMayTerminateIfWorse && q.materiallyWorse;
  if (mayTerminate) {
    const effectiveDay = inTime ? effectiveOn : earliest;
    dates.customerMayTerminateAsOf = effectiveDay;
    nl.push(
      `Omdat de wijziging de positie van de klant wezenlijk verslechtert, mag de klant de overeenkomst opzeggen tegen ${dateNl(effectiveDay)}.`,
    );
    en.push(
      `Because the change materially worsens the customer's position, the customer may terminate the agreement as of ${dateEn(effectiveDay)}.`,
    );
  }
  return decide(terms, q.type, {
    outcome: inTime ? 'allowed' : 'not_allowed',
    dates,
    clauses: section.clauses,
    rules: [section],
    readings: ['notice-before-effect'],
    nl,
    en,
    conditions: { noticeInTime: inTime, customerMayTerminate: mayTerminate },
  });
}
