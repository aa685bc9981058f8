import { z } from 'zod';
import { clauseIdSchema } from '../clauses.ts';
import { labelSchema, SESSION_KINDS } from './kinds.ts';

/**
 * The sections of issue 11's new course questions, as data with their clauses: admission at the
 * door (identification, arriving in time, late arrival), when a result is due and whether that
 * binds, what a price includes, and the form a notice must take. Each optional: a provider whose
 * terms are silent has no section, and the engine answers "the terms say nothing".
 */

const basisPoints = z.int().min(0).max(10_000);
const sessionKinds = z.array(z.enum(SESSION_KINDS)).min(1);

/** The documents an identity check can ask for (plusport-cursusvoorwaarden#8.1). */
export const ID_DOCUMENTS = [
  'passport',
  'dutch_driving_licence',
  'eu_id_card',
  'residence_document',
  'other_id',
  'copy',
  'none',
] as const;
export type IdDocument = (typeof ID_DOCUMENTS)[number];

export const admissionSectionSchema = z.object({
  /** plusport-cursusvoorwaarden#8.1-8.3: an original and valid ID before the start; refused without it, full fee, no refund. */
  identification: z
    .object({
      kinds: sessionKinds,
      accepted: z.array(z.enum(ID_DOCUMENTS)).min(1),
      /** 8.3: for an exam the registered details must match the ID. */
      detailsMustMatch: z.object({ kinds: sessionKinds, clause: clauseIdSchema }).optional(),
      refusalFeeBasisPoints: basisPoints,
      clauses: z.array(clauseIdSchema).min(1),
    })
    .optional(),
  /** plusport-cursusvoorwaarden#9.1: present at least this many minutes before the start time. */
  arriveMinutesBefore: z
    .object({ minutes: z.int().min(0).max(240), kinds: sessionKinds, clause: clauseIdSchema })
    .optional(),
  /** plusport-cursusvoorwaarden#10.1-10.3: after the start the trainer may refuse; refused pays in full, admitted is not compensated. */
  lateArrival: z
    .object({
      kinds: sessionKinds,
      refusalFeeBasisPoints: basisPoints,
      lostTimeCompensated: z.boolean(),
      clauses: z.array(clauseIdSchema).min(1),
    })
    .optional(),
});
export type AdmissionSection = z.infer<typeof admissionSectionSchema>;

export const resultRuleSchema = z.object({
  workingDays: z.int().min(0).max(60),
  /** plusport-cursusvoorwaarden#13.4 "Over het algemeen": an indication, not a binding term. */
  binding: z.boolean(),
  via: z.enum(['email', 'online_profile', 'post']),
  clause: clauseIdSchema,
});

export const resultsSectionSchema = z.object({
  parts: z.object({
    exam: resultRuleSchema.optional(),
    practical: resultRuleSchema.optional(),
    workshop: resultRuleSchema.optional(),
    classroom: resultRuleSchema.optional(),
    advice: resultRuleSchema.optional(),
  }),
  /** plusport-cursusvoorwaarden#13.1: the instructor's word at the end of a practical session is no official result. */
  onTheSpotNotOfficial: z.object({ kinds: sessionKinds, clause: clauseIdSchema }).optional(),
});
export type ResultsSection = z.infer<typeof resultsSectionSchema>;

export const PRICE_ITEMS = [
  'vat',
  'levies',
  'travel',
  'accommodation',
  'shipping',
  'administration',
  'materials',
  'documentation',
  'exam',
  'certificate',
  'lunch',
] as const;
export type PriceItem = (typeof PRICE_ITEMS)[number];

export const priceIncludesSectionSchema = z.object({
  items: z
    .array(
      z.object({
        item: z.enum(PRICE_ITEMS),
        included: z.boolean(),
        /** "tenzij anders aangegeven": the quote or price list may say otherwise. */
        unlessStatedOtherwise: z.boolean(),
        clause: clauseIdSchema,
      }),
    )
    .min(1),
});
export type PriceIncludesSection = z.infer<typeof priceIncludesSectionSchema>;

export const NOTICE_SUBJECTS = [
  'cancellation',
  'reschedule',
  'substitution',
  'complaint',
  'invoice_dispute',
  'contract_notice',
  'force_majeure_termination',
] as const;
export type NoticeSubject = (typeof NOTICE_SUBJECTS)[number];

export const NOTICE_FORMS = ['written', 'written_with_reasons', 'registered_letter', 'email', 'any'] as const;
export type NoticeForm = (typeof NOTICE_FORMS)[number];

/**
 * What follows from the wrong form: invalid (the notice does not count, "uitsluitend"), not_handled
 * (the provider does not take it up, plusport-cursusvoorwaarden#16.7), discouraged (it counts, but is "niet wenselijk",
 * plusport-cursusvoorwaarden#15.3), not_stated (the text names no consequence: reading stipulated-form).
 */
export const WRONG_FORM_CONSEQUENCES = ['invalid', 'not_handled', 'discouraged', 'not_stated'] as const;

export const noticeRuleSchema = z.object({
  subject: z.enum(NOTICE_SUBJECTS),
  /** Absent: the form of the finance section of the same subject (complaints, contract, ...). */
  form: z.enum(NOTICE_FORMS).optional(),
  address: z.string().min(3).max(200).optional(),
  wrongForm: z.enum(WRONG_FORM_CONSEQUENCES),
  clauses: z.array(clauseIdSchema).min(1),
  label: labelSchema.optional(),
});
export type NoticeRule = z.infer<typeof noticeRuleSchema>;

export const noticesSectionSchema = z.object({ rules: z.array(noticeRuleSchema).min(1) });
export type NoticesSection = z.infer<typeof noticesSectionSchema>;

export const doorSectionsShape = {
  admission: admissionSectionSchema.optional(),
  results: resultsSectionSchema.optional(),
  priceIncludes: priceIncludesSectionSchema.optional(),
  notices: noticesSectionSchema.optional(),
};
