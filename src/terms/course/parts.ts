import type { Label, PartKind } from './sections.ts';

/** Names of product parts in explanations. */
export const PART_NAMES: Record<PartKind, Label> = {
  elearning: { nl: 'de e-learning', en: 'the e-learning' },
  exam: { nl: 'het examen', en: 'the exam' },
  practical: { nl: 'de praktijksessie', en: 'the practical session' },
  workshop: { nl: 'de workshop', en: 'the workshop' },
  classroom: { nl: 'de klassikale training', en: 'the classroom training' },
  advice: { nl: 'de (advies)werkzaamheden', en: 'the consultancy work' },
  textbook: { nl: 'het lesboek', en: 'the textbook' },
};
