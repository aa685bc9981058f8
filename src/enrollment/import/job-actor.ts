/** The actor a job of a large import runs for, carried in its payload (the user who asked). */
import { z } from 'zod';
import { type Actor, ROLES } from '../../identity/model.ts';
import type { JobPayload } from '../../platform/jobs/model.ts';

const actorPayloadSchema = z.object({
  userId: z.string(),
  role: z.enum(ROLES),
  name: z.string(),
  email: z.string(),
  locale: z.enum(['nl', 'en']),
  providerId: z.string().nullable(),
  customerId: z.string().nullable(),
});

export function actorPayload(actor: Actor): JobPayload {
  return { ...actor };
}

/** The actor of a payload; the role is checked again by the use case the job calls. */
export function actorOfPayload(payload: unknown): Actor {
  return actorPayloadSchema.parse(payload);
}
