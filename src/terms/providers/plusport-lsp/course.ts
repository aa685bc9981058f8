import type { CourseSectionsInput, Label } from '../../course/sections.ts';

/**
 * PlusPort general terms with the LSP module: trainings are agreed between the customer and the
 * external trainer (18.1), who sets the cancellation conditions in the software (18.4).
 */
const DOC = 'plusport-algemene-leveringsvoorwaarden';
const c = (article: string) => `${DOC}#${article}`;
const label = (nl: string, en: string): Label => ({ nl, en });

const trainer = label(
  'annuleren kan onder de voorwaarden die de externe opleider in de software heeft gepubliceerd',
  'cancellation follows the conditions the external trainer published in the software',
);

export const plusportLspCourseSections: CourseSectionsInput = {
  deferrals: {
    cancellation: { clause: c('18.4'), label: trainer },
    reschedule: { clause: c('18.4'), label: trainer },
    substitution: { clause: c('18.4'), label: trainer },
  },
  providerCancellation: {
    refundClause: c('18.4'),
    alternativeReplacesRefund: false,
    actor: 'external_trainer',
    clause: c('18.4'),
  },
};
