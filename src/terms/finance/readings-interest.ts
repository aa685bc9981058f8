import type { Reading } from '../readings.ts';

/**
 * The readings of late-payment interest and collection costs, and of a finance question the terms
 * do not address (docs/terms-readings.md, "Finance and contracts").
 */
const T = 'src/terms/finance/';
const SETTINGS_TEST = `${T}readings-settings.test.ts`;

export const INTEREST_READINGS: readonly Reading[] = [
  {
    id: 'statutory-rate-by-customer',
    clauses: ['plusport-cursusvoorwaarden#5.4'],
    text: '"is Opdrachtgever c.q. Cursist ... over het openstaande bedrag wettelijke rente verschuldigd"',
    question: 'Which statutory rate: the commercial rate or the consumer rate?',
    reading:
      'The commercial rate (art. 6:119a BW) for a business, the consumer rate (art. 6:119 BW) for a consumer: 5.4 says "wettelijke rente" only and a cursist may be a consumer. PlusPort algemene 8.7 and Sparse 3.7 name the commercial rate, which then applies to every customer.',
    alternative: 'The commercial rate for every customer, as in the PlusPort general terms (8.7).',
    whyNotChosen:
      '5.4 does not say "handelsrente", and the commercial rate applies by law only to a commercial agreement (art. 6:119a BW); charging it to a consumer needs words the course terms do not have.',
    setting: "finance.lateInterest.rate.table ('by_customer'; 'commercial')",
    test: `${SETTINGS_TEST} "statutory-rate-by-customer"`,
  },
  {
    id: 'interest-from-due-date',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.8'],
    text: '"Opdrachtgever is direct vanaf de vervaldag rente verschuldigd"',
    question: 'Does interest run from the due date itself or from the day after?',
    reading:
      'From the due date itself once the payment is late, as the text says; with "a part of a month counts as a whole month" this can add a month (due 16 March, paid 16 April: two started months). A payment on the due date is in time and costs nothing.',
    alternative:
      'From the day after the due date ("vervaldag" read as the day the debt is overdue), as art. 6:119a lid 1 BW counts.',
    whyNotChosen:
      '"Direct vanaf de vervaldag" names the day the payment falls due, and "direct" stresses that no grace day follows; only a late payment is charged, so paying on the due date still costs nothing.',
    setting: "finance.lateInterest.start ('due_date' for VAPRO; 'day_after_due_date')",
    test: `${T}late-interest.test.ts "interest-from-due-date"`,
  },
  {
    id: 'interest-from-day-after-due',
    clauses: [
      'plusport-algemene-leveringsvoorwaarden#8.7',
      'plusport-cursusvoorwaarden#5.4',
      'sparse-algemene-voorwaarden#3.7',
      'ingenium-leveringsvoorwaarden#15.2',
    ],
    text: '"Indien Klant de verschuldigde bedragen niet binnen de overeengekomen termijn betaalt"',
    question: 'From which day does interest run where the terms do not say?',
    reading:
      'From the day after the last day for payment up to and including the day the money is credited (art. 6:119a lid 1, 6:114 lid 2 BW).',
    alternative: 'From the due date itself, or only from a reminder.',
    whyNotChosen:
      'The clauses say "niet binnen de termijn", which a payment on the last day is; default without notice follows from a fixed term (art. 6:83 sub a BW), so no reminder is needed.',
    setting: "finance.lateInterest.start ('day_after_due_date'; 'due_date')",
    test: `${T}late-interest.test.ts "PlusPort LSP: statutory commercial interest split"`,
  },
  {
    id: 'monthly-rate-without-counting-rule',
    clauses: ['ingenium-leveringsvoorwaarden#15.2'],
    text: '"een rente verschuldigd van 2,5 % per maand, tenzij de wettelijke rente hoger is"',
    question: 'How is "2.5 % per month" counted over part of a month, and how is "higher" compared?',
    reading:
      'Per day: 2.5 % x 12 = 30 % a year, principal x rate x days / 365, rounded to the cent. "Higher" compares the two amounts over the same period; the statutory amount applies only when strictly higher. Lint reports the clause for having no counting rule.',
    alternative:
      'Every started month counts as a whole month (as VAPRO 22.8 writes out), or only completed months count.',
    whyNotChosen:
      'Ingenium, unlike VAPRO, does not say that part of a month is a whole month, and 15.2 charges interest "vanaf het moment van in verzuim treden ... tot het moment van voldoening": a count by the day follows that period exactly. Rounding up would charge a month for one day late.',
    setting:
      "finance.lateInterest.rate.counting ('pro-rata-days'; 'started-months' and 'completed-months' are the alternatives)",
    test: `${SETTINGS_TEST} "monthly-rate-without-counting-rule"`,
  },
  {
    id: 'contractual-compounding',
    clauses: ['ingenium-leveringsvoorwaarden#15.2', 'vapro-leverings-en-betalingsvoorwaarden#22.8'],
    text: 'neither clause mentions compounding; statutory interest compounds yearly (art. 6:119 lid 2, 6:119a lid 3 BW)',
    question: 'Does an agreed monthly rate compound yearly?',
    reading:
      "No: an agreed rate is simple interest on the principal unless the terms say otherwise. Statutory interest (also as Ingenium's fallback) compounds on each anniversary of default.",
    alternative: 'The agreed rate compounds yearly too, as statutory interest does.',
    whyNotChosen:
      'Art. 6:119 lid 2 BW adds interest to the principal for the statutory rate; an agreed rate is what the clause says, and neither clause says interest bears interest.',
    setting: 'finance.lateInterest.compoundContractual (false for all five)',
    test: `${SETTINGS_TEST} "contractual-compounding"`,
  },
  {
    id: 'collection-basis-principal',
    clauses: ['ingenium-leveringsvoorwaarden#16.1', 'vapro-leverings-en-betalingsvoorwaarden#22.11'],
    text: 'Ingenium: "een dadelijk opeisbare boete van 15% over het nog verschuldigde bedrag"; VAPRO: "15% van het bedrag waarvoor de Opdrachtgever in gebreke is"',
    question: 'Is the percentage taken of the principal or of principal plus interest?',
    reading: 'Of the principal still owed, without interest, as the statutory scale is (Besluit art. 2).',
    alternative: 'Of everything still owed, interest accrued included ("het nog verschuldigde bedrag").',
    whyNotChosen:
      'The clause is a fixed charge for collecting the claim; the statutory scale it stands beside is taken of the principal, and VAPRO\'s "het bedrag waarvoor de Opdrachtgever in gebreke is" is the unpaid invoice. Not a switch: a provider that charges over the interest too passes principal plus interest as principalCents.',
    setting: 'not a setting: collection_costs questions give principalCents',
    test: `${T}collection-costs.test.ts "Ingenium 16.1"`,
  },
  {
    id: 'collection-costs-handed-over',
    clauses: ['plusport-algemene-leveringsvoorwaarden#8.7'],
    text: '"Indien de vordering uit handen wordt gegeven is Klant tevens gehouden tot betaling van de buitengerechtelijke kosten"',
    question: 'Are collection costs due on default, or only once the claim is handed over?',
    reading:
      'Only once handed over (to a collector or lawyer); the amount is then the statutory scale, the clause naming none. Before that a business owes the fixed EUR 40 of art. 6:96 lid 4 BW, a consumer nothing.',
    alternative: 'Due on default, like the clauses of Ingenium 16.1 and VAPRO 22.11.',
    whyNotChosen:
      '"Indien de vordering uit handen wordt gegeven" is a condition; before it is met the clause gives nothing.',
    setting: "finance.collectionCosts.dueWhen ('handed_over'; 'default')",
    test: `${SETTINGS_TEST} "collection-costs-handed-over"`,
  },
  {
    id: 'consumer-collection-costs',
    clauses: [
      'ingenium-leveringsvoorwaarden#16.1',
      'vapro-leverings-en-betalingsvoorwaarden#22.11',
      'plusport-cursusvoorwaarden#5.6',
    ],
    text: 'Ingenium: "met een minimum van € 50,00"; VAPRO: "met een minimum van € 250,-, dan wel de werkelijke kosten indien deze hoger zijn"',
    question: 'What does a consumer owe under a clause above the statutory scale?',
    reading:
      'The scale at most (art. 6:96 lid 5 BW and the Besluit): a clause above it is void and the scale applies; a lower clause applies. Actual costs above the clause are never charged to a consumer. Costs are due only from the 15th day after the day of a reminder that gives 14 days and states the costs (lid 6). Lint names the clause.',
    alternative: 'The clause as written, for consumers as for businesses.',
    whyNotChosen: 'Art. 6:96 lid 5 and 6 BW are mandatory for consumers; a clause cannot set them aside.',
    setting: 'law, not a setting (question customerKind)',
    test: `${T}collection-costs.test.ts "consumer-collection-costs"`,
  },
  {
    id: 'law-when-terms-silent',
    clauses: ['sparse-algemene-voorwaarden#3.7', 'ingenium-leveringsvoorwaarden#13.1'],
    text: 'the terms have no clause on the question (allocation, invoice disputes, quotes, force-majeure termination, a complaint subject)',
    question: 'How does the engine answer a finance question the terms do not address?',
    reading:
      'With the statutory rule, cited as law (art. 6:43/6:44 BW for allocation, the collection-cost scale, 30 days for payment), or, where the law gives no number (complaints within a reasonable time, art. 6:89 BW; an offer lapses after a reasonable time, art. 6:221 BW), with outcome not_covered and the article that governs.',
    alternative: 'Every question the terms do not address is not_covered, without the law.',
    whyNotChosen:
      'The law fills these gaps with a rule a customer can rely on (default rules of Book 6 BW); answering not_covered where a statutory number exists would withhold the answer.',
    setting: 'a finance section set to null, or a subject without a rule',
    test: `${T}deadlines.test.ts "terms without a dispute window"`,
  },
];
