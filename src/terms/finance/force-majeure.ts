import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { ForceMajeureTerminationQuestion } from './questions.ts';
import { addPeriod, dateEn, dateNl, decide, periodEn, periodNl } from './text.ts';

const FORM_NL = { written: 'schriftelijk', registered_letter: 'per aangetekende brief', any: '' } as const;
const FORM_EN = { written: 'in writing', registered_letter: 'by registered letter', any: '' } as const;

/**
 * Whether a party may end the agreement because force majeure lasts: PlusPort algemene 11.2 (longer
 * than 60 days, by registered letter, unless foreseeably resolved soon), sparse-algemene-voorwaarden#17.2 (longer than 60
 * days), ingenium-leveringsvoorwaarden#20.4 and vapro-leverings-en-betalingsvoorwaarden#11.1 (longer than two months). "Longer than" means the threshold's
 * last day has passed (reading longer-than-threshold).
 */
export function forceMajeureTermination(terms: FinanceTerms, q: ForceMajeureTerminationQuestion): Decision {
  const section = terms.sections.forceMajeure;
  const startedOn = parseIsoDate(q.startedOn);
  const terminationOn = parseIsoDate(q.terminationOn);
  const dates: Record<string, EpochDay> = { startedOn, terminationOn };
  if (!section || (section.parties === 'provider' && q.party === 'customer')) {
    return decide(terms, q.type, {
      outcome: 'not_allowed',
      dates,
      clauses: section?.clauses ?? [],
      law: [LAW.dissolution],
      readings: ['law-when-terms-silent'],
      nl: [
        section
          ? 'Deze voorwaarden geven alleen de aanbieder een recht om bij overmacht te beëindigen; voor de klant geldt alleen de wet (ontbinding, art. 6:265 BW).'
          : 'Deze voorwaarden geven geen recht om de overeenkomst bij overmacht te beëindigen; alleen de wet geldt (ontbinding, art. 6:265 BW).',
      ],
      en: [
        section
          ? 'These terms let only the provider end the agreement on force majeure; the customer has only the law (dissolution, art. 6:265 Dutch Civil Code).'
          : 'These terms give no right to end the agreement on force majeure; only the law applies (dissolution, art. 6:265 Dutch Civil Code).',
      ],
    });
  }
  const formNl = FORM_NL[section.form];
  const formEn = FORM_EN[section.form];
  if (section.threshold === null) {
    return decide(terms, q.type, {
      outcome: 'allowed',
      dates,
      clauses: section.clauses,
      nl: [
        `De aanbieder mag bij overmacht de overeenkomst direct geheel of gedeeltelijk beëindigen${formNl ? ` (${formNl})` : ''}.`,
      ],
      en: [
        `The provider may end the agreement wholly or partly at once on force majeure${formEn ? ` (${formEn})` : ''}.`,
      ],
    });
  }
  const earliest = addPeriod(startedOn, section.threshold, terms.calendar) + 1;
  dates.earliestTermination = earliest;
  const longEnough = terminationOn >= earliest;
  const blocked = section.unlessForeseeablyResolved && q.foreseeablyResolved;
  const allowed = longEnough && !blocked;
  const nl = [
    `Overmacht sinds ${dateNl(startedOn)}: beëindigen mag als zij langer dan ${periodNl(section.threshold)} duurt, dus vanaf ${dateNl(earliest)}${formNl ? `, ${formNl}` : ''}.`,
  ];
  const en = [
    `Force majeure since ${dateEn(startedOn)}: ending the agreement is allowed once it lasts longer than ${periodEn(section.threshold)}, so from ${dateEn(earliest)}${formEn ? `, ${formEn}` : ''}.`,
  ];
  if (!longEnough) {
    nl.push(`Op ${dateNl(terminationOn)} is dat nog te vroeg.`);
    en.push(`On ${dateEn(terminationOn)} that is still too early.`);
  }
  if (blocked) {
    nl.push('Niet zolang voorzienbaar is dat de overmacht binnen redelijke termijn wordt opgelost.');
    en.push('Not while it is foreseeable that the situation will be resolved within a reasonable time.');
  }
  if (allowed && section.settlement === 'pro_rata') {
    nl.push('Wat al is gepresteerd wordt naar verhouding afgerekend.');
    en.push('What has been performed is settled pro rata.');
  }
  if (allowed && section.settlement === 'performed_part_invoiced') {
    nl.push('Het al uitgevoerde deel mag afzonderlijk worden gefactureerd.');
    en.push('The part already performed may be invoiced separately.');
  }
  return decide(terms, q.type, {
    outcome: allowed ? 'allowed' : 'not_allowed',
    dates,
    clauses: section.clauses,
    rules: [section],
    readings: ['longer-than-threshold'],
    nl,
    en,
    conditions: { thresholdPassed: longEnough, foreseeablyResolved: q.foreseeablyResolved },
  });
}
