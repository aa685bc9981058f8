import type { Reading } from '../readings.ts';

/**
 * The readings of payment terms: when an invoice is due, prepayment before a start or delivery, and
 * the credit-restriction surcharge (docs/terms-readings.md, "Finance and contracts").
 */
const T = 'src/terms/finance/';
const SETTINGS_TEST = `${T}readings-settings.test.ts`;

export const PAYMENT_READINGS: readonly Reading[] = [
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
    alternative:
      'The event day is day 1, so "10 dagen na factuurdatum" of 2 March ends on 11 March; or "binnen" a term means before its last day.',
    whyNotChosen:
      '"Na" the invoice date starts the count after that day, as art. 6:119a lid 2 BW ("30 dagen na ontvangst") and the Algemene termijnenwet count; "binnen" includes the last day. No text counts the event day.',
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
    alternative: 'The due date moves to the next working day, as a statutory term would.',
    whyNotChosen:
      'The Algemene termijnenwet (art. 1) covers terms set by law, and none of the texts says its term moves; the customer can pay (or order a transfer) on a weekend. A provider that grants the extra days sets next_working_day.',
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
    alternative:
      'The invoice is due at once on receipt ("volgens gefactureerde voorwaarden" with none stated), or the 30 days end on their day like a contractual term.',
    whyNotChosen:
      'Art. 6:119a lid 2 BW sets 30 days where no term was agreed, and being a term set by law it is extended by art. 1 Algemene termijnenwet; nothing in 3.6 makes an invoice payable on receipt.',
    setting: 'law, not a setting: a payment section without a term for the invoice kind',
    test: `${T}payment-due.test.ts "statutory-term-extended"`,
  },
  {
    id: 'receipt-defaults-to-invoice-date',
    clauses: ['sparse-algemene-voorwaarden#3.6'],
    text: 'art. 6:119a lid 2 BW: "30 dagen na ontvangst van de factuur"',
    question: 'What if the day of receipt is not known?',
    reading:
      'The invoice is taken to be received on its date; a question may give receivedOn, and the answer cites this reading when it was left out.',
    alternative: 'A posted invoice is received some days after its date (e.g. two working days).',
    whyNotChosen:
      'Invoices are sent by e-mail on their date; a fixed delay would be invented, and the question can give the real day of receipt.',
    setting: 'question field receivedOn',
    test: `${T}payment-due.test.ts "statutory-term-extended"`,
  },
  {
    id: 'prepayment-combines-with-term',
    clauses: [
      'plusport-cursusvoorwaarden#5.3',
      'plusport-cursusvoorwaarden#5.4',
      'sparse-algemene-voorwaarden#61.1',
      'vapro-leverings-en-betalingsvoorwaarden#22.6',
    ],
    text: '"Facturen dienen voor aanvang van de Cursus te zijn voldaan, tenzij op de factuur uitdrukkelijk anders wordt vermeld"; "Indien de op de factuur vermelde betalingstermijn wordt overschreden"; VAPRO: "In afwijking van het voorgaande lid"',
    question:
      'How does payment before the start (reading start-hour) combine with the payment term of the invoice?',
    reading:
      'PlusPort courses and Sparse: both apply and the earlier decides; an invoice term that ends first is the deadline. PlusPort: only an invoice that expressly departs from 5.3 (`invoiceWaivesPrepayment`) leaves the invoice term alone. VAPRO 22.6 replaces the 15 days of 22.5 for learning materials of consumers and new customers.',
    alternative:
      'Payment before the start replaces the invoice term at PlusPort too (the start decides even when the stated term ends earlier), or any term printed on the invoice is the express departure of 5.3.',
    whyNotChosen:
      'PlusPort 5.4 makes exceeding "de op de factuur vermelde betalingstermijn" a default, so the invoice term binds alongside 5.3; and "uitdrukkelijk anders vermeld" asks for more than the term every invoice carries. VAPRO writes "in afwijking van", so there the start replaces the term.',
    setting:
      "finance.payment.prepayment[].combine ('earliest'; 'replaces_term'), .invoiceMayWaive, .appliesTo",
    test: `${SETTINGS_TEST} "prepayment-combines-with-term"`,
  },
  {
    id: 'trainer-invoice-term',
    clauses: ['plusport-algemene-leveringsvoorwaarden#19.2'],
    text: '"Klant is verplicht om richting de Externe Opleiders een betalingstermijn van 60 dagen te hanteren"',
    question: 'What is the due date of an external trainer invoice in the invoicing service?',
    reading:
      '60 days after the invoice date; a shorter term on the trainer invoice does not apply (the customer must give 60 days).',
    alternative: 'A term the trainer states on the invoice applies, 60 days being only the default.',
    whyNotChosen:
      '"Is verplicht ... te hanteren" binds the customer to 60 days towards every external trainer; it is not a default that an invoice can shorten.',
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
    alternative:
      '14 days after a payment term that runs first (the term stated on the invoice), so an invoice with 14 days is due after 28.',
    whyNotChosen:
      'No clause sets the first term that 15.1 would follow, and 15.2 puts the customer in default 14 days after the invoice date; reading 15.1 the other way would make the customer pay after it is already in default. The alternative is a term the invoice states (statedTermDays), not a switch.',
    setting: 'finance.payment.terms[default].days = 14; question field statedTermDays',
    test: `${T}payment-due.test.ts "Ingenium: 14 days"`,
  },
  {
    id: 'sparse-payment-term',
    clauses: ['sparse-algemene-voorwaarden#3.6', 'sparse-algemene-voorwaarden#61.1'],
    text: '3.6 "Betalingen volgens overeengekomen of gefactureerde voorwaarden"; 61.1 "Betaling geschiedt voorafgaand aan opleiding"',
    question: 'When is a Sparse training invoice due?',
    reading:
      'Before the training starts (reading start-hour), or by the invoice term when the invoice states one that ends first. The prepayment clause is the agreed term, so the statutory 30 days of art. 6:119a lid 2 BW do not apply to a training invoice.',
    alternative:
      'The statutory 30 days after receipt apply when no invoice term is stated and they end first.',
    whyNotChosen:
      'Art. 6:119a lid 2 BW applies only where no term was agreed, and 61.1 is an agreed term; with it a training is paid before it is given, whenever the invoice was sent.',
    setting: 'finance.payment.prepayment[training-before-start]',
    test: `${T}payment-due.test.ts "Sparse training"`,
  },
  {
    id: 'surcharge-basis',
    clauses: ['ingenium-leveringsvoorwaarden#15.5'],
    text: '"Gebruiker heeft de mogelijkheid een kredietbeperkingstoeslag van 2% in rekening te brengen. Deze toeslag is niet verschuldigd bij betaling binnen 7 dagen na factuurdatum."',
    question: 'Of what is the 2 % taken, and is day 7 in time?',
    reading:
      'Of the invoice amount the question gives (the provider chooses whether that includes VAT, as the invoice shows it); paid on the 7th day after the invoice date is in time.',
    alternative: 'The 2 % is taken of the amount without VAT, and "binnen 7 dagen" ends before the 7th day.',
    whyNotChosen:
      'The clause names no basis, so the engine takes the amount the invoice shows rather than guess; "binnen" a term includes its last day (reading days-after-event).',
    setting: 'finance.creditRestrictionSurcharge.rateBp, .waivedWithinDays; question field amountCents',
    test: `${T}credit-surcharge.test.ts "Ingenium 15.5"`,
  },
];
