/**
 * The alternative of each course reading not covered by COURSE_ALTERNATIVES
 * (src/terms/course/readings.ts), and why the engine did not choose it: docs/terms-readings.md
 * prints them under the reading. Where the alternative is a provider setting, the reading's
 * `setting` names it; where the alternative is the law's or the text's own rule, there is none.
 */
export const MORE_COURSE_ALTERNATIVES: Readonly<
  Record<string, { alternative: string; whyNotChosen: string }>
> = {
  'non-working-request-day': {
    alternative: 'A request on a non-working day counts on that calendar day, as a working day would.',
    whyNotChosen:
      "A count in working days has no place for a Saturday; PlusPort's answering service receives on it, but the count still starts at a working day. Which days are working days is the calendar's setting.",
  },
  'exception-tiers': {
    alternative:
      'The exception waives every fee of the cancellation, the e-learning and the textbook included.',
    whyNotChosen:
      'The tables of 15.5 mark single rows with *, and a row without the mark keeps its fee: 15.6 names the Online Training among what needs proof, but no e-learning row carries the *.',
  },
  'previously-rescheduled': {
    alternative: 'A previously rescheduled exam costs 100 % too.',
    whyNotChosen:
      'The row is written in the tables of the practical session, workshop and classroom training only; the exam tables do not have it.',
  },
  'package-parts': {
    alternative: "One fee for the package, a share of its total price by the strictest part's row.",
    whyNotChosen:
      "The package tables give each part its own row and percentage; a single share of the total would charge the e-learning at the exam's rate.",
  },
  textbook: {
    alternative: 'A textbook sent in advance always costs 100 %, also in the textbook-and-exam package.',
    whyNotChosen:
      'That table says "Geen kosten" in both rows; the classroom table\'s 100 % is its own row with its own return rule.',
  },
  'confirmation-overrides': {
    alternative: 'The built-in tables apply regardless, and the confirmation only informs.',
    whyNotChosen:
      '15.5 says the tables hold "tenzij uitdrukkelijk anders vermeld" in the confirmation: the confirmation wins.',
  },
  'fee-rounding': {
    alternative: "Round down (in the customer's favour) or to the even cent.",
    whyNotChosen:
      'The texts give no rule; one rounding for all money (half up to the cent) keeps fees, invoices and refunds equal.',
  },
  'vapro-tiers': {
    alternative: '"Binnen zeven werkdagen" covers 7 too, so 7 working days before costs 100 %.',
    whyNotChosen:
      '"Uiterlijk zeven werkdagen voor aanvang" puts day 7 in the 50 % row; "binnen zeven" then starts at 6.',
  },
  'vapro-belgium': {
    alternative: 'Dutch working days for both entities, as the text is Dutch.',
    whyNotChosen:
      "The terms bind VAPRO Belgie too, whose office closes on Belgian holidays; the contracting entity's calendar is the one its staff count on.",
  },
  'optional-holidays': {
    alternative:
      'Good Friday, 5 May every year and 31 December are days off, as in some collective agreements.',
    whyNotChosen:
      'No text names them; most Dutch businesses work on them. A provider that closes sets the calendar switches or closing days.',
  },
  'reschedule-paid-first': {
    alternative: 'The reschedule is allowed and the fee merely falls due first.',
    whyNotChosen: '"Om ... in aanmerking te komen" makes payment a condition of the right to reschedule.',
  },
  'terms-silent': {
    alternative: "Apply the nearest clause (the cancellation table) to a reschedule, or the law's default.",
    whyNotChosen:
      "A fee the terms do not set would be the engine's invention; the answer names the nearest clause so a person can decide.",
  },
  'in-company': {
    alternative: 'PlusPort: the open-enrollment tables apply until a quote says otherwise.',
    whyNotChosen:
      '15.7 and 14.7 say other terms apply and that the quote names them; the open tables are expressly not the ones.',
  },
  'vca-substitute': {
    alternative:
      'The calendar day before the exam day, so for a Monday exam a registration on Sunday is in time.',
    whyNotChosen:
      '"De werkdag voor de examendag" names a working day: for a Monday exam that is the Friday, when the office can process it.',
  },
  'vapro-costs-on-top': {
    alternative: 'The 50 % and 100 % include the 16.1 costs: the customer pays the greater of the two.',
    whyNotChosen:
      '16.2 opens with "Bovenop de onder Artikel 16.1 vermelde kosten"; a provider that means all-in sets incurredCosts.combine to greater_of.',
  },
  'substitution-consent': {
    alternative: 'A substitution is allowed and the provider may only object afterwards.',
    whyNotChosen:
      'VAPRO says "slechts ... na schriftelijke toestemming" and Sparse "met toestemming": consent comes first.',
  },
  'provider-notice': {
    alternative:
      'Five full working days must lie between the notice and the start, so the notice day is not counted.',
    whyNotChosen:
      'The same count as request-day-counted for the customer\'s cancellation keeps one reading of "n werkdagen voor aanvang" for both parties.',
  },
  'force-majeure-refund': {
    alternative: 'The 20 % is taken of what was paid, not of the total invoice.',
    whyNotChosen: '7.3 says "20% van de totale factuurwaarde" in both sentences.',
  },
  'elearning-access-month': {
    alternative: 'A month of 30 days, so access opened on 31 January ends on 2 March.',
    whyNotChosen:
      '"1 maand" is a calendar month from the same date, as every month in these readings is counted (days-after-event); a month of 30 days is not in the text.',
  },
  'elearning-access-after-completion': {
    alternative: '"Een periode" is a reasonable period, such as the month Ingenium gives.',
    whyNotChosen:
      "The text names no length, and 4.5 says access lapses after completion; a length would be the engine's, so the provider sets it.",
  },
  'certificate-days': {
    alternative: 'The 2 working days of 13.5 are binding also under 13.6.',
    whyNotChosen: '13.6 writes "ca." (about): that date is an expectation, not a term.',
  },
  'group-discount': {
    alternative: 'Only participants who attend the same session count.',
    whyNotChosen: '3.5 says "Cursisten mogen op alternatieve data deelnemen": different dates still count.',
  },
};
