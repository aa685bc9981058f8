import type { CourseSectionsInput } from '../../course/sections.ts';

/**
 * PlusPort algemene 8.2 and 18.2: PlusPort's own rates exclude VAT; the external trainers' training
 * prices are shown including VAT unless stated otherwise. The door and results are the trainer's
 * (18.1, 18.3): these terms say nothing about them. Notice forms come from the finance sections.
 */
export const plusportLspDoorSections: Pick<CourseSectionsInput, 'priceIncludes'> = {
  priceIncludes: {
    items: [
      {
        item: 'vat',
        included: true,
        unlessStatedOtherwise: true,
        clause: 'plusport-algemene-leveringsvoorwaarden#18.2',
      },
    ],
  },
};
