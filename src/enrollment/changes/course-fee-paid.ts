/**
 * Staff record that the course fee of an enrollment is paid in full, the condition for rescheduling
 * where the terms set one (question change_conditions, `feePaidFirst`; e.g.
 * plusport-cursusvoorwaarden#14.3). Billing is a later issue; until it records payments itself, this
 * flag is how Klasse knows (reading reschedule-paid-first).
 */
import type { Actor } from '../../identity/model.ts';
import { parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { loadVisibleEnrollment } from '../service.ts';
import { nowOf } from './load.ts';
import { coursePaidBodySchema } from './model.ts';
import { requireStaff } from './rules.ts';
import { setCourseFeePaid } from './store.ts';

export async function recordCourseFeePaid(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ enrollmentId: string; paid: boolean }> {
  const body = parseInput(coursePaidBodySchema, input);
  return ctx.db.transaction().execute(async (tx) => {
    const enrollment = await loadVisibleEnrollment(ctx, tx, actor, id);
    requireStaff(actor, enrollment.providerId, 'record a payment');
    await setCourseFeePaid(tx, id, body.paid, nowOf(ctx), actor.userId);
    return { enrollmentId: id, paid: body.paid };
  });
}
