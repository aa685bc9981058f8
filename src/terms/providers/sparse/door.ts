import type { CourseSectionsInput } from '../../course/sections.ts';

/** sparse-algemene-voorwaarden#3.1 and 60.4-60.5: prices exclude VAT and levies; exam, documentation, materials and certificates are not included. */
export const sparseDoorSections: Pick<CourseSectionsInput, 'priceIncludes'> = {
  priceIncludes: {
    items: [
      {
        item: 'vat',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'sparse-algemene-voorwaarden#3.1',
      },
      {
        item: 'levies',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'sparse-algemene-voorwaarden#3.1',
      },
      {
        item: 'exam',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'sparse-algemene-voorwaarden#60.4',
      },
      {
        item: 'documentation',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'sparse-algemene-voorwaarden#60.5',
      },
      {
        item: 'materials',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'sparse-algemene-voorwaarden#60.5',
      },
      {
        item: 'certificate',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'sparse-algemene-voorwaarden#60.5',
      },
    ],
  },
};
