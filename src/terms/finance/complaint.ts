import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import { invalidInput } from '../../platform/domain-problem.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { ComplaintDeadlineQuestion } from './questions.ts';
import type { ComplaintEvent } from './sections.ts';
import { addPeriod, dateEn, dateNl, decide, periodEn, periodNl } from './text.ts';

const EVENT_FIELD: Record<ComplaintEvent, keyof ComplaintDeadlineQuestion> = {
  completion: 'completedOn',
  discovery: 'discoveredOn',
  circumstance: 'circumstanceOn',
  receipt: 'receivedOn',
  delivery: 'deliveredOn',
};
const EVENT_NL: Record<ComplaintEvent, string> = {
  completion: 'de uitvoering',
  discovery: 'ontdekking',
  circumstance: 'het voorval',
  receipt: 'ontvangst',
  delivery: 'aflevering',
};
const EVENT_EN: Record<ComplaintEvent, string> = {
  completion: 'completion',
  discovery: 'discovery',
  circumstance: 'the event',
  receipt: 'receipt',
  delivery: 'delivery',
};
const FORM_NL = {
  written: 'schriftelijk',
  written_with_reasons: 'schriftelijk en gemotiveerd',
  registered_letter: 'per aangetekende brief, gemotiveerd',
  email: 'per e-mail',
} as const;
const FORM_EN = {
  written: 'in writing',
  written_with_reasons: 'in writing, with reasons',
  registered_letter: 'by registered letter, with reasons',
  email: 'by e-mail',
} as const;

/** A count's field name: response + WorkingDays / Days / Weeks / Months / CalendarMonths / Years. */
function countName(prefix: string, unit: string): string {
  return (
    prefix + unit.replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase())
  );
}

/**
 * The complaint window and the provider's response time for a subject (course, service, learning
 * materials, damage, software error). Several windows all apply and the earliest decides:
 * ingenium-leveringsvoorwaarden#13.1 "binnen 8 dagen na ontdekking, doch uiterlijk binnen 14 dagen na voltooiing". A window whose
 * event date is not given is left out, as long as one window can be computed.
 */
export function complaintDeadline(terms: FinanceTerms, q: ComplaintDeadlineQuestion): Decision {
  const rule = terms.sections.complaints.rules.find((r) => r.subject === q.subject);
  const complaintOn = q.complaintOn ? parseIsoDate(q.complaintOn) : undefined;
  if (!rule) {
    return decide(terms, q.type, {
      outcome: 'not_covered',
      dates: complaintOn === undefined ? {} : { complaintOn },
      clauses: [],
      law: [LAW.complaintInTime],
      readings: ['law-when-terms-silent'],
      nl: [
        'Deze voorwaarden stellen voor dit onderwerp geen klachttermijn; klaag binnen bekwame tijd na ontdekking (art. 6:89 BW).',
      ],
      en: [
        'These terms set no complaint window for this subject; complain within a reasonable time after discovery (art. 6:89 Dutch Civil Code).',
      ],
    });
  }
  const dates: Record<string, EpochDay> = {};
  const nl: string[] = [];
  const en: string[] = [];
  let deadline: EpochDay | undefined;
  const missing: string[] = [];
  for (const window of rule.windows) {
    const field = EVENT_FIELD[window.from];
    const value = q[field];
    if (typeof value !== 'string') {
      missing.push(field);
      continue;
    }
    const event = parseIsoDate(value);
    const end = addPeriod(event, window.period, terms.calendar);
    dates[`${window.from}Deadline`] = end;
    nl.push(
      `Binnen ${periodNl(window.period)} na ${EVENT_NL[window.from]} (${dateNl(event)}): uiterlijk ${dateNl(end)}.`,
    );
    en.push(
      `Within ${periodEn(window.period)} after ${EVENT_EN[window.from]} (${dateEn(event)}): by ${dateEn(end)}.`,
    );
    if (deadline === undefined || end < deadline) deadline = end;
  }
  // Ask only what the rule needs: a question about the response deadline alone needs only the day
  // the complaint arrived; the window's event dates are then named as missing, not demanded.
  const responseOnly = Boolean(rule.response) && complaintOn !== undefined;
  if (rule.windows.length > 0 && deadline === undefined && !responseOnly) {
    throw invalidInput(
      'input-needed',
      missing.map((field) => ({
        path: field,
        message: `needed for the complaint window of ${rule.clauses.join(', ')}`,
      })),
    );
  }
  const readings = ['days-after-event'];
  if (rule.windows.some((w) => w.period.unit === 'weeks')) readings.push('weeks-as-days');
  if (deadline === undefined && rule.windows.length > 0) {
    nl.push(
      `De klachttermijn is niet berekend: daarvoor is ${missing.join(' of ')} nodig. Dien de klacht ${FORM_NL[rule.form]} in.`,
    );
    en.push(
      `The complaint window was not computed: it needs ${missing.join(' or ')}. Submit the complaint ${FORM_EN[rule.form]}.`,
    );
  } else if (deadline !== undefined) {
    dates.deadline = deadline;
    nl.push(`Dien de klacht ${FORM_NL[rule.form]} in, uiterlijk op ${dateNl(deadline)}.`);
    en.push(`Submit the complaint ${FORM_EN[rule.form]} by ${dateEn(deadline)} at the latest.`);
  } else {
    nl.push(
      `Deze voorwaarden noemen geen vaste klachttermijn: meld ${FORM_NL[rule.form]} en zo spoedig mogelijk.`,
    );
    en.push(`These terms set no fixed complaint window: report ${FORM_EN[rule.form]} and promptly.`);
  }
  let workingDays: number | undefined;
  let inTime = true;
  if (complaintOn !== undefined) {
    dates.complaintOn = complaintOn;
    if (deadline !== undefined) {
      inTime = complaintOn <= deadline;
      nl.push(inTime ? 'De klacht is op tijd.' : 'De klacht is te laat.');
      en.push(inTime ? 'The complaint is in time.' : 'The complaint is too late.');
    }
    if (rule.response) {
      const responseDue = addPeriod(complaintOn, rule.response, terms.calendar);
      dates.responseDue = responseDue;
      if (rule.response.unit === 'working_days') workingDays = rule.response.amount;
      nl.push(
        `De aanbieder reageert binnen ${periodNl(rule.response)} na ontvangst: uiterlijk ${dateNl(responseDue)}.`,
      );
      en.push(
        `The provider responds within ${periodEn(rule.response)} of receipt: by ${dateEn(responseDue)}.`,
      );
    }
  }
  if (rule.lapse) {
    const value = q[EVENT_FIELD[rule.lapse.from]];
    if (typeof value === 'string') {
      const lapses = addPeriod(parseIsoDate(value), rule.lapse.period, terms.calendar);
      dates.claimLapses = lapses;
      nl.push(`Een vordering vervalt zonder rechtsvordering op ${dateNl(lapses)}.`);
      en.push(`A claim lapses without court proceedings on ${dateEn(lapses)}.`);
    }
  }
  return decide(terms, q.type, {
    outcome: inTime ? 'allowed' : 'not_allowed',
    dates,
    workingDays,
    clauses: rule.clauses,
    rules: [rule],
    readings,
    nl,
    en,
    ...(deadline === undefined ? {} : { conclusions: { inTime } }),
    counts: rule.response ? { [countName('response', rule.response.unit)]: rule.response.amount } : {},
    missingInputs: missing,
  });
}
