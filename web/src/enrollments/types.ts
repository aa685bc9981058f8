/**
 * The enrollment API's shapes, imported type-only from the enrollment context's schemas
 * (src/enrollment/schemas.ts and src/enrollment/changes/model.ts) and the workflows' (src/workflows/model.ts).
 */
import type { z } from 'zod';
import type {
  ChangeKind,
  ChangePreview,
  ChangeResult,
  SessionCancelResult,
} from '../../../src/enrollment/changes/model.ts';
import type { EnrollmentStatus, LedgerKind } from '../../../src/enrollment/model.ts';
import type {
  EnrollBody,
  EnrollmentView,
  enrollmentDetailSchema,
  enrollmentListSchema,
  enrollResultSchema,
  termsPreviewSchema,
  waitingListSchema,
} from '../../../src/enrollment/schemas.ts';
import type { GoNoGoView as SessionGoNoGo } from '../../../src/workflows/model.ts';

export type {
  ChangeKind,
  ChangePreview,
  ChangeResult,
  EnrollBody,
  EnrollmentStatus,
  EnrollmentView,
  LedgerKind,
  SessionCancelResult,
  SessionGoNoGo,
};
/** GET /api/enrollments */
export type EnrollmentList = z.infer<typeof enrollmentListSchema>;
export type EnrollmentListItem = EnrollmentList['items'][number];
/** GET /api/enrollments/:id: the enrollment with its events and ledger lines. */
export type EnrollmentDetail = z.infer<typeof enrollmentDetailSchema>;
export type EnrollmentEvent = EnrollmentDetail['events'][number];
export type LedgerLine = EnrollmentDetail['ledger'][number];
/** A note of the enrollment's terms (question change_conditions), both languages with its clauses. */
export type TermsNote = EnrollmentDetail['conditions']['reschedule']['notes'][number];
/** POST /api/enrollments */
export type EnrollResult = z.infer<typeof enrollResultSchema>;
/** GET /api/sessions/:id/enrollment-terms: the terms to accept and their cancellation fee timeline. */
export type TermsPreview = z.infer<typeof termsPreviewSchema>;
/** GET /api/sessions/:id/waiting-list */
export type WaitingList = z.infer<typeof waitingListSchema>;
