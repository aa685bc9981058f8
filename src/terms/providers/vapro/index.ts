import { vaproVoorwaarden } from '../../documents/index.ts';
import type { TermsVersionInput } from '../../terms-version.ts';
import { DUTCH_CALENDAR, OFFICE_HOURS_READINGS } from '../defaults.ts';
import { vaproCourseSections } from './course.ts';
import { vaproDoorSections } from './door.ts';
import { vaproFinanceSections } from './finance.ts';

/**
 * VAPRO B.V., The Hague (reading vapro-belgium: the built-in version counts Dutch working days; a
 * copy for VAPRO Belgie sets calendar.country BE and Europe/Brussels).
 */
export const vapro2025: TermsVersionInput = {
  provider: 'vapro',
  version: '2025-01',
  effectiveFrom: '2025-01-01',
  name: 'VAPRO',
  documents: [vaproVoorwaarden],
  calendar: DUTCH_CALENDAR,
  readings: OFFICE_HOURS_READINGS,
  sections: { course: { ...vaproCourseSections, ...vaproDoorSections }, finance: vaproFinanceSections },
};
