/**
 * The shapes the workflows answer with: built from the contexts' own schemas (their model.ts), so a
 * session's go / no-go here is the catalog's, the same one the planning list shows.
 */
import { z } from 'zod';
import { goNoGoSchema } from '../catalog/model.ts';
import { decisionSchema, ledgerLineSchema } from '../enrollment/changes/model.ts';

/** GET /api/sessions/:id/go-no-go: what a provider's cancellation of the session would mean. */
export const goNoGoViewSchema = z.object({
  sessionId: z.uuid(),
  code: z.string(),
  startsAt: z.string(),
  status: z.string(),
  capacity: z.number().int(),
  booked: z.number().int(),
  minParticipants: z.number().int(),
  /** The session's go / no-go state and notice deadline (catalog/go-no-go.ts), as everywhere. */
  goNoGo: goNoGoSchema,
  /** The terms that govern the session today, asked the provider_cancellation question. */
  terms: z.object({ key: z.string(), version: z.string() }),
  decision: decisionSchema,
  enrollments: z.array(
    z.object({
      enrollmentId: z.uuid(),
      learnerId: z.uuid(),
      status: z.string(),
      refundCents: z.number().int(),
      ledger: z.array(ledgerLineSchema),
    }),
  ),
  refundTotalCents: z.number().int(),
  alternatives: z.array(
    z.object({ id: z.uuid(), code: z.string(), startsAt: z.string(), seatsLeft: z.number().int() }),
  ),
});
export type GoNoGoView = z.infer<typeof goNoGoViewSchema>;
