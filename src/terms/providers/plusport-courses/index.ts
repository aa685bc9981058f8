import { plusportAlgemeneLeveringsvoorwaarden, plusportCursusvoorwaarden } from '../../documents/index.ts';
import type { TermsVersionInput } from '../../terms-version.ts';
import { DUTCH_CALENDAR } from '../defaults.ts';
import { plusportCourseSections } from './course.ts';
import { plusportCoursesDoorSections } from './door.ts';
import { plusportCourseFinanceSections } from './finance.ts';

/**
 * PlusPort courses: the Cursusvoorwaarden, which refer to the Algemene Leveringsvoorwaarden
 * (plusport-cursusvoorwaarden#16.9, plusport-cursusvoorwaarden#17.2, plusport-cursusvoorwaarden#18.2).
 * PlusPort's answering service takes cancellations outside office hours
 * (plusport-cursusvoorwaarden#15.2), so the hour of receipt does not move the day (reading
 * after-office-hours).
 */
export const plusportCourses2026: TermsVersionInput = {
  provider: 'plusport-courses',
  version: '2026-01',
  effectiveFrom: '2026-01-01',
  name: 'PlusPort',
  documents: [plusportCursusvoorwaarden, plusportAlgemeneLeveringsvoorwaarden],
  calendar: DUTCH_CALENDAR,
  readings: {
    requestDayCounted: true,
    officeHoursCutOff: false,
    purchaseDayCounted: false,
    proofDeadlineMovesToWorkingDay: false,
  },
  sections: {
    course: { ...plusportCourseSections, ...plusportCoursesDoorSections },
    finance: plusportCourseFinanceSections,
  },
};
