import type { CourseSectionsInput } from '../../course/sections.ts';

/**
 * vapro-leverings-en-betalingsvoorwaarden#2.3 and vapro-leverings-en-betalingsvoorwaarden#22.1: prices exclude VAT, levies, travel and accommodation, shipping and
 * administration costs unless stated otherwise. 16.1-16.2: only a written cancellation counts
 * for the tiers ("bij schriftelijke annulering").
 */
export const vaproDoorSections: Pick<CourseSectionsInput, 'priceIncludes' | 'notices'> = {
  priceIncludes: {
    items: (['vat', 'levies', 'travel', 'accommodation', 'shipping', 'administration'] as const).map(
      (item) => ({
        item,
        included: false,
        unlessStatedOtherwise: true,
        clause: 'vapro-leverings-en-betalingsvoorwaarden#2.3',
      }),
    ),
  },
  notices: {
    rules: [
      {
        subject: 'cancellation',
        form: 'written',
        wrongForm: 'not_stated',
        clauses: [
          'vapro-leverings-en-betalingsvoorwaarden#16.1',
          'vapro-leverings-en-betalingsvoorwaarden#16.2',
        ],
      },
    ],
  },
};
