import type { Reading } from '../readings.ts';

/**
 * The readings of the course questions added in issue 11 (whose illness, admission at the door,
 * results, what a price includes, the form of a notice). src/terms/readings.ts lists them after
 * the older course readings.
 */
export const COURSE_READINGS_MORE: readonly Reading[] = [
  {
    id: 'whose-illness',
    clauses: ['plusport-cursusvoorwaarden#15.5', 'plusport-cursusvoorwaarden#15.6'],
    text: '"overlijden (persoonlijk of eerste graad), ziekenhuisopname (persoonlijk of eerste graad) of ziekmelding (persoonlijk)"',
    question: 'Whose death, admission or illness frees a marked tier?',
    reading:
      "Death and hospital admission of the learner or of a first-degree relative; a sick report only of the learner. A question names whose it is (`concerns`: learner, the default, or family_member); a relative's sick report leaves the normal fee. The same holds for a reschedule under the cancellation table (14.6).",
    setting: 'course.cancellation.exception.familyReasons',
    test: 'src/terms/ask-only-needed.test.ts "a sick report of a family member does not waive the fee"',
  },
];
