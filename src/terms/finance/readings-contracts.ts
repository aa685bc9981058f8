import type { Reading } from '../readings.ts';

/**
 * The readings of contract duration and notice, price and terms changes and termination after force
 * majeure (docs/terms-readings.md, "Finance and contracts").
 */
const T = 'src/terms/finance/';
const SETTINGS_TEST = `${T}readings-settings.test.ts`;

export const CONTRACT_READINGS: readonly Reading[] = [
  {
    id: 'notice-before-end',
    clauses: [
      'plusport-algemene-leveringsvoorwaarden#13.2',
      'sparse-algemene-voorwaarden#4.2',
      'ingenium-leveringsvoorwaarden#11.1',
      'vapro-leverings-en-betalingsvoorwaarden#20.3',
    ],
    text: '"met inachtneming van een opzegtermijn van zes (6) maanden"; "uiterlijk drie maanden voor de einddatum"; "minimaal een maand voor het einde van de termijn"',
    question: 'By which day must a notice be received to end a fixed term?',
    reading:
      'By the day before the last n months of the term begin: the notice period runs from the day after receipt to the last day of the term (term ending 31 December, 6 months: received by 30 June). Later notice ends the agreement at the end of the renewed term.',
    alternative:
      'A notice sent (not received) by that day is in time, or one received on the first day of the last n months (1 July).',
    whyNotChosen:
      'A notice takes effect when it reaches the other party (art. 3:37 lid 3 BW), and a full notice period of n months after the day of receipt ends on 31 December only when received by 30 June.',
    setting: 'finance.contract.rules[].noticeBeforeEnd',
    test: `${T}contract-notice.test.ts "notice-before-end"`,
  },
  {
    id: 'renewal-period',
    clauses: [
      'ingenium-leveringsvoorwaarden#5.2',
      'sparse-algemene-voorwaarden#4.2',
      'plusport-algemene-leveringsvoorwaarden#13.1',
    ],
    text: 'Ingenium 5.2 "vindt stilzwijgende verlenging plaats" (no period); Sparse 4.2 "met maximaal één jaar"',
    question: 'For how long is a fixed term renewed?',
    reading:
      'Ingenium: by the initial term again. Sparse: by the initial term, at most 12 months. PlusPort: by the initial term (13.1). VAPRO: one year (20.3).',
    alternative:
      'Ingenium: renewed for one year, or for an indefinite time (then ended with the notice of 11.1). Sparse: always by one year.',
    whyNotChosen:
      'Ingenium 5.2 renews "deze schriftelijk overeengekomen periode" without another length, so the same period again is the nearest reading; Sparse says "maximaal" one year, which a shorter initial term stays under.',
    setting: 'finance.contract.rules[].renewal',
    test: `${SETTINGS_TEST} "renewal-period"`,
  },
  {
    id: 'ingenium-indefinite-notice',
    clauses: ['ingenium-leveringsvoorwaarden#5.1', 'ingenium-leveringsvoorwaarden#11.1'],
    text: '5.1 "De overeenkomst wordt aangegaan voor onbepaalde tijd"; 11.1 "minimaal een maand voor het einde van de termijn ... zoals genoemd in artikel 2"',
    question: 'How does an Ingenium agreement for an indefinite time end?',
    reading:
      'With one month notice from the day of receipt (11.1: the date of receipt is the notice date), ending the same date a month later. The reference to "artikel 2" names no term; lint reports it.',
    alternative: 'At the end of a calendar month, one full month after the notice.',
    whyNotChosen:
      '11.1 counts "een maand" without "kalendermaand" (contrast Sparse 55.1); a month is then the same date a month later.',
    setting: 'finance.contract.rules[agreement].indefiniteNotice',
    test: `${T}contract-notice.test.ts "ingenium-indefinite-notice"`,
  },
  {
    id: 'reasonable-notice',
    clauses: ['sparse-algemene-voorwaarden#15.3'],
    text: '"kunnen schriftelijk worden opgezegd met redelijke termijn"',
    question: 'What notice ends a Sparse agreement for an indefinite time?',
    reading: 'The terms set no number: the decision says so and gives no end date.',
    alternative: 'A fixed number: the three months of 4.2, or one month.',
    whyNotChosen:
      "What is reasonable depends on the agreement (its length, the investment made); any number would be the engine's, not the text's. A provider that sets one fills indefiniteNotice.",
    setting: 'finance.contract.rules[].indefiniteNotice = null',
    test: `${T}contract-notice.test.ts "renewal-period"`,
  },
  {
    id: 'calendar-month-notice',
    clauses: ['sparse-algemene-voorwaarden#55.1'],
    text: '"opzegtermijn van één kalendermaand"',
    question: 'When does a notice of one calendar month end the secondment?',
    reading:
      'At the end of the calendar month after the month of receipt (notice on 15 January: ends 28 February).',
    alternative: 'One month from the day of receipt (notice on 15 January: ends 15 February).',
    whyNotChosen:
      '"Kalendermaand" names a whole month of the calendar; a month from any day would be "een maand", as Ingenium 11.1 writes.',
    setting: "period unit ('calendar_months'; 'months')",
    test: `${SETTINGS_TEST} "calendar-month-notice"`,
  },
  {
    id: 'consumer-tacit-renewal',
    clauses: [
      'vapro-leverings-en-betalingsvoorwaarden#20.3',
      'plusport-algemene-leveringsvoorwaarden#13.1',
      'sparse-algemene-voorwaarden#4.2',
    ],
    text: 'tacit renewal clauses, for a customer who is a consumer',
    question: 'May a consumer end a tacitly renewed agreement?',
    reading:
      "Yes, at any time with one month notice (art. 6:236 sub j BW); the terms' notice before the end applies to the first term only.",
    alternative: 'The clause as written: only by notice before the end of each renewed term.',
    whyNotChosen:
      'Art. 6:236 sub j BW makes such a clause unreasonably onerous against a consumer; it cannot bind one.',
    setting: 'law, not a setting (question customerKind)',
    test: `${T}contract-notice.test.ts "consumer-tacit-renewal"`,
  },
  {
    id: 'cost-factor-price-change',
    clauses: [
      'plusport-cursusvoorwaarden#5.2',
      'ingenium-leveringsvoorwaarden#14.5',
      'vapro-leverings-en-betalingsvoorwaarden#22.2',
    ],
    text: '"Bij wijziging van een of meer van deze factoren is PlusPort bv gerechtigd haar prijzen aan te passen"; "binnen redelijke grenzen ... zonder dit vooraf te melden"',
    question: 'Does a price change on cost factors need notice?',
    reading:
      'No notice period; the change is allowed when the provider can show the change in cost factors (the decision says so as a condition).',
    alternative: 'A reasonable notice before the new price applies.',
    whyNotChosen:
      'VAPRO says "zonder dit vooraf te melden", and PlusPort 5.2 and Ingenium 14.5 tie the right to the change in costs, not to a notice; the customer\'s protection is the right to dissolve (readings price-increase-within-three-months, consumer-price-increase).',
    setting: "finance.priceChange.rules[] kind ('cost_factors'; 'with_notice' with a period)",
    test: `${T}price-change.test.ts "Sparse 3.5"`,
  },
  {
    id: 'price-increase-within-three-months',
    clauses: ['plusport-cursusvoorwaarden#5.2'],
    text: '"als de prijsaanpassing binnen drie maanden na het tot stand komen van de overeenkomst 10% of meer bedraagt"',
    question: 'Which date must fall within three months, and is 10 % included?',
    reading:
      'The date the new price takes effect, up to and including the same date three months after the agreement; an increase of exactly 10 % counts.',
    alternative: 'The date the increase is announced must fall within the three months.',
    whyNotChosen:
      'The clause speaks of the "prijsaanpassing", the adjusted price itself; an announcement changes nothing yet. "10% of meer" includes 10 %.',
    setting: 'finance.priceChange.customerMayDissolve[].months, .minIncreaseBp',
    test: `${T}price-change.test.ts "PlusPort courses 5.2"`,
  },
  {
    id: 'consumer-price-increase',
    clauses: [
      'plusport-cursusvoorwaarden#5.2',
      'vapro-leverings-en-betalingsvoorwaarden#22.2',
      'ingenium-leveringsvoorwaarden#14.5',
    ],
    text: 'price-change clauses without a right to dissolve, for a customer who is a consumer',
    question: 'May a consumer dissolve on a price increase?',
    reading:
      'Yes, on any increase: within three months of the agreement the clause is void without that right (art. 6:236 sub i BW); later it is presumed unreasonable (6:237 sub c BW), and the engine grants the right. Lint names the clauses.',
    alternative: 'Only as the clause allows (PlusPort: 10 % or more within three months).',
    whyNotChosen: 'Art. 6:236 sub i and 6:237 sub c BW protect a consumer whatever the clause says.',
    setting: 'law, not a setting (question customerKind)',
    test: `${T}price-change.test.ts "consumer-price-increase"`,
  },
  {
    id: 'dissolve-window-without-notice',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.4', 'vapro-leverings-en-betalingsvoorwaarden#22.2'],
    text: '22.4 "binnen 10 dagen na de mededeling van de prijsverhoging"; 22.2 "zonder dit vooraf te melden"',
    question: 'From when do the 10 days run if VAPRO did not announce the increase?',
    reading: 'From the day the new price takes effect.',
    alternative:
      'From the day the customer learns of the increase (e.g. the invoice), or the right never starts to run.',
    whyNotChosen:
      'The day a customer learns of it is not in the question and not checkable; the effective date is the first day the increase can be known from the price list (22.3). The question may give noticeOn when there was a notice.',
    setting: 'question field noticeOn',
    test: `${T}price-change.test.ts "VAPRO 22.4"`,
  },
  {
    id: 'notice-before-effect',
    clauses: ['plusport-algemene-leveringsvoorwaarden#2.3', 'vapro-leverings-en-betalingsvoorwaarden#1.4'],
    text: '"met inachtneming van een termijn van tenminste 3 maanden voor de inwerkingtreding"; "Tussen deze kennisgeving en de inwerkingtreding ... zal tenminste een maand zitten"',
    question: 'What is the earliest effective date after a notice?',
    reading:
      'The same date n months after the notice (clamped to the month end): notice on 31 January, 3 months: 30 April at the earliest. Notices count from the day sent (PlusPort 14.22).',
    alternative: 'The day after that date, so that three full months lie "tussen" notice and effect.',
    whyNotChosen:
      'From 31 January to 30 April is three months by the reckoning of days-after-event (the notice day not counted); requiring one more day reads "tenminste" twice.',
    setting: 'finance.termsChange.notice',
    test: `${T}deadlines.test.ts "PlusPort LSP 2.3"`,
  },
  {
    id: 'no-terms-change-clause',
    clauses: ['sparse-algemene-voorwaarden#1.2', 'plusport-cursusvoorwaarden#2.2'],
    text: 'Sparse and the PlusPort course terms have no clause on changing the terms',
    question: 'May the provider change these terms during an agreement?',
    reading:
      "No (not_allowed): new terms apply to new agreements or with the customer's consent; PlusPort course terms are accepted per enrollment (2.2).",
    alternative: "Yes, with reasonable notice, as the other providers' terms allow.",
    whyNotChosen:
      'An agreement binds both parties as made (art. 6:248 BW); without a clause that reserves the right, a one-sided change needs consent. Sparse 1.2 even requires changes to be agreed in writing.',
    setting: 'finance.termsChange = null',
    test: `${T}deadlines.test.ts "no-terms-change-clause"`,
  },
  {
    id: 'terms-version-at-agreement',
    clauses: ['ingenium-leveringsvoorwaarden#24.3'],
    text: '"Van toepassing is steeds de laatst gedeponeerde versie c.q. de versie zoals die gold ten tijde van het tot stand komen van de onderhavige opdracht"',
    question: 'Do newly deposited terms apply to running agreements?',
    reading:
      'No: the version in force when the agreement was made applies; a new version applies to agreements made on or after its effective date.',
    alternative: 'The last deposited version applies, also to agreements already running.',
    whyNotChosen:
      '"C.q." joins the two as one rule: the last version deposited when the assignment was made. Applying later versions to a running agreement would be a one-sided change without the notice of other providers; the clause would need to say so.',
    setting: "finance.termsChange kind 'new_agreements_only'",
    test: `${T}deadlines.test.ts "terms-version-at-agreement"`,
  },
  {
    id: 'longer-than-threshold',
    clauses: [
      'plusport-algemene-leveringsvoorwaarden#11.2',
      'sparse-algemene-voorwaarden#17.2',
      'ingenium-leveringsvoorwaarden#20.4',
      'vapro-leverings-en-betalingsvoorwaarden#11.1',
    ],
    text: '"langer dan zestig dagen"; "langer dan 2 maanden"; "langer duurt dan twee maanden"',
    question: 'From which day may a party terminate?',
    reading:
      "From the day after the threshold's last day, the first day of force majeure not counted: started 1 March, 60 days: from 1 May; started 31 January, two months: from 1 April.",
    alternative: 'On the threshold day itself (the 60th day), or counting the first day of force majeure.',
    whyNotChosen:
      '"Langer dan" is more than the period, so the period must have passed in full; the first day is not counted as in every term after an event (days-after-event).',
    setting: 'finance.forceMajeure.threshold',
    test: `${T}deadlines.test.ts "Ingenium 20.4 and VAPRO 11.1"`,
  },
  {
    id: 'plusport-courses-force-majeure',
    clauses: ['plusport-cursusvoorwaarden#7.1'],
    text: '"heeft zij het recht de overeenkomst geheel of gedeeltelijk te beëindigen" (the exam supplier)',
    question: 'Who may end a course agreement on force majeure, and when?',
    reading:
      'Only the provider side, at once (no threshold); the customer has the statutory right to dissolve only (art. 6:265 BW). Refunds follow 7.3 (reading force-majeure-refund).',
    alternative: 'Both parties, after force majeure has lasted some time, as the general terms (11.2) allow.',
    whyNotChosen:
      '7.1 gives the right to "zij" (the exam supplier) alone and names no period; article 11 of the general terms is not among those the course terms bring in (plusport-courses-incorporation).',
    setting: "finance.forceMajeure.parties 'provider', threshold null",
    test: `${T}deadlines.test.ts "PlusPort courses 7.1"`,
  },
];
