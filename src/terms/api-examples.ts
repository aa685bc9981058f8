import type { QuestionType } from './question.ts';

/**
 * The example questions of docs/terms-api.md for the question types that have no per-provider
 * examples of their own (the finance family keeps those in src/terms/finance/examples.ts): one
 * question, asked of every built-in provider. A new question type needs an example here or in its
 * family's file: the doc marks it missing and test/terms-api-docs.test.ts fails until it has one.
 */
export const QUESTION_EXAMPLES: Partial<Record<QuestionType, Record<string, unknown>>> = {
  cancellation: {
    type: 'cancellation',
    requestedAt: '2026-05-04T10:00:00+02:00',
    parts: [{ kind: 'classroom', price: 39_500, start: '2026-05-12T09:00:00+02:00' }],
  },
  reschedule: {
    type: 'reschedule',
    kind: 'classroom',
    price: 39_500,
    start: '2026-05-12T09:00',
    requestedAt: '2026-04-20T10:00',
    newDate: '2026-06-16',
    paidInFull: true,
  },
  substitution: {
    type: 'substitution',
    kind: 'classroom',
    start: '2026-05-12T09:00:00+02:00',
    requestedAt: '2026-05-06T10:00:00+02:00',
  },
  provider_cancellation: {
    type: 'provider_cancellation',
    start: '2026-05-12T09:00:00+02:00',
    notifiedAt: '2026-05-01T10:00:00+02:00',
    paid: 39_500,
  },
  force_majeure_refund: {
    type: 'force_majeure_refund',
    invoiceTotal: 79_000,
    paid: 79_000,
    deliveredValue: 20_000,
    permanent: true,
  },
  elearning_access: { type: 'elearning_access', openedOn: '2026-02-02', asOf: '2026-05-01' },
  certificate_release: {
    type: 'certificate_release',
    kind: 'exam',
    conditions: { examPassed: true, idChecked: true, invoicePaid: true },
    resultOn: '2026-05-12',
  },
  group_discount: { type: 'group_discount', participants: 8, sameCompany: true, pricePerParticipant: 39_500 },
  admission: {
    type: 'admission',
    kind: 'exam',
    start: '2026-05-12T09:00:00+02:00',
    arrivedAt: '2026-05-12T09:10:00+02:00',
    idDocument: 'passport',
    detailsMatch: true,
    price: 19_500,
  },
  result_due: { type: 'result_due', kind: 'exam', heldOn: '2026-05-12', asOf: '2026-05-15' },
  price_includes: { type: 'price_includes' },
  notice_form: { type: 'notice_form', subject: 'complaint', givenAs: 'email' },
  confirmation_notes: {
    type: 'confirmation_notes',
    parts: ['textbook', 'exam'],
    start: '2026-05-12T09:00:00+02:00',
  },
  change_conditions: { type: 'change_conditions', change: 'reschedule' },
  textbook_table: { type: 'textbook_table', packageParts: ['textbook', 'exam'] },
};

/** What each course question answers; the finance family describes its own (src/terms/finance/api-docs.ts). */
export const QUESTION_PURPOSES: Partial<Record<QuestionType, string>> = {
  cancellation:
    'The fee for cancelling one part or every part of a package at a moment, by the tier that applies to each part (`lines`), with the exceptions for death, hospital admission or a sick report and the proof deadline, closed groups, and the costs-plus-administration rule where the terms have one.',
  reschedule:
    'Whether a session may be moved to another date at a moment, at what fee, and by when the new date must fall; where moving counts as cancelling, the cancellation fee.',
  substitution:
    'Whether a colleague may take the learner’s place, and the conditions (theory exam passed, VCA registration the working day before, written consent).',
  provider_cancellation:
    'When the provider cancels a session (too few participants, a trainer ill): whether its notice was in time, and what the customer gets back or is offered.',
  force_majeure_refund:
    'What the provider refunds when force majeure stops the course: what was paid less the value delivered and the supplier’s costs the terms let it keep.',
  elearning_access: 'When access to an e-learning ends, and whether it is still open on a day.',
  certificate_release:
    'Whether a certificate or proof of participation may be issued: each condition the terms set (`conditions`) and whether it is met.',
  group_discount: 'Whether a group from one company gets a discount, and how much.',
  admission:
    'Whether a learner is admitted at the door: which identity documents count, whether the details must match, by when to arrive, whether a late arrival may be refused, and what a refusal costs.',
  result_due:
    'When the result of an exam or practical session is due, whether that term binds the provider, and whether an instructor’s verdict on the day is the official result.',
  price_includes:
    'What the price includes or excludes (VAT, levies, travel, materials, exam, certificate, lunch, ...) where the terms list it, and whether a quote may say otherwise.',
  notice_form:
    'The form a notice or complaint must take (written, registered letter, e-mail, portal) and what follows when it is given in another form.',
  confirmation_notes:
    'What the confirmation of an enrollment must tell the learner, note by note (`notes`: id, Dutch, English, clauses), from the admission rules: the identity document to bring, that an exam’s details must match it, by when to arrive (`moments.arriveBy`), what arriving late costs. Terms without such rules: `not_covered`, no notes.',
  change_conditions:
    'What a cancellation, reschedule or substitution requires or offers before it is asked for: the course fee paid first (`conclusions.feePaidFirst`), the reasons that hold a cancellation fee until proof arrives (`options.reasons`, `counts.proofCalendarDays`), the provider’s consent first, each with a `note` to show. Terms without such a clause: every conclusion false, no notes.',
  textbook_table:
    'Which cancellation table a textbook follows, by the parts of the package it is in: the textbook-and-exam table where the terms name such packages (`conclusions.withExam`, the cancellation part’s `withExam`), else the textbook table.',
};
