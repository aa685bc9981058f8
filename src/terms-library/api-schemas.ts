/**
 * The terms engine at the HTTP and CLI boundary (issue 3, item 6): what a client sends to ask a
 * question, copy terms or add a version, and what it gets back. The rules' own schemas (the
 * TermsVersion document, the Question union) come from the engine; this file only wraps them.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/date-schemas.ts';
import { partSchema } from '../terms/course/questions.ts';
import { OUTCOMES } from '../terms/model.ts';
import { questionSchema } from '../terms/question.ts';
import { providerIdSchema, termsVersionSchema } from '../terms/terms-version.ts';

/** The one date schema of every boundary (issue 12, item 10): real calendar days, 1900-2200. */
export { isoDateSchema } from '../calendar/date-schemas.ts';

export const versionLabelSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/, 'a version label such as 2026-01');

/** A terms key: a built-in provider ('vapro') or a key a provider made by copying ('acme-terms'). */
export const termsKeySchema = providerIdSchema;

/** Which terms: the key alone (the version in force on the day that matters), or key and version. */
export const termsRefSchema = z.union([
  termsKeySchema,
  z.object({ provider: termsKeySchema, version: versionLabelSchema.optional() }),
]);
export type TermsRef = z.infer<typeof termsRefSchema>;

const onSchema = isoDateSchema
  .optional()
  .describe("The day whose terms apply when no version is named; default: the question's request date");

export const evaluateBodySchema = z.object({
  terms: termsRefSchema,
  question: questionSchema,
  on: onSchema,
});
export type EvaluateBody = z.infer<typeof evaluateBodySchema>;

/** The part of a session (or an e-learning purchase) whose cancellation fee is drawn over time. */
export const timelinePartSchema = partSchema.refine((part) => part.kind !== 'textbook', {
  message: 'a fee timeline is drawn for a session or an e-learning purchase, not a textbook',
  path: ['kind'],
});

export const timelineBodySchema = z.object({
  terms: termsRefSchema,
  part: timelinePartSchema,
  from: isoDateSchema.optional().describe('First day to draw; default 60 days before the start'),
  to: isoDateSchema.optional().describe('Last day to draw; default the start day'),
  on: isoDateSchema.optional().describe('The day whose terms apply when no version is named; default: today'),
});
export type TimelineBody = z.infer<typeof timelineBodySchema>;

export const copyBodySchema = z.object({
  key: termsKeySchema.describe('The new terms key, e.g. acme-voorwaarden'),
  effectiveFrom: isoDateSchema.describe('The first day the copy is in force: today or later'),
  version: versionLabelSchema.optional().describe('The version label; default: the effective date'),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("The name customers know; default: the source's"),
  fromVersion: versionLabelSchema
    .optional()
    .describe('The version to copy; default: the version in force today'),
  providerId: z
    .uuid('must be a provider id (uuid)')
    .optional()
    .describe('The provider that will own the copy: the platform admin names it; staff copy for their own'),
});
export type CopyBody = z.infer<typeof copyBodySchema>;

export const termsParamsSchema = z.object({ provider: termsKeySchema });
export const termsVersionParamsSchema = z.object({ provider: termsKeySchema, version: versionLabelSchema });

// ---- responses

const clauseRefSchema = z.object({ document: z.string(), article: z.string(), title: z.string() });
const explanationSchema = z.object({ nl: z.string(), en: z.string() });

export const decisionSchema = z
  .object({
    question: z.string(),
    outcome: z.enum(OUTCOMES),
    amounts: z.record(z.string(), z.number().int()).describe('Amounts in euro cents by name'),
    dates: z.record(z.string(), z.string()).describe("Dates that matter, 'YYYY-MM-DD', by name"),
    workingDays: z.number().int().optional(),
    clauses: z.array(clauseRefSchema),
    readings: z.array(z.string()),
    explanation: explanationSchema,
    lines: z
      .array(
        z.object({
          part: z.string(),
          amounts: z.record(z.string(), z.number().int()),
          rule: z.string(),
          clauses: z.array(clauseRefSchema),
          workingDays: z.number().int().optional(),
        }),
      )
      .optional(),
    conditions: z.record(z.string(), z.boolean()).optional(),
    conclusions: z.record(z.string(), z.boolean()).optional(),
    parties: z.record(z.string(), z.string()).optional(),
    counts: z.record(z.string(), z.number()).optional(),
    moments: z.record(z.string(), z.string()).optional(),
    missingInputs: z.array(z.string()).optional(),
    notes: z
      .array(z.object({ id: z.string(), nl: z.string(), en: z.string(), clauses: z.array(clauseRefSchema) }))
      .optional(),
    options: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: 'TermsDecision' });

const basedOnSchema = z.object({ provider: z.string(), version: z.string() }).nullable();

/** Which terms version answered: so a caller that gave only the key learns which version applied. */
export const appliedTermsSchema = z.object({
  provider: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  builtIn: z.boolean(),
});
export type AppliedTerms = z.infer<typeof appliedTermsSchema>;

/** The decision, with the terms version that gave it (`terms`), so a caller that named no version knows. */
export const evaluateResponseSchema = decisionSchema.extend({ terms: appliedTermsSchema });

export const timelineResponseSchema = z.object({
  terms: appliedTermsSchema,
  ranges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      fee: z.number().int(),
      outcome: z.enum(OUTCOMES),
      rule: z.string(),
      clauses: z.array(clauseRefSchema),
      label: explanationSchema,
    }),
  ),
});

export const termsListingSchema = z.object({
  provider: z.string(),
  name: z.string(),
  builtIn: z.boolean(),
  /** The provider (uuid) that owns these terms; null for the built-in terms. */
  ownerProviderId: z.uuid().nullable(),
  versions: z.array(
    z.object({
      version: z.string(),
      effectiveFrom: z.string(),
      basedOn: basedOnSchema,
      createdAt: z.iso.datetime().nullable(),
    }),
  ),
});
export type TermsListingView = z.infer<typeof termsListingSchema>;

export const lintFindingSchema = z.object({
  severity: z.enum(['error', 'text']),
  code: z.string(),
  path: z.string(),
  clause: clauseRefSchema.optional(),
  message: z.string(),
});

/** One version with its whole document; `warnings` are the lint findings that did not refuse a save. */
export const termsVersionViewSchema = z.object({
  provider: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  builtIn: z.boolean(),
  ownerProviderId: z.uuid().nullable(),
  basedOn: basedOnSchema,
  createdAt: z.iso.datetime().nullable(),
  document: termsVersionSchema,
});
export type TermsVersionView = z.infer<typeof termsVersionViewSchema>;

export const savedTermsVersionSchema = termsVersionViewSchema.extend({
  warnings: z.array(lintFindingSchema),
});

export const lintResponseSchema = z.object({
  provider: z.string(),
  version: z.string(),
  errors: z.number().int().describe('How many findings are errors (the rules are wrong)'),
  findings: z.array(lintFindingSchema),
});
