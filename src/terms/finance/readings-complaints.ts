import type { Reading } from '../readings.ts';

/**
 * The readings of invoice disputes, complaints and damage reports, and of which general terms the
 * PlusPort course terms bring in (docs/terms-readings.md, "Finance and contracts").
 */
const T = 'src/terms/finance/';
const SETTINGS_TEST = `${T}readings-settings.test.ts`;

export const COMPLAINT_READINGS: readonly Reading[] = [
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
    alternative:
      'No: 17.1 is about complaints on the performance ("de omstandigheden waarover wordt gereclameerd"), and 22.10 sets no window for an objection to an invoice.',
    whyNotChosen:
      'An invoice is a circumstance the customer can object to, and 22.10 calls such objections "bezwaren" that exist without saying how they are made; 17.1 is the only clause that says how and when. The other reading is open: a VAPRO copy without the invoiceDispute section answers from the law.',
    setting: 'finance.invoiceDispute (null: no contractual window)',
    test: `${SETTINGS_TEST} "vapro-invoice-dispute"`,
  },
  {
    id: 'complaint-earliest-window',
    clauses: ['ingenium-leveringsvoorwaarden#13.1'],
    text: '"binnen 8 dagen na ontdekking, doch uiterlijk binnen 14 dagen na voltooiing van de betreffende werkzaamheden"',
    question: 'Which deadline applies, and does it cover courses?',
    reading:
      'Both windows apply and the earlier day decides; a course counts as "verrichte werkzaamheden". Without a discovery date the 14 days after completion decide.',
    alternative:
      'The 8 days after discovery alone, so a defect found late can still be reported; or courses are no "werkzaamheden" and only art. 6:89 BW applies.',
    whyNotChosen:
      '"Doch uiterlijk" makes the 14 days an outer limit; and Ingenium delivers its courses under the same leveringsvoorwaarden, whose other clauses (25) treat them as its work.',
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
    alternative: 'The whole of the general terms applies to courses, the course terms adding to it.',
    whyNotChosen:
      'The course terms bring in single articles by name ("het gestelde in artikel 13 ... onverminderd van kracht"); naming some would be pointless if all applied.',
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
    alternative:
      '"Zo spoedig mogelijk" is the deadline, the month only an outer limit, so a report in the third week may be late.',
    whyNotChosen:
      '"Zo spoedig mogelijk" names no day that can be checked; the month is the only deadline a customer can know in advance.',
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
    alternative: 'The 24 months run from the event that caused the damage, not from its discovery.',
    whyNotChosen:
      'A claim cannot lapse before the customer could know of it, and the statutory limitation period runs from knowledge too (art. 3:310 BW); the text names no starting day. A provider that counts from the event sets lapse.from to circumstance.',
    setting: "finance.complaints.rules[].lapse ('discovery'; 'circumstance')",
    test: `${T}deadlines.test.ts "Sparse: no fixed window"`,
  },
];
