import type { CourseSectionsInput, Label } from '../../course/sections.ts';

/**
 * PlusPort general terms with the LSP module: trainings are agreed between the customer and the
 * external trainer (plusport-algemene-leveringsvoorwaarden#18.1), who sets the cancellation conditions in
 * the software (plusport-algemene-leveringsvoorwaarden#18.4).
 */
const label = (nl: string, en: string): Label => ({ nl, en });

const trainer = label(
  'annuleren kan onder de voorwaarden die de externe opleider in de software heeft gepubliceerd',
  'cancellation follows the conditions the external trainer published in the software',
);

export const plusportLspCourseSections: CourseSectionsInput = {
  deferrals: {
    cancellation: { clause: 'plusport-algemene-leveringsvoorwaarden#18.4', label: trainer },
    reschedule: { clause: 'plusport-algemene-leveringsvoorwaarden#18.4', label: trainer },
    substitution: { clause: 'plusport-algemene-leveringsvoorwaarden#18.4', label: trainer },
  },
  providerCancellation: {
    refundClause: 'plusport-algemene-leveringsvoorwaarden#18.4',
    alternativeReplacesRefund: false,
    actor: 'external_trainer',
    clause: 'plusport-algemene-leveringsvoorwaarden#18.4',
  },
};
