import type { Reading } from '../readings.ts';

/**
 * The readings of the finance and contract rules (docs/terms-readings.md, "Finance and contracts"):
 * where a text leaves a payment, interest, cost, deadline or contract question open, the one answer
 * the engine applies. Each id appears in the code or data that applies it and in the `readings` of
 * every decision that relied on it; the test named pins it.
 */
const T = 'src/terms/finance/';

export const FINANCE_READINGS: readonly Reading[] = [
  {
    id: 'days-after-event',
    clauses: [
      'plusport-algemene-leveringsvoorwaarden#8.5',
      'vapro-leverings-en-betalingsvoorwaarden#17.1',
      'ingenium-leveringsvoorwaarden#3.2',
      'ingenium-leveringsvoorwaarden#15.5',
      'vapro-leverings-en-betalingsvoorwaarden#22.5',
    ],
    text: '"binnen 10 dagen na factuurdatum"; "binnen tien dagen nadat de omstandigheden ... zich hebben voorgedaan"; "geldig gedurende 30 dagen"',
    question: 'Which day is the last day of a term of n days after an event?',
    reading:
      'The event day is not counted: the term ends at the end of the n-th calendar day after it (invoice of 2 March, 10 days: 12 March is the last day). A month is the same date a month later, clamped to the month end (31 January + 1 month = 28 February).',
    setting: 'not a setting: the periods in the finance sections say n and the unit',
    test: `${T}deadlines.test.ts "PlusPort LSP 8.5"`,
  },
  {
    id: 'due-date-non-working-day',
    clauses: [
      'plusport-algemene-leveringsvoorwaarden#8.5',
      'ingenium-leveringsvoorwaarden#15.2',
      'vapro-leverings-en-betalingsvoorwaarden#22.5',
    ],
    text: '"binnen een termijn van 15 dagen na factuurdatum betalen"',
    question: 'Does a due date on a Saturday, Sunday or holiday move to the next working day?',
    reading:
      'No. The Algemene termijnenwet extends statutory terms only; a contractual payment term ends on its day. The explanation says the day is in the weekend or a holiday.',
    setting: "finance.payment.dueDateOnNonWorkingDay ('stays' for all five; 'next_working_day' moves it)",
    test: `${T}payment-due.test.ts "due-date-non-working-day"`,
  },
  {
    id: 'statutory-term-extended',
    clauses: ['sparse-algemene-voorwaarden#3.6'],
    text: 'Sparse 3.6: "Betalingen volgens overeengekomen of gefactureerde voorwaarden" (no number of days)',
    question: 'When is an invoice due if neither the terms nor the invoice set a term?',
    reading:
      '30 days after receipt of the invoice (art. 6:119a lid 2 BW). Being a statutory term, it runs on past a Saturday, Sunday or Algemene termijnenwet holiday (incl. Good Friday and 5 May) to the next day that is none.',
    setting: 'a payment section without a term for the invoice kind',
    test: `${T}payment-due.test.ts "statutory-term-extended"`,
  },
  {
    id: 'receipt-defaults-to-invoice-date',
    clauses: ['sparse-algemene-voorwaarden#3.6'],
    text: 'art. 6:119a lid 2 BW: "30 dagen na ontvangst van de factuur"',
    question: 'What if the day of receipt is not known?',
    reading: 'The invoice is taken to be received on its date; a question may give receivedOn.',
    setting: 'question field receivedOn',
    test: `${T}payment-due.test.ts "statutory-term-extended"`,
  },
  {
    id: 'prepayment-day-before-start',
    clauses: [
      'plusport-cursusvoorwaarden#5.3',
      'sparse-algemene-voorwaarden#61.1',
      'vapro-leverings-en-betalingsvoorwaarden#22.6',
    ],
    text: '"Facturen dienen voor aanvang van de Cursus te zijn voldaan"; "Betaling geschiedt voorafgaand aan opleiding"; "voorafgaand aan de levering"',
    question:
      'What is the last day for a payment due before the start or the delivery, and how does it combine with the invoice term?',
    reading:
      'The day before the start (or delivery) date, and it never moves. PlusPort courses and Sparse: the earlier of that day and the invoice term; the invoice may expressly waive it at PlusPort (5.3 "tenzij op de factuur uitdrukkelijk anders wordt vermeld"). VAPRO 22.6 ("in afwijking van het voorgaande lid") replaces the 15 days for learning materials of consumers and new customers.',
    setting: 'finance.payment.prepayment[].lastDay, .combine, .invoiceMayWaive, .appliesTo',
    test: `${T}payment-due.test.ts "PlusPort courses: paid before the start"`,
  },
  {
    id: 'trainer-invoice-term',
    clauses: ['plusport-algemene-leveringsvoorwaarden#19.2'],
    text: '"Klant is verplicht om richting de Externe Opleiders een betalingstermijn van 60 dagen te hanteren"',
    question: 'What is the due date of an external trainer invoice in the invoicing service?',
    reading:
      '60 days after the invoice date; a shorter term on the trainer invoice does not apply (the customer must give 60 days).',
    setting: "finance.payment.terms (invoiceKind 'trainer_invoice', invoiceMayStateOther false)",
    test: `${T}payment-due.test.ts "PlusPort LSP invoicing service"`,
  },
  {
    id: 'ingenium-payment-term',
    clauses: ['ingenium-leveringsvoorwaarden#15.1', 'ingenium-leveringsvoorwaarden#15.2'],
    text: '15.1 "binnen 14 dagen na het verstrijken van de betalingstermijn"; 15.2 "Na het verstrijken van de factuurdata na 14 dagen ... is de opdrachtgever in verzuim"',
    question: 'Is payment due 14 days after the invoice date, or 14 days after some other term?',
    reading:
      '14 days after the invoice date: 15.1 names no other term, and 15.2 puts the customer in default after 14 days from the invoice date.',
    setting: 'finance.payment.terms[default].days = 14',
    test: `${T}payment-due.test.ts "Ingenium: 14 days"`,
  },
  {
    id: 'statutory-rate-by-customer',
    clauses: ['plusport-cursusvoorwaarden#5.4'],
    text: '"is Opdrachtgever c.q. Cursist ... over het openstaande bedrag wettelijke rente verschuldigd"',
    question: 'Which statutory rate: the commercial rate or the consumer rate?',
    reading:
      'The commercial rate (art. 6:119a BW) for a business, the consumer rate (art. 6:119 BW) for a consumer: 5.4 says "wettelijke rente" only and a cursist may be a consumer. PlusPort algemene 8.7 and Sparse 3.7 name the commercial rate, which then applies to every customer.',
    setting: "finance.lateInterest.rate.table ('by_customer' or 'commercial')",
    test: `${T}late-interest.test.ts "statutory-rate-by-customer"`,
  },
  {
    id: 'interest-from-due-date',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.8'],
    text: '"Opdrachtgever is direct vanaf de vervaldag rente verschuldigd"',
    question: 'Does interest run from the due date itself or from the day after?',
    reading:
      'From the due date itself, as the text says; with "a part of a month counts as a whole month" this can add a month (due 16 March, paid 16 April: two started months).',
    setting: "finance.lateInterest.start ('due_date' for VAPRO)",
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
    setting: "finance.lateInterest.start ('day_after_due_date')",
    test: `${T}late-interest.test.ts "PlusPort LSP: statutory commercial interest split"`,
  },
  {
    id: 'monthly-rate-without-counting-rule',
    clauses: ['ingenium-leveringsvoorwaarden#15.2'],
    text: '"een rente verschuldigd van 2,5 % per maand, tenzij de wettelijke rente hoger is"',
    question: 'How is "2.5 % per month" counted over part of a month, and how is "higher" compared?',
    reading:
      'Per day: 2.5 % x 12 = 30 % a year, principal x rate x days / 365, rounded to the cent. "Higher" compares the two amounts over the same period; the statutory amount applies only when strictly higher. Lint reports the clause for having no counting rule.',
    setting:
      "finance.lateInterest.rate.counting ('pro-rata-days'; 'started-months' and 'completed-months' are the alternatives)",
    test: `${T}late-interest.test.ts "Ingenium 15.2"`,
  },
  {
    id: 'contractual-compounding',
    clauses: ['ingenium-leveringsvoorwaarden#15.2', 'vapro-leverings-en-betalingsvoorwaarden#22.8'],
    text: 'neither clause mentions compounding; statutory interest compounds yearly (art. 6:119 lid 2, 6:119a lid 3 BW)',
    question: 'Does an agreed monthly rate compound yearly?',
    reading:
      "No: an agreed rate is simple interest on the principal unless the terms say otherwise. Statutory interest (also as Ingenium's fallback) compounds on each anniversary of default.",
    setting: 'finance.lateInterest.compoundContractual (false for all five)',
    test: `${T}late-interest.test.ts "statutory interest over more than a year compounds"`,
  },
  {
    id: 'collection-basis-principal',
    clauses: ['ingenium-leveringsvoorwaarden#16.1', 'vapro-leverings-en-betalingsvoorwaarden#22.11'],
    text: 'Ingenium: "een dadelijk opeisbare boete van 15% over het nog verschuldigde bedrag"; VAPRO: "15% van het bedrag waarvoor de Opdrachtgever in gebreke is"',
    question: 'Is the percentage taken of the principal or of principal plus interest?',
    reading: 'Of the principal still owed, without interest, as the statutory scale is (Besluit art. 2).',
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
    setting: "finance.collectionCosts.dueWhen ('handed_over')",
    test: `${T}collection-costs.test.ts "collection-costs-handed-over"`,
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
    setting: 'law, not a setting',
    test: `${T}collection-costs.test.ts "consumer-collection-costs"`,
  },
  {
    id: 'law-when-terms-silent',
    clauses: ['sparse-algemene-voorwaarden#3.7', 'ingenium-leveringsvoorwaarden#13.1'],
    text: 'the terms have no clause on the question (allocation, invoice disputes, quotes, force-majeure termination, a complaint subject)',
    question: 'How does the engine answer a finance question the terms do not address?',
    reading:
      'With the statutory rule, cited as law (art. 6:43/6:44 BW for allocation, the collection-cost scale, 30 days for payment), or, where the law gives no number (complaints within a reasonable time, art. 6:89 BW; an offer lapses after a reasonable time, art. 6:221 BW), with outcome not_covered and the article that governs.',
    setting: 'a finance section set to null, or a subject without a rule',
    test: `${T}deadlines.test.ts "terms without a dispute window"`,
  },
  {
    id: 'surcharge-basis',
    clauses: ['ingenium-leveringsvoorwaarden#15.5'],
    text: '"Gebruiker heeft de mogelijkheid een kredietbeperkingstoeslag van 2% in rekening te brengen. Deze toeslag is niet verschuldigd bij betaling binnen 7 dagen na factuurdatum."',
    question: 'Of what is the 2 % taken, and is day 7 in time?',
    reading:
      'Of the invoice amount the question gives (the provider chooses whether that includes VAT, as the invoice shows it); paid on the 7th day after the invoice date is in time.',
    setting: 'finance.creditRestrictionSurcharge.rateBp, .waivedWithinDays',
    test: `${T}credit-surcharge.test.ts "Ingenium 15.5"`,
  },
  {
    id: 'vapro-invoice-dispute',
    clauses: [
      'vapro-leverings-en-betalingsvoorwaarden#17.1',
      'vapro-leverings-en-betalingsvoorwaarden#22.10',
    ],
    text: '17.1 "Reclamaties dienen bij aangetekend schrijven ... binnen tien dagen"; 22.10 "Bezwaren tegen de hoogte van een factuur schorten de betalingsverplichting niet op"',
    question: 'Does VAPRO set a deadline for disputing an invoice?',
    reading:
      'Yes: an objection to an invoice is a reclamation under 17.1, due by registered letter within 10 days after the invoice date; it does not suspend payment (22.10).',
    setting: 'finance.invoiceDispute',
    test: `${T}deadlines.test.ts "VAPRO: by registered letter"`,
  },
  {
    id: 'complaint-earliest-window',
    clauses: ['ingenium-leveringsvoorwaarden#13.1'],
    text: '"binnen 8 dagen na ontdekking, doch uiterlijk binnen 14 dagen na voltooiing van de betreffende werkzaamheden"',
    question: 'Which deadline applies, and does it cover courses?',
    reading:
      'Both windows apply and the earlier day decides; a course counts as "verrichte werkzaamheden". Without a discovery date the 14 days after completion decide.',
    setting: 'finance.complaints.rules[].windows',
    test: `${T}deadlines.test.ts "Ingenium 13.1"`,
  },
  {
    id: 'plusport-courses-incorporation',
    clauses: [
      'plusport-cursusvoorwaarden#16.9',
      'plusport-cursusvoorwaarden#17.2',
      'plusport-cursusvoorwaarden#18.2',
    ],
    text: '"Voorts is het gestelde in artikel 13 "Duur en beëindiging" van de Algemene Leveringsvoorwaarden onverminderd van kracht"',
    question: 'Which articles of the general terms apply to course agreements?',
    reading:
      'Only those the course terms name: 10 (liability, incl. the one-month damage report of 10.4), 13 (duration and notice) and 16 (law and forum). The general payment term, dispute window, indexation and change clause (8.4, 8.5, 2.3) do not apply to courses.',
    setting: 'the finance sections of plusport-courses',
    test: `${T}deadlines.test.ts "terms without a dispute window"`,
  },
  {
    id: 'plusport-damage-report',
    clauses: ['plusport-algemene-leveringsvoorwaarden#10.4'],
    text: '"zo spoedig mogelijk na ontdekking (doch uiterlijk binnen een één (1) maand) schriftelijk bij PlusPort meldt"',
    question: 'What is the deadline for reporting damage?',
    reading:
      'One month after discovery (same date next month, clamped), in writing; it is the complaint window for the subject "damage".',
    setting: 'finance.complaints.rules[damage]',
    test: `${T}deadlines.test.ts "PlusPort LSP: damage reported"`,
  },
  {
    id: 'sparse-complaints',
    clauses: ['sparse-algemene-voorwaarden#16.7', 'sparse-algemene-voorwaarden#40.1'],
    text: '"Schadevergoeding vereist spoedige schriftelijke melding en vervalt na 24 maanden zonder rechtsvordering"',
    question: 'What complaint window does Sparse set, and from when do the 24 months run?',
    reading:
      'No fixed window for damage ("spoedig"): the decision gives no deadline, only the lapse 24 months after discovery. Software errors: within three months after delivery or acceptance (40.1). Other subjects (courses): art. 6:89 BW.',
    setting: 'finance.complaints.rules[].lapse',
    test: `${T}deadlines.test.ts "Sparse: no fixed window"`,
  },
  {
    id: 'sparse-payment-term',
    clauses: ['sparse-algemene-voorwaarden#3.6', 'sparse-algemene-voorwaarden#61.1'],
    text: '3.6 "Betalingen volgens overeengekomen of gefactureerde voorwaarden"; 61.1 "Betaling geschiedt voorafgaand aan opleiding"',
    question: 'When is a Sparse training invoice due?',
    reading:
      'The earlier of the invoice term (or, without one, the statutory 30 days) and the day before the training.',
    setting: 'finance.payment.prepayment[training-before-start]',
    test: `${T}payment-due.test.ts "Sparse training"`,
  },
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
    setting: 'finance.contract.rules[].renewal',
    test: `${T}contract-notice.test.ts "renewal-period"`,
  },
  {
    id: 'ingenium-indefinite-notice',
    clauses: ['ingenium-leveringsvoorwaarden#5.1', 'ingenium-leveringsvoorwaarden#11.1'],
    text: '5.1 "De overeenkomst wordt aangegaan voor onbepaalde tijd"; 11.1 "minimaal een maand voor het einde van de termijn ... zoals genoemd in artikel 2"',
    question: 'How does an Ingenium agreement for an indefinite time end?',
    reading:
      'With one month notice from the day of receipt (11.1: the date of receipt is the notice date), ending the same date a month later. The reference to "artikel 2" names no term; lint reports it.',
    setting: 'finance.contract.rules[agreement].indefiniteNotice',
    test: `${T}contract-notice.test.ts "ingenium-indefinite-notice"`,
  },
  {
    id: 'reasonable-notice',
    clauses: ['sparse-algemene-voorwaarden#15.3'],
    text: '"kunnen schriftelijk worden opgezegd met redelijke termijn"',
    question: 'What notice ends a Sparse agreement for an indefinite time?',
    reading: 'The terms set no number: the decision says so and gives no end date.',
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
    setting: "period unit 'calendar_months'",
    test: `${T}contract-notice.test.ts "Sparse secondment"`,
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
    setting: "finance.priceChange.rules[] kind 'cost_factors'",
    test: `${T}price-change.test.ts "Sparse 3.5"`,
  },
  {
    id: 'price-increase-within-three-months',
    clauses: ['plusport-cursusvoorwaarden#5.2'],
    text: '"als de prijsaanpassing binnen drie maanden na het tot stand komen van de overeenkomst 10% of meer bedraagt"',
    question: 'Which date must fall within three months, and is 10 % included?',
    reading:
      'The date the new price takes effect, up to and including the same date three months after the agreement; an increase of exactly 10 % counts.',
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
    setting: 'law, not a setting (question customerKind)',
    test: `${T}price-change.test.ts "consumer-price-increase"`,
  },
  {
    id: 'dissolve-window-without-notice',
    clauses: ['vapro-leverings-en-betalingsvoorwaarden#22.4', 'vapro-leverings-en-betalingsvoorwaarden#22.2'],
    text: '22.4 "binnen 10 dagen na de mededeling van de prijsverhoging"; 22.2 "zonder dit vooraf te melden"',
    question: 'From when do the 10 days run if VAPRO did not announce the increase?',
    reading: 'From the day the new price takes effect.',
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
    setting: "finance.forceMajeure.parties 'provider', threshold null",
    test: `${T}deadlines.test.ts "PlusPort courses 7.1"`,
  },
];
