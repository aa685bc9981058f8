import { COURSE_ALTERNATIVES, COURSE_READINGS_MORE } from './course/readings.ts';
import { FINANCE_READINGS } from './finance/readings.ts';
import { MORE_COURSE_ALTERNATIVES } from './readings-alternatives.ts';

/**
 * The readings: where the terms texts leave a question open, the one answer the engine applies,
 * written down beside the rules that use it (each id appears in the code that applies it and in the
 * `readings` of every decision that relied on it), made a provider setting where providers would
 * differ, and pinned by a test. docs/terms-readings.md is generated from this list
 * (`node scripts/terms-readings.ts`), and a test keeps the two equal.
 */
export interface Reading {
  id: string;
  /** The clauses whose text is open, as 'document#article'. */
  clauses: string[];
  /** The words of the text at issue. */
  text: string;
  question: string;
  reading: string;
  /** The other reading the text allows, where it allows one. */
  alternative?: string;
  /** Why the engine did not choose the alternative. */
  whyNotChosen?: string;
  /** Where a provider sets it: a readings setting, a section field, or the calendar. */
  setting: string;
  /** The test that pins it. */
  test: string;
}

/** The readings of the course rules (src/terms/course). */
export const COURSE_READINGS: readonly Reading[] = [
  {
    id: 'request-day-counted',
    clauses: [
      'plusport-cursusvoorwaarden#15.5',
      'plusport-cursusvoorwaarden#14.4',
      'vapro-leverings-en-betalingsvoorwaarden#16.2',
    ],
    text: '"Tot en met 11 werkdagen voor de Klassikale Training"; "uiterlijk 15 werkdagen voor aanvang"',
    question: 'When is a request "n working days before" the start: is the request day counted?',
    reading:
      'n is the number of working days from the day the request counts as received up to the start day, the request day counted when it is a working day and the start day not. A request on Monday 1 June for a session on Monday 15 June is 10 working days before (1-5 and 8-12 June): it is received on the day that lies 10 working days before the start.',
    setting: 'readings.requestDayCounted (true for all built-in providers)',
    test: 'src/terms/course/cancellation.test.ts "request-day-counted"',
  },
  {
    id: 'non-working-request-day',
    clauses: ['plusport-cursusvoorwaarden#15.2', 'vapro-leverings-en-betalingsvoorwaarden#16.2'],
    text: '"Een annulering dient voor aanvang ... te zijn ontvangen"',
    question:
      'A request received on a Saturday, Sunday, public holiday or closing day: which working day is it?',
    reading:
      'It counts as received on the next working day. The count is the same as for a request on that next working day: a request on Saturday 6 June for a session on Monday 15 June is 5 working days before.',
    setting: 'calendar (which days are working days); not a separate switch',
    test: 'src/terms/course/cancellation.test.ts "non-working-request-day"',
  },
  {
    id: 'after-office-hours',
    clauses: [
      'plusport-cursusvoorwaarden#15.2',
      'ingenium-leveringsvoorwaarden#25.2',
      'vapro-leverings-en-betalingsvoorwaarden#16.2',
    ],
    text: 'PlusPort: "bij PlusPort of haar antwoordservice (buiten kantooruren) te zijn ontvangen"; Ingenium and VAPRO say nothing about the hour',
    question: 'Does a request received after office hours count on the day it arrives?',
    reading:
      'PlusPort: yes, its answering service receives cancellations outside office hours, so the local date of receipt counts, whatever the hour. Ingenium, VAPRO and Sparse: a request at or after the end of office hours (17:00 local) counts as received on the next working day; for a count in calendar days, on the next day.',
    setting: 'readings.officeHoursCutOff with calendar.officeHoursEnd',
    test: 'src/terms/course/cancellation.test.ts "after-office-hours"',
  },
  {
    id: 'weeks-as-days',
    clauses: ['ingenium-leveringsvoorwaarden#25.2'],
    text: '"Tot 2 weken voor aanvang van de cursus kun je kosteloos annuleren"; "uiterlijk 14 dagen voor de cursus- of examendag"; "vier weken"',
    question:
      'What do "2 weeks" and "14 days" before the start mean, and is the day exactly 14 days before still free?',
    reading:
      'Calendar days: 2 weeks = 14 days, 4 weeks = 28 days, counted from the date the request counts as received to the start date. A request received on the date 14 days before the start date (e.g. 1 June for 15 June) is still "tot 2 weken voor aanvang" and free; 13 days before costs the full amount. Rescheduling "uiterlijk 14 dagen voor" uses the same bound.',
    setting: 'course.cancellation tiers (measure calendar_days_before_start, from 14)',
    test: 'src/terms/course/cancellation.test.ts "weeks-as-days"',
  },
  {
    id: 'start-hour',
    clauses: [
      'plusport-cursusvoorwaarden#15.2',
      'plusport-cursusvoorwaarden#15.6',
      'plusport-cursusvoorwaarden#5.3',
      'ingenium-leveringsvoorwaarden#25.2',
      'sparse-algemene-voorwaarden#61.1',
      'vapro-leverings-en-betalingsvoorwaarden#22.6',
    ],
    text: '"Een annulering dient voor aanvang van de Cursus ... te zijn ontvangen"; "Facturen dienen voor aanvang van de Cursus te zijn voldaan"; Ingenium: "na aanvang van de cursus ... geen recht op enige terugbetaling"; Sparse: "Betaling geschiedt voorafgaand aan opleiding"; VAPRO: "voorafgaand aan de levering van de leermiddelen dienen te betalen"',
    question:
      'What does "voor aanvang" (before the start) mean, for a cancellation and for a payment alike: on the start day, and at the start hour itself?',
    reading:
      'One reading for every use of the words: before the start moment of the session (its date and time in the confirmation, PlusPort 6.4). A cancellation on the start day before that time is 0 working days before and falls in the last tier; at or after the start instant it is no longer a cancellation: the outcome is not_allowed and the full price stays due. A payment "before the start" (PlusPort 5.3, and Sparse 61.1 and VAPRO 22.6, whose "voorafgaand aan" says the same of the training and the delivery) must be in before that moment: the answer gives the moment (`moments.dueBefore`, with the offset of the provider\'s zone) and its date (`dates.dueDate`, the start date); given only the start date, the answer names the missing `start`.',
    setting:
      "course.cancellation.afterStart, course.reschedule.afterStart; finance.payment.prepayment[].lastDay ('before_start'; 'day_before_start' is the alternative)",
    test: 'src/terms/course/cancellation.test.ts "start-hour"',
  },
  {
    id: 'zero-working-days',
    clauses: ['plusport-cursusvoorwaarden#14.5'],
    text: '"Van 10 werkdagen tot en met 1 werkdagen voor uitvoering: EUR 55,00; Op de dag van uitvoering: 100%"',
    question:
      'A request on the weekend (or holiday) just before a Monday session is neither "1 working day before" nor "on the day": which row applies?',
    reading:
      'The row of 0 working days: "op de dag van uitvoering". The request counts as received on the next working day, which is the start day itself (non-working-request-day). Lint reports this gap in the text of 14.5.',
    setting: 'course.reschedule tiers (the tier from 0 to 0)',
    test: 'src/terms/course/reschedule.test.ts "zero-working-days"',
  },
  {
    id: 'elearning-window',
    clauses: ['plusport-cursusvoorwaarden#15.5'],
    text: '"E-learning binnen 10 werkdagen na aankoop retour: Geen kosten / 100%"; "E-learning 10 werkdagen of meer na aankoop retour: 100% / 100%"',
    question:
      'From when do the 10 working days after purchase run, and which row applies on the 10th working day (both rows name 10)?',
    reading:
      'The first working day after the purchase day is day 1 (the purchase day is not counted, as with any term "na" an event). A return received on or before the 10th working day after the purchase is "binnen 10 werkdagen": free when the e-learning was not started, 100 % when it was; from the 11th working day on it is 100 %. A purchase on Friday 22 May 2026 has its 10th working day on Monday 8 June (Whit Monday 25 May is not a working day).',
    setting: 'readings.purchaseDayCounted (false) and the e-learning tiers (0-10, 11 and more)',
    test: 'src/terms/course/cancellation.test.ts "elearning-window"',
  },
  {
    id: 'proof-deadline',
    clauses: ['plusport-cursusvoorwaarden#15.6'],
    text: '"dient het overlijdensbericht ... binnen 7 dagen na de annulering ontvangen te zijn"',
    question: 'Are the 7 days calendar days, from which day, and does a deadline on a weekend move?',
    reading:
      'Calendar days after the local date the cancellation was received: cancelled on 1 June, the proof must arrive on or before 8 June. A deadline on a weekend or holiday does not move: it is a contractual term, and the Algemene termijnenwet extends statutory terms only.',
    setting:
      'course.cancellation.exception.proofCalendarDays; readings.proofDeadlineMovesToWorkingDay (false)',
    test: 'src/terms/course/cancellation.test.ts "proof-deadline"',
  },
  {
    id: 'exception-tiers',
    clauses: ['plusport-cursusvoorwaarden#15.5', 'plusport-cursusvoorwaarden#15.6'],
    text: '"* Geen kosten voor het Examen in geval van annulering i.v.m. overlijden (persoonlijk of eerste graad), ziekenhuisopname (persoonlijk of eerste graad) of ziekmelding (persoonlijk)"',
    question:
      'Which fees does the death / hospital / sick-report exception waive, and what holds while the proof is awaited?',
    reading:
      'Only the rows marked * in the 15.5 tables: the exam at 5 working days or fewer, and the practical session, workshop and classroom training at 50 % and 100 %. Not the e-learning, the textbook, a previously rescheduled session or a late arrival (15.6 lists the Online Training among what cannot be cancelled free without proof, but no e-learning row carries the *). Until the proof arrives the decision is pending_proof: the fee is due unless the proof arrives by the deadline.',
    setting: 'course.cancellation tiers: exceptionApplies; course.cancellation.exception.reasons',
    test: 'src/terms/course/cancellation.test.ts "exception-tiers"',
  },
  {
    id: 'previously-rescheduled',
    clauses: ['plusport-cursusvoorwaarden#15.5'],
    text: '"Eerder door cursist verschoven Praktijksessie of Workshop: 100%"',
    question: 'Does "previously rescheduled" cost 100 % at any moment, and does it apply to exams?',
    reading:
      'At any moment before the start, for the practical session, workshop and classroom training whose tables have the row. The exam tables have no such row, so a previously rescheduled exam follows its normal table.',
    setting: 'course.cancellation.parts.<part>.previouslyRescheduled',
    test: 'src/terms/course/cancellation.test.ts "previously-rescheduled"',
  },
  {
    id: 'package-parts',
    clauses: ['plusport-cursusvoorwaarden#15.5'],
    text: 'The package tables list the e-learning and the exam or practical session as separate rows with their own fee',
    question: 'What is the fee of cancelling a course package?',
    reading:
      'The sum of the fees of its parts, each a share of the price of that part (the README reconstruction of the tables). Each part is its own line in the decision.',
    setting: 'the question lists the parts with their prices',
    test: 'src/terms/course/cancellation.test.ts "package-parts"',
  },
  {
    id: 'textbook',
    clauses: ['plusport-cursusvoorwaarden#15.5'],
    text: 'Classroom table: "Lesboek (indien van tevoren toegezonden): 100%; Geen kosten indien PlusPort het lesboek ongebruikt en onbeschadigd retour ontvangt"; textbook-and-exam table: "Geen kosten"',
    question: 'What does a textbook sent in advance cost when the course is cancelled?',
    reading:
      'With a classroom training: 100 % of the book, nothing once PlusPort has received it back unused and undamaged. In the textbook-and-exam package: nothing either way (that table says "Geen kosten" in both rows).',
    setting: 'course.cancellation.textbook',
    test: 'src/terms/course/cancellation.test.ts "textbook"',
  },
  {
    id: 'confirmation-overrides',
    clauses: ['plusport-cursusvoorwaarden#15.5', 'plusport-cursusvoorwaarden#15.4'],
    text: '"De volgende annuleringsregelingen zijn geldig tenzij uitdrukkelijk anders vermeld in de informatie die Opdrachtgever en/of Cursist bij bevestiging van de Inschrijving ontvangt"',
    question: 'What if an enrollment confirmation states other cancellation terms?',
    reading:
      'Those terms apply to that enrollment. They are entered as a copy of the provider terms with the other tables (a terms version of its own, validated and linted like any other) and the enrollment is evaluated against that copy; the built-in tables apply to every enrollment whose confirmation says nothing else.',
    setting: 'a provider copy (parseTermsVersion) used for the enrollments it covers',
    test: 'src/terms/course/readings-settings.test.ts "confirmation-overrides"',
  },
  {
    id: 'fee-rounding',
    clauses: ['plusport-cursusvoorwaarden#15.5', 'vapro-leverings-en-betalingsvoorwaarden#16.1'],
    text: '"50%", "10% van het totale offertebedrag"',
    question: 'How is a percentage of a price in cents rounded?',
    reading: 'Half up to the whole cent (DESIGN conventions): 50 % of EUR 0.05 is EUR 0.03.',
    setting: 'none (one rule for all money)',
    test: 'src/terms/course/cancellation.test.ts "fee-rounding"',
  },
  {
    id: 'vapro-costs-on-top',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#16.1', 'vapro-leverings-en-betalingsvoorwaarden#16.2'],
    text: '"te allen tijde de reeds gemaakte kosten ... vermeerderd met 10% van het totale offertebedrag aan administratiekosten"; "Bovenop de onder Artikel 16.1 vermelde kosten ..."',
    question: 'Are the 50 % and 100 % of 16.2 charged on top of the 16.1 costs, or do they include them?',
    reading:
      'On top: 16.2 opens with "Bovenop de onder Artikel 16.1 vermelde kosten" and lists what comes on top at each moment (nothing, 50 %, 100 %). The 16.1 costs (hours spent and materials bought, entered by staff, plus 10 % of the total quote) are charged at every moment, 15 working days or more before the start included.',
    setting:
      "course.cancellation.incurredCosts.combine ('add'; 'greater_of' for a provider that reads 50 % / 100 % as all-in)",
    test: 'src/terms/course/cancellation.test.ts "vapro-costs-on-top"',
  },
  {
    id: 'vapro-tiers',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#16.2'],
    text: '"uiterlijk 15 werkdagen voor aanvang ... geen verdere vergoeding"; "uiterlijk zeven werkdagen voor aanvang ... 50%"; "binnen zeven werkdagen voor aanvang ... de volledige overeengekomen vergoeding"',
    question: 'Which working-day counts fall in which row?',
    reading:
      '15 or more working days before: nothing on top; 7 to 14: 50 %; 0 to 6 ("binnen zeven werkdagen"): 100 %.',
    setting: 'course.cancellation tiers',
    test: 'src/terms/course/cancellation.test.ts "vapro-tiers"',
  },
  {
    id: 'vapro-belgium',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#16.2', 'vapro-leverings-en-betalingsvoorwaarden#15.2'],
    text: 'The terms are those "van VAPRO Belgie BVBA en VAPRO B.V." and count "werkdagen" without naming a country',
    question: 'Whose holidays make a working day for VAPRO?',
    reading:
      'Those of the entity that contracts: VAPRO B.V. (The Hague) counts Dutch public holidays in Europe/Amsterdam; VAPRO Belgie counts the Belgian statutory holidays (21 July, 15 August, 1 and 11 November ...) in Europe/Brussels. The built-in provider vapro is VAPRO B.V.; a Belgian copy sets calendar.country BE.',
    setting: 'calendar.country and calendar.timeZone',
    test: 'src/terms/course/cancellation.test.ts "vapro-belgium"',
  },
  {
    id: 'optional-holidays',
    clauses: [
      'plusport-cursusvoorwaarden#15.5',
      'ingenium-leveringsvoorwaarden#25.2',
      'vapro-leverings-en-betalingsvoorwaarden#16.2',
    ],
    text: '"werkdagen"',
    question: 'Are Good Friday, 5 May and 31 December working days?',
    reading:
      "No contract defines werkdag (nl-be-rules.md). For all built-in providers Good Friday and 31 December are working days and 5 May is a day off in lustrum years only (2025, 2030), as in most Dutch business practice; public holidays (date-holidays type public: New Year, Easter Monday, King's Day, Ascension, Whit Monday, Christmas) are never working days.",
    setting:
      'calendar.goodFridayOff, calendar.liberationDayOff, calendar.newYearsEveOff, calendar.closingDays',
    test: 'src/terms/course/cancellation.test.ts "optional-holidays"',
  },
  {
    id: 'reschedule-new-date',
    clauses: ['plusport-cursusvoorwaarden#14.5'],
    text: '"De nieuwe cursusdatum dient binnen 3 maanden na de initiele cursusdatum te vallen"',
    question: 'What is "within 3 months", and does the rule bind exams (14.4) too?',
    reading:
      'The new date is on or before the initial date plus 3 calendar months (clamped at the month end: 30 November + 3 months = 28 February). Without a new date, or a later one, the session cannot be moved, only cancelled. The rule is written under 14.5, so it binds the practical session and workshop, not the exam of 14.4.',
    setting: 'course.reschedule.parts.<part>.newDateWithinMonths',
    test: 'src/terms/course/reschedule.test.ts "reschedule-new-date"',
  },
  {
    id: 'reschedule-classroom',
    clauses: ['plusport-cursusvoorwaarden#14.6'],
    text: '"Voor het verschuiven van deelname aan een Klassikale Training ATEX, NEN 1010, NEN 3140 of VCA wordt de annuleringsregeling toegepast"',
    question: 'What does moving a classroom training cost?',
    reading:
      "The cancellation fee of the same moment (the classroom table of 15.5), and PlusPort's classroom trainings are the four named; the medical exception of 15.6 applies as it would to the cancellation.",
    setting: "course.reschedule.parts.classroom (mode 'as_cancellation')",
    test: 'src/terms/course/reschedule.test.ts "reschedule-classroom"',
  },
  {
    id: 'reschedule-paid-first',
    clauses: ['plusport-cursusvoorwaarden#14.3'],
    text: '"Om voor verschuiving van deelname in aanmerking te komen, dient het cursusgeld volledig te zijn betaald"',
    question: 'What if the course fee is not yet paid?',
    reading:
      'The reschedule is not allowed until the course fee is paid in full; the decision says so and names 14.3.',
    setting: 'course.reschedule.paidInFull',
    test: 'src/terms/course/reschedule.test.ts "reschedule-paid-first"',
  },
  {
    id: 'terms-silent',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#16.1', 'sparse-algemene-voorwaarden#59.4'],
    text: 'VAPRO and Sparse have no rescheduling clause; Sparse 59.4: "Annulering klant gaat volgens gebruikelijke regels, de betaalverplichting blijft"',
    question: 'How does the engine answer a question the terms do not address?',
    reading:
      'With outcome not_covered and the clause nearest to the question, never with a guessed fee. Sparse cancellation is decided: the payment obligation remains, so the full price is due at any moment (59.4); its "gebruikelijke regels" are not in the document, so a provider that publishes them replaces the tier.',
    setting: 'a section present or absent',
    test: 'src/terms/course/reschedule.test.ts "terms-silent"',
  },
  {
    id: 'in-company',
    clauses: [
      'plusport-cursusvoorwaarden#15.7',
      'plusport-cursusvoorwaarden#14.7',
      'ingenium-leveringsvoorwaarden#25.2',
    ],
    text: 'PlusPort: "Voor besloten groepen ... gelden andere annuleringsvoorwaarden. De van toepassing zijnde voorwaarden staan in de offerte vermeld"; Ingenium: "Voor een incompany cursus geldt een termijn van vier weken"',
    question: 'What applies to in-company groups?',
    reading:
      'PlusPort: the quote decides (not_covered, citing 15.7 / 14.7). Ingenium: free until 28 calendar days before the start, the full amount after (weeks-as-days).',
    setting: 'course.cancellation.groups, course.reschedule.groups',
    test: 'src/terms/course/cancellation.test.ts "in-company"',
  },
  {
    id: 'vca-substitute',
    clauses: ['ingenium-leveringsvoorwaarden#25.2'],
    text: '"Bij een VCA-examen dient de vervangende kandidaat de werkdag voor de examendag te zijn aangemeld"',
    question: 'By when must a VCA substitute be registered?',
    reading:
      'Received on or before the last working day before the exam day (office-hours cut-off applies): for an exam on Monday, by Friday 17:00.',
    setting: 'course.substitution.vcaExamRegisteredWorkingDaysBefore',
    test: 'src/terms/course/substitution.test.ts "vca-substitute"',
  },
  {
    id: 'substitution-consent',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#16.3', 'sparse-algemene-voorwaarden#59.2'],
    text: 'VAPRO: "slechts mogelijk na schriftelijke toestemming van VAPRO"; Sparse: "vervanging deelnemers is mogelijk met toestemming"',
    question: 'Is a substitution allowed before consent is given?',
    reading: 'No: the outcome is needs_approval until the provider consents, then allowed without a fee.',
    setting: "course.substitution.mode ('needs_approval')",
    test: 'src/terms/course/substitution.test.ts "substitution-consent"',
  },
  {
    id: 'provider-notice',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#15.2'],
    text: '"VAPRO zal Opdrachtgever hiervan uiterlijk vijf werkdagen voor aanvang van de cursus schriftelijk in kennis stellen"',
    question: 'What is the last day VAPRO may cancel for too few participants?',
    reading:
      'The day 5 working days before the start day, counted as request-day-counted does (a notice on that day is 5 working days before); later notice breaks 15.2, and the customer gets back what it paid either way unless it accepts the alternative offered.',
    setting: 'course.providerCancellation.noticeWorkingDays',
    test: 'src/terms/course/provider-cancellation.test.ts "provider-notice"',
  },
  {
    id: 'force-majeure-refund',
    clauses: ['plusport-cursusvoorwaarden#7.3'],
    text: '"alleen bij blijvende overmacht naar rato terugbetalen, na aftrek van 20% van de totale factuurwaarde ... Als het reeds betaalde minder dan 20% van de totale factuurwaarde bedraagt, vindt geen teruggave plaats"',
    question: 'What is the refund formula?',
    reading:
      'refund = paid - value already delivered ("naar rato") - 20 % of the total invoice - the exam supplier\'s costs, and never below zero (which also covers "less than 20 % paid"). Only for permanent force majeure; otherwise a new date is sought (7.4) and nothing is refunded.',
    setting: 'course.forceMajeureRefund',
    test: 'src/terms/course/force-majeure.test.ts "force-majeure-refund"',
  },
  {
    id: 'elearning-access-month',
    clauses: ['ingenium-leveringsvoorwaarden#26'],
    text: '"De E-learning staat 1 maand open"',
    question: 'From which day, and until which day?',
    reading:
      'From the day access is given, through the same date one month later, clamped to the month end (opened 31 January: open through 28 February).',
    setting: 'course.elearningAccess.period',
    test: 'src/terms/course/elearning-access.test.ts "elearning-access-month"',
  },
  {
    id: 'elearning-access-after-completion',
    clauses: ['plusport-cursusvoorwaarden#4.4', 'plusport-cursusvoorwaarden#4.5'],
    text: '"De toegang tot de Online Training vervalt na een periode na het behalen van het Online Eindexamen"; "Nadat Cursist de Online Training succesvol heeft afgerond, vervalt de toegang"',
    question: 'How long is "een periode"?',
    reading:
      '4.4 names no length (lint reports the gap); 4.5 says access lapses once the training is completed, so the built-in period is 0 days: access ends on the completion day. Before completion the terms set no end.',
    setting: 'course.elearningAccess.period',
    test: 'src/terms/course/elearning-access.test.ts "elearning-access-after-completion"',
  },
  {
    id: 'certificate-days',
    clauses: ['plusport-cursusvoorwaarden#13.5', 'plusport-cursusvoorwaarden#13.6'],
    text: '"ontvangt Cursist binnen 2 werkdagen na de schriftelijke uitslag ... het persoonlijke certificaat"; "ca. 2 werkdagen na de uitslag -indien geslaagd en de factuur is betaald-"',
    question: 'When is a certificate due, and on what conditions?',
    reading:
      'Released when every condition of 13.2 / 13.3 (and for an exam by an exam institute, 13.6: the invoice paid) is met; expected by the 2nd working day after the result day (the result day not counted). 13.6 "ca." makes the date indicative there.',
    setting: 'course.certificateRelease.parts.<part>',
    test: 'src/terms/course/certificate.test.ts "certificate-days"',
  },
  {
    id: 'group-discount',
    clauses: ['ingenium-leveringsvoorwaarden#3.5'],
    text: '"De staffelkortingen bij cursussen zijn van toepassing als een bedrijf twee of meer cursisten aanmeldt. Cursisten mogen op alternatieve data deelnemen."',
    question: 'Who qualifies, and how much is the discount?',
    reading:
      "A company that enrolls 2 or more participants, also when they attend on different dates. The terms name no rates: the amount comes from the provider's price list (the section's tiers); without them the decision says eligible, with no amount.",
    setting: 'course.groupDiscount.tiers',
    test: 'src/terms/course/group-discount.test.ts "group-discount"',
  },
];

