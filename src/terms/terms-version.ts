import { z } from 'zod';
import { isoDateSchema } from '../calendar/date-schemas.ts';
import { calendarSettingsSchema } from '../calendar/index.ts';
import { documentSchema } from './clauses.ts';
import { courseSectionsSchema } from './course/sections.ts';
import { financeSectionsSchema } from './finance/sections.ts';
import { readingsSettingsSchema } from './readings-settings.ts';

/**
 * A provider's terms as one versioned document: who and which version, the day it takes effect,
 * the source documents with the articles the rules cite (the clause catalogue), the working-day
 * calendar the deadlines are reckoned on, the readings chosen where the text is open, and the rules
 * as data (`sections`: the course sections from src/terms/course and the finance sections from
 * src/terms/finance; each optional, since not every provider's terms cover every question).
 *
 * A new version of the same provider has a later `effectiveFrom`; findTerms(provider, onDate) picks
 * the version in force on a date. Stored versions are validated by this schema when loaded.
 */

export const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const providerIdSchema = z
  .string()
  .regex(PROVIDER_ID, 'a lowercase provider id such as plusport-courses');

// The one date schema of every boundary (issue 12, item 10).
const isoDate = isoDateSchema;

/** The rules as data, by family: course (src/terms/course) and finance (src/terms/finance). */
export const sectionsSchema = z.object({
  course: courseSectionsSchema.optional(),
  finance: financeSectionsSchema.optional(),
});

export const termsVersionSchema = z.object({
  provider: providerIdSchema,
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/, 'a version label such as 2026-01'),
  effectiveFrom: isoDate.describe('The first day this version is in force'),
  name: z.string().min(1).max(200).describe('The provider name customers know'),
  documents: z.array(documentSchema).min(1).max(20),
  calendar: calendarSettingsSchema,
  readings: readingsSettingsSchema,
  sections: sectionsSchema,
});

export type TermsVersion = z.infer<typeof termsVersionSchema>;
export type TermsVersionInput = z.input<typeof termsVersionSchema>;
export type Sections = z.infer<typeof sectionsSchema>;
