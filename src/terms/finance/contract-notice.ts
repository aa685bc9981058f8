import { addMonths, type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { ContractNoticeQuestion } from './questions.ts';
import type { ContractRule } from './sections.ts';
import { addPeriod, dateEn, dateNl, decide, periodEn, periodNl, subtractPeriod } from './text.ts';

const FORM_NL = { written: 'schriftelijk', registered_letter: 'per aangetekende brief' } as const;
const FORM_EN = { written: 'in writing', registered_letter: 'by registered letter' } as const;

/** Safety bound on the number of renewals walked to reach `asOf` (240 years of monthly renewals). */
const MAX_TERMS = 2880;

/**
 * Contract duration, tacit renewal and notice. A fixed term runs from the start for the initial
 * months, then renews by the renewal period (PlusPort algemene 13.1: the initial term; sparse-algemene-voorwaarden#4.2:
 * at most one year; vapro-leverings-en-betalingsvoorwaarden#20.3: one year; ingenium-leveringsvoorwaarden#5.2: the initial term, reading
 * renewal-period). Notice "n months before the end" must be received no later
 * than the day before the last n months of the term begin (reading notice-before-end).
 * An indefinite agreement ends the notice period after the notice is received.
 */
export function contractNotice(terms: FinanceTerms, q: ContractNoticeQuestion): Decision {
  const rule =
    terms.sections.contract.rules.find((r) => r.kind === q.contractKind) ??
    terms.sections.contract.rules.find((r) => r.kind === 'agreement');
  const startDate = parseIsoDate(q.startDate);
  const asOf = parseIsoDate(q.asOf);
  const noticeOn = q.noticeReceivedOn ? parseIsoDate(q.noticeReceivedOn) : undefined;
  if (!rule) {
    return decide(terms, q.type, {
      outcome: 'not_covered',
      dates: { startDate, asOf },
      clauses: [],
      readings: ['law-when-terms-silent'],
      nl: ['Deze voorwaarden regelen looptijd en opzegging niet; de overeenkomst zelf bepaalt ze.'],
      en: ['These terms do not set duration and notice; the agreement itself does.'],
    });
  }
  const termMonths = q.termMonths ?? rule.defaultTermMonths;
  if (q.indefinite || termMonths === null) return indefinite(terms, q, rule, startDate, noticeOn ?? asOf);
  return fixedTerm(terms, q, rule, termMonths, startDate, asOf, noticeOn);
}

function indefinite(
  terms: FinanceTerms,
  q: ContractNoticeQuestion,
  rule: ContractRule,
  startDate: EpochDay,
  noticeOn: EpochDay,
): Decision {
  const form = FORM_NL[rule.indefiniteForm];
  if (rule.indefiniteNotice === null) {
    return decide(terms, q.type, {
      outcome: 'allowed',
      dates: { startDate, noticeReceivedOn: noticeOn },
      clauses: rule.clauses,
      rules: [rule],
      readings: ['reasonable-notice'],
      nl: [
        `Een overeenkomst voor onbepaalde tijd kan ${form} worden opgezegd met een redelijke termijn; de voorwaarden noemen geen vaste termijn.`,
      ],
      en: [
        `An agreement for an indefinite time can be terminated ${FORM_EN[rule.indefiniteForm]} with reasonable notice; the terms set no fixed period.`,
      ],
    });
  }
  const endsOn = addPeriod(noticeOn, rule.indefiniteNotice, terms.calendar);
  return decide(terms, q.type, {
    outcome: 'allowed',
    dates: { startDate, noticeReceivedOn: noticeOn, endsOn },
    clauses: rule.clauses,
    rules: [rule],
    readings: [
      'days-after-event',
      ...(rule.indefiniteNotice.unit === 'calendar_months' ? ['calendar-month-notice'] : []),
    ],
    nl: [
      `Opzegging van een overeenkomst voor onbepaalde tijd, ${form}, met ${periodNl(rule.indefiniteNotice)} opzegtermijn: ontvangen op ${dateNl(noticeOn)}, dan eindigt de overeenkomst na ${dateNl(endsOn)}.`,
    ],
    en: [
      `Terminating an agreement for an indefinite time, ${FORM_EN[rule.indefiniteForm]}, with ${periodEn(rule.indefiniteNotice)} notice: received on ${dateEn(noticeOn)}, the agreement ends after ${dateEn(endsOn)}.`,
    ],
  });
}

function renewalMonths(rule: ContractRule, initial: number): number | null {
  if (!rule.renewal) return null;
  if (rule.renewal.kind === 'fixed') return rule.renewal.months;
  return rule.renewal.capMonths === null ? initial : Math.min(initial, rule.renewal.capMonths);
}

function fixedTerm(
  terms: FinanceTerms,
  q: ContractNoticeQuestion,
  rule: ContractRule,
  initial: number,
  startDate: EpochDay,
  asOf: EpochDay,
  noticeOn: EpochDay | undefined,
): Decision {
  const renewal = renewalMonths(rule, initial);
  // Term k runs [end(k-1), end(k)); each end is computed from the start so month-end clamping never drifts.
  const endAfter = (k: number): EpochDay => addMonths(startDate, initial + k * (renewal ?? 0));
  const reference = noticeOn ?? asOf;
  let k = 0;
  while (renewal !== null && endAfter(k) <= reference && k < MAX_TERMS) k++;
  const termEnd = endAfter(k); // the day after the last day of the running term: the renewal date
  const lastDay = termEnd - 1;
  const readings = ['notice-before-end'];
  if (rule.renewal?.kind === 'same_as_initial') readings.push('renewal-period');
  const dates: Record<string, EpochDay> = { startDate, asOf, termEnds: lastDay };
  const clauses = rule.clauses;
  const rules = [rule];
  const formNl = FORM_NL[rule.form];
  const formEn = FORM_EN[rule.form];

  // sparse-algemene-voorwaarden#55.1: after the initial term a secondment runs on for an indefinite time.
  if (renewal === null && reference >= termEnd && rule.indefiniteNotice !== null) {
    return indefinite(terms, q, rule, startDate, noticeOn ?? asOf);
  }
  if (renewal === null && reference >= termEnd) {
    return decide(terms, q.type, {
      outcome: 'not_covered',
      dates,
      clauses,
      rules,
      readings,
      nl: [`De overeenkomst liep af op ${dateNl(lastDay)} en wordt niet stilzwijgend verlengd.`],
      en: [`The agreement ended on ${dateEn(lastDay)} and is not renewed tacitly.`],
    });
  }

  // Consumers: after a tacit renewal they may terminate at any time with one month's notice (art. 6:236 sub j BW).
  if (q.customerKind === 'consumer' && renewal !== null && k > 0) {
    const received = noticeOn ?? asOf;
    const endsOn = addMonths(received, 1);
    return decide(terms, q.type, {
      outcome: 'allowed',
      dates: { ...dates, noticeReceivedOn: received, endsOn },
      clauses,
      rules,
      law: [LAW.consumerTacitRenewal],
      readings: ['consumer-tacit-renewal'],
      nl: [
        `De overeenkomst is stilzwijgend verlengd; een consument mag dan altijd opzeggen met een opzegtermijn van één maand (art. 6:236 sub j BW): ontvangen op ${dateNl(received)}, einde na ${dateNl(endsOn)}.`,
      ],
      en: [
        `The agreement was renewed tacitly; a consumer may then terminate at any time with one month's notice (art. 6:236 sub j Dutch Civil Code): received on ${dateEn(received)}, it ends after ${dateEn(endsOn)}.`,
      ],
    });
  }

  const nl: string[] = [];
  const en: string[] = [];
  nl.push(`De lopende termijn eindigt op ${dateNl(lastDay)}.`);
  en.push(`The running term ends on ${dateEn(lastDay)}.`);
  if (renewal !== null) {
    dates.renewalDate = termEnd;
    dates.nextTermEnds = addMonths(startDate, initial + (k + 1) * renewal) - 1;
    nl.push(
      `Zonder tijdige opzegging wordt zij op ${dateNl(termEnd)} stilzwijgend verlengd met ${renewal} maanden.`,
    );
    en.push(`Without timely notice it renews tacitly on ${dateEn(termEnd)} for ${renewal} months.`);
  }
  if (rule.noticeBeforeEnd === null) {
    return decide(terms, q.type, { outcome: 'allowed', dates, clauses, rules, readings, nl, en });
  }
  const deadline = subtractPeriod(termEnd, rule.noticeBeforeEnd, terms.calendar) - 1;
  dates.noticeDeadline = deadline;
  nl.push(
    `Opzeggen kan ${formNl} met ${periodNl(rule.noticeBeforeEnd)} opzegtermijn tegen het einde van de termijn; de opzegging moet uiterlijk op ${dateNl(deadline)} zijn ontvangen.`,
  );
  en.push(
    `Notice is given ${formEn} with ${periodEn(rule.noticeBeforeEnd)}' notice before the end of the term; it must be received by ${dateEn(deadline)}.`,
  );
  const inTime = reference <= deadline;
  if (noticeOn !== undefined) {
    dates.noticeReceivedOn = noticeOn;
    if (inTime) {
      dates.endsOn = lastDay;
      nl.push(
        `De opzegging van ${dateNl(noticeOn)} is op tijd: de overeenkomst eindigt na ${dateNl(lastDay)}.`,
      );
      en.push(`The notice of ${dateEn(noticeOn)} is in time: the agreement ends after ${dateEn(lastDay)}.`);
    } else if (renewal !== null) {
      const endsOn = addMonths(startDate, initial + (k + 1) * renewal) - 1;
      dates.endsOn = endsOn;
      nl.push(
        `De opzegging van ${dateNl(noticeOn)} is te laat voor deze termijn: de overeenkomst eindigt na ${dateNl(endsOn)}.`,
      );
      en.push(
        `The notice of ${dateEn(noticeOn)} is too late for this term: the agreement ends after ${dateEn(endsOn)}.`,
      );
    }
  } else if (!inTime) {
    nl.push(`Op ${dateNl(asOf)} is opzeggen tegen dit einde niet meer mogelijk.`);
    en.push(`On ${dateEn(asOf)} it is too late to give notice for this end.`);
  }
  return decide(terms, q.type, {
    outcome: inTime ? 'allowed' : 'not_allowed',
    dates,
    clauses,
    rules,
    readings,
    nl,
    en,
    conditions: { noticeInTime: inTime },
  });
}
