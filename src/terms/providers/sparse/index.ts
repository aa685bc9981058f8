import { sparseAlgemeneVoorwaarden } from '../../documents/index.ts';
import type { TermsVersionInput } from '../../terms-version.ts';
import { DUTCH_CALENDAR, OFFICE_HOURS_READINGS } from '../defaults.ts';
import { sparseCourseSections } from './course.ts';
import { sparseDoorSections } from './door.ts';
import { sparseFinanceSections } from './finance.ts';

/** Sparse B.V., Zwolle: the general terms, chapter 9 (training) for courses. */
export const sparse2025: TermsVersionInput = {
  provider: 'sparse',
  version: '2025-01',
  effectiveFrom: '2025-01-01',
  name: 'Sparse',
  documents: [sparseAlgemeneVoorwaarden],
  calendar: DUTCH_CALENDAR,
  readings: OFFICE_HOURS_READINGS,
  sections: { course: { ...sparseCourseSections, ...sparseDoorSections }, finance: sparseFinanceSections },
};
