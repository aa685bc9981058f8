import { z } from 'zod';

/** The product parts and the label of a rule: shared by every course section file (sections.ts, door-sections.ts). */
export const PART_KINDS = [
  'elearning',
  'exam',
  'practical',
  'workshop',
  'classroom',
  'advice',
  'textbook',
] as const;
export type PartKind = (typeof PART_KINDS)[number];
export const SESSION_KINDS = ['exam', 'practical', 'workshop', 'classroom', 'advice'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const labelSchema = z.object({ nl: z.string().min(1).max(300), en: z.string().min(1).max(300) });
export type Label = z.infer<typeof labelSchema>;
