/** The terms API's shapes, imported type-only from the engine's boundary schemas. */
import type { z } from 'zod';
import type { CancellationQuestion, PartQuestion } from '../../../src/terms/course/questions.ts';
import type {
  AppliedTerms,
  decisionSchema,
  evaluateResponseSchema,
  TermsListingView,
  timelineResponseSchema,
} from '../../../src/terms-library/api-schemas.ts';

export type { AppliedTerms, CancellationQuestion, PartQuestion, TermsListingView };
export type TermsDecision = z.infer<typeof decisionSchema>;
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;
export type TimelineRange = TimelineResponse['ranges'][number];
export type ClauseRef = TermsDecision['clauses'][number];
/** POST /api/terms/evaluate: the decision, with the terms version that applied. */
export type EvaluateResponse = z.infer<typeof evaluateResponseSchema>;
