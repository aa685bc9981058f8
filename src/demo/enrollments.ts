/**
 * The demo's enrollments: private learners in some of the demo sessions, so that some are nearly
 * full and some below their minimum. They go through the enrollment service like any staff
 * enrollment (a seat each, a confirmation e-mail), which runs its own transaction; so this runs once
 * the seed's transaction has committed.
 */
import * as enrollment from '../enrollment/service.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { DemoEnrollmentPlan } from './catalog.ts';

export async function seedDemoEnrollments(ctx: AppContext, plan: DemoEnrollmentPlan): Promise<void> {
  const planner = await identity.findUserById(ctx, plan.plannerId);
  if (!planner) throw new Error('demo planner missing');
  const actor = identity.actorOf(planner);
  for (const s of plan.sessions) {
    await enrollment.enroll(ctx, actor, {
      sessionId: s.sessionId,
      acceptTerms: true,
      learners: s.learnerIds.map((userId) => ({ userId })),
    });
  }
}
