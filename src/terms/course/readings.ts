import type { Reading } from '../readings.ts';

/**
 * The readings of the course questions added in issue 11 (whose illness, admission at the door,
 * results, what a price includes, the form of a notice). src/terms/readings.ts lists them after
 * the older course readings.
 */
export const COURSE_READINGS_MORE: readonly Reading[] = [
  {
    id: 'whose-illness',
    clauses: ['plusport-cursusvoorwaarden#15.5', 'plusport-cursusvoorwaarden#15.6'],
    text: '"overlijden (persoonlijk of eerste graad), ziekenhuisopname (persoonlijk of eerste graad) of ziekmelding (persoonlijk)"',
    question: 'Whose death, admission or illness frees a marked tier?',
    reading:
      "Death and hospital admission of the learner or of a first-degree relative; a sick report only of the learner. A question names whose it is (`concerns`: learner, the default, or family_member); a relative's sick report leaves the normal fee. The same holds for a reschedule under the cancellation table (14.6).",
    alternative: 'Every reason counts for a relative too, the sick report included.',
    whyNotChosen:
      'The text marks each reason: "(persoonlijk of eerste graad)" twice, "(persoonlijk)" once; the difference is deliberate.',
    setting: 'course.cancellation.exception.familyReasons',
    test: 'src/terms/ask-only-needed.test.ts "a sick report of a family member does not waive the fee"',
  },
  {
    id: 'refusal-fee',
    clauses: [
      'plusport-cursusvoorwaarden#8.2',
      'plusport-cursusvoorwaarden#8.3',
      'plusport-cursusvoorwaarden#10.2',
    ],
    text: '"heeft de docent ... het recht Cursist de toegang ... te weigeren. De kosten worden volledig doorbelast. Cursist krijgt geen restitutie."',
    question: 'When may the learner be refused at the door, and what does a refusal cost?',
    reading:
      'The trainer may refuse without a valid original ID of the listed kinds, for an exam when the registered details do not match, and once the session has started (arrival after the start hour, not after the 15 minutes of 9.1: 9.1 names no consequence). A refusal costs the full price of the session, without refund. The answer is `not_allowed` (may be refused) with `amounts.feeIfRefused`.',
    alternative: 'Arriving less than 15 minutes early (9.1) already lets the trainer refuse.',
    whyNotChosen:
      '9.1 states a duty without a consequence; only 10.1 gives the right to refuse, and it starts "nadat ... is gestart".',
    setting: 'course.admission (arriveMinutesBefore, lateArrival, identification)',
    test: 'src/terms/course/door.test.ts "walking the arrival minute by minute"',
  },
  {
    id: 'result-indicative',
    clauses: ['plusport-cursusvoorwaarden#13.4'],
    text: '"Over het algemeen ontvangt Cursist binnen 2 werkdagen ... de uitslag per e-mail."',
    question: 'Is the 2 working days for a result a binding term?',
    reading:
      'No: "over het algemeen" (as a rule) makes it an indication. The answer gives the expected day (two working days after the session, the session day not counted) and `conclusions.binding: false`.',
    alternative: 'A binding term: a later result is a breach the customer can invoke.',
    whyNotChosen:
      'The words "over het algemeen" qualify the term; 13.5 says "binnen 2 werkdagen" without it, so the text distinguishes the two.',
    setting: 'course.results.parts.<part>.binding',
    test: 'src/terms/course/door.test.ts "day by day over a week"',
  },
  {
    id: 'price-item-silent',
    clauses: [
      'plusport-cursusvoorwaarden#5.1',
      'sparse-algemene-voorwaarden#60.5',
      'ingenium-leveringsvoorwaarden#3.3',
      'vapro-leverings-en-betalingsvoorwaarden#2.3',
    ],
    text: '"Alle prijzen zijn exclusief btw"; "Examen/toets is niet inbegrepen"; "tenzij anders aangegeven"',
    question:
      'What does the price include where the terms do not list an item (lunch, materials at PlusPort)?',
    reading:
      'Only what the terms list is answered; an item they do not list is `not_covered`: the quote or price list decides. "Tenzij anders aangegeven" is reported as `unlessStatedOtherwise`.',
    alternative: 'An item not excluded is included in the price.',
    whyNotChosen:
      'None of the texts says the list is complete; reading silence as inclusion would promise what the provider never wrote.',
    setting: 'course.priceIncludes.items',
    test: 'src/terms/course/door.test.ts "each provider, as its terms list it"',
  },
  {
    id: 'email-is-written',
    clauses: [
      'ingenium-leveringsvoorwaarden#11.1',
      'vapro-leverings-en-betalingsvoorwaarden#16.1',
      'plusport-cursusvoorwaarden#16.4',
    ],
    text: '"Opzegging kan uitsluitend schriftelijk plaats vinden"; "Bij schriftelijke annulering"',
    question: 'Does an e-mail count as "schriftelijk" (in writing)?',
    reading:
      'Yes: an e-mail, a letter, a registered letter and a message in the portal are writing (as art. 6:227a BW treats an electronic message); a phone call or a word in person is not. A registered letter is only met by a registered letter, "per e-mail" only by an e-mail.',
    alternative: 'Only a signed paper letter is "schriftelijk".',
    whyNotChosen:
      'Ingenium 25.2 itself says "alleen schriftelijk ..., per e-mail", and PlusPort 16.8 calls an e-mailed complaint "de schriftelijke klacht": the texts treat e-mail as writing.',
    setting: 'course.notices.rules[].form; not a switch',
    test: 'src/terms/course/door.test.ts "Ingenium: cancelling by phone does not count"',
  },
  {
    id: 'stipulated-form',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#17.1', 'plusport-cursusvoorwaarden#14.2'],
    text: '"Reclamaties dienen bij aangetekend schrijven ... te worden overgebracht"',
    question: 'What follows from the wrong form where the text names no consequence?',
    reading:
      'The form is a condition of the notice (art. 3:39 BW with 3:37): the answer is `not_allowed` with `formMet: false` and says the notice is not sure to count.',
    alternative:
      'The form only serves as proof: a notice in another form counts if its receipt can be shown.',
    whyNotChosen:
      'The texts say "dienen" (must) without "bij voorkeur"; treating the form as proof only would make the stipulation meaningless. A provider that means proof only sets wrongForm to discouraged.',
    setting: 'course.notices.rules[].wrongForm',
    test: 'src/terms/course/door.test.ts "Ingenium: cancelling by phone does not count"',
  },
];