/** Every reading: the course rules', then the finance and contract rules' (src/terms/finance/readings.ts). */
export const READINGS: readonly Reading[] = [
  ...COURSE_READINGS,
  ...COURSE_READINGS_MORE,
  ...FINANCE_READINGS,
];

export const READING_IDS: ReadonlySet<string> = new Set(READINGS.map((reading) => reading.id));

/** docs/terms-readings.md, written from READINGS. */
export function readingsMarkdown(): string {
  const lines = [
    '# Readings of the terms',
    '',
    'Where a terms text leaves a question open, the engine applies one reading, written here and beside',
    'the rule that uses it, cited by id in every decision that relied on it, and pinned by a test. Where',
    'providers would differ, the reading is a setting of their terms version. This file is generated from',
    'src/terms/readings.ts, src/terms/course/readings.ts and src/terms/finance/readings-*.ts by',
    '`node scripts/terms-readings.ts`. Each reading names the alternative the text allows, why the engine',
    'did not choose it, and the setting with which a provider picks it where the text is genuinely open.',
    '',
    '## Courses: cancellation, rescheduling, substitution, access, certificates',
    '',
    'Cancellation and rescheduling tables, substitution, provider cancellation, force-majeure refunds,',
    'e-learning access, certificates and group discounts (src/terms/readings.ts).',
    '',
  ];
  for (const reading of [...COURSE_READINGS, ...COURSE_READINGS_MORE]) lines.push(...readingLines(reading));
  lines.push('## Finance and contracts', '');
  lines.push('Payment terms, interest, collection costs, allocation, disputes, complaints, quotes, contract');
  lines.push(
    'notice, price and terms changes and force majeure (src/terms/finance/readings-*.ts). "Voor aanvang"',
  );
  lines.push('for a payment is the reading start-hour above.', '');
  for (const reading of FINANCE_READINGS) lines.push(...readingLines(reading));
  return lines.join('\n');
}

function readingLines(reading: Reading): string[] {
  reading = { ...MORE_COURSE_ALTERNATIVES[reading.id], ...COURSE_ALTERNATIVES[reading.id], ...reading };
  return [
    `### ${reading.id}`,
    '',
    `- **Clauses:** ${reading.clauses.join(', ')}`,
    `- **Text:** ${reading.text}`,
    `- **Question:** ${reading.question}`,
    `- **Reading:** ${reading.reading}`,
    ...(reading.alternative ? [`- **Alternative:** ${reading.alternative}`] : []),
    ...(reading.whyNotChosen ? [`- **Why not the alternative:** ${reading.whyNotChosen}`] : []),
    `- **Setting:** ${reading.setting}`,
    `- **Pinned by:** ${reading.test}`,
    '',
  ];
}
