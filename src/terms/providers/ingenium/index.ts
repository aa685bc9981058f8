import { ingeniumLeveringsvoorwaarden } from '../../documents/index.ts';
import type { TermsVersionInput } from '../../terms-version.ts';
import { DUTCH_CALENDAR, OFFICE_HOURS_READINGS } from '../defaults.ts';
import { ingeniumCourseSections } from './course.ts';
import { ingeniumDoorSections } from './door.ts';
import { ingeniumFinanceSections } from './finance.ts';

/** Ingenium B.V., Hengelo: the deposited Leveringsvoorwaarden (undated; in force for Klasse from 2025). */
export const ingenium2025: TermsVersionInput = {
  provider: 'ingenium',
  version: '2025-01',
  effectiveFrom: '2025-01-01',
  name: 'Ingenium',
  documents: [ingeniumLeveringsvoorwaarden],
  calendar: DUTCH_CALENDAR,
  readings: OFFICE_HOURS_READINGS,
  sections: {
    course: { ...ingeniumCourseSections, ...ingeniumDoorSections },
    finance: ingeniumFinanceSections,
  },
};