/**
 * The alternative of each older course reading where the text allows one, and why it was not
 * chosen (docs/terms-readings.md prints them under the reading). Where the alternative is a
 * provider setting, the reading's `setting` names it.
 */
export const COURSE_ALTERNATIVES: Readonly<Record<string, { alternative: string; whyNotChosen: string }>> = {
  'request-day-counted': {
    alternative: 'The request day is not counted: only the full working days between request and start.',
    whyNotChosen:
      '"Tot en met 11 werkdagen voor" reads most naturally as the day that lies 11 working days before; the other count is a provider setting (readings.requestDayCounted: false).',
  },
  'after-office-hours': {
    alternative: 'A request counts on the day it arrives, whatever the hour.',
    whyNotChosen:
      'PlusPort names an answering service "buiten kantooruren", so the hour matters; providers that do not want the cut-off set readings.officeHoursCutOff: false.',
  },
  'weeks-as-days': {
    alternative: '"2 weken voor" means the same weekday two weeks earlier, or 10 working days.',
    whyNotChosen:
      'A week is 7 calendar days in Dutch law (art. 1 Algemene termijnenwet counts calendar days); the working-day count is not in the text.',
  },
  'start-hour': {
    alternative:
      '"Voor aanvang" means before the start day: a cancellation on the start day itself is too late, and a payment is due by the end of the day before.',
    whyNotChosen:
      'A course starts at an hour (6.4: "De datum van de Cursus en bijbehorende aanvangstijd"), and the text uses the same words for cancellation (15.2, 15.6) and payment (5.3), so both get one reading. A provider that wants payment by the day before sets finance.payment.prepayment[].lastDay to day_before_start (src/terms/finance/readings-settings.test.ts "start-hour").',
  },
  'zero-working-days': {
    alternative: 'A request on the start day before the start hour counts as 1 working day before.',
    whyNotChosen:
      'The start day is not counted in any table ("op de dag van uitvoering" is its own row in 14.5).',
  },
  'elearning-window': {
    alternative: 'The purchase day counts as the first of the 10 working days.',
    whyNotChosen:
      '"Binnen 10 werkdagen na aankoop" counts after the purchase, as art. 1 Algemene termijnenwet does; readings.purchaseDayCounted switches it.',
  },
  'proof-deadline': {
    alternative: 'The 7 days for proof run from the start of the course, or move to the next working day.',
    whyNotChosen:
      '15.6 ties the proof to the cancellation; moving to a working day is readings.proofDeadlineMovesToWorkingDay.',
  },
  'reschedule-new-date': {
    alternative: 'The 3 months run from the date the session was last moved to.',
    whyNotChosen:
      'The text says "de initiële cursusdatum"; the question carries originalDate for an enrollment moved before.',
  },
  'reschedule-classroom': {
    alternative: 'Only the fee of the cancellation table applies, without its medical exception.',
    whyNotChosen:
      '14.6 applies "de annuleringsregeling" as a whole, and the exception is part of it (15.5 *, 15.6).',
  },
};
