import type { CourseSectionsInput } from '../../course/sections.ts';

/**
 * ingenium-leveringsvoorwaarden#3.3: quoted amounts exclude VAT, travel, levies, shipping and administration costs
 * unless stated otherwise. 25.2: cancelling or moving a course only in writing, by e-mail to
 * info@de-opleider.nl; 11.1: notice only in writing ("uitsluitend").
 */
export const ingeniumDoorSections: Pick<CourseSectionsInput, 'priceIncludes' | 'notices'> = {
  priceIncludes: {
    items: (['vat', 'travel', 'levies', 'shipping', 'administration'] as const).map((item) => ({
      item,
      included: false,
      unlessStatedOtherwise: true,
      clause: 'ingenium-leveringsvoorwaarden#3.3',
    })),
  },
  notices: {
    rules: [
      {
        subject: 'cancellation',
        form: 'email',
        address: 'info@de-opleider.nl',
        wrongForm: 'invalid',
        clauses: ['ingenium-leveringsvoorwaarden#25.2'],
      },
      {
        subject: 'reschedule',
        form: 'email',
        address: 'info@de-opleider.nl',
        wrongForm: 'invalid',
        clauses: ['ingenium-leveringsvoorwaarden#25.2'],
      },
      { subject: 'contract_notice', wrongForm: 'invalid', clauses: ['ingenium-leveringsvoorwaarden#11.1'] },
    ],
  },
};
