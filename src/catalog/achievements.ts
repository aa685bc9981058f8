/**
 * What learners achieved (passed or completed a product): recorded by staff, read for prerequisites
 * and for substitution under plusport-cursusvoorwaarden#14.8.
 */
import { Temporal } from 'temporal-polyfill';
import { type Actor, isProviderStaff, parseInput } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor, Tx } from '../platform/db/database.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../platform/errors.ts';
import {
  type Achievement,
  achievementBodySchema,
  type LearnerAchievement,
  type PackageComponent,
  type Prerequisite,
} from './model.ts';
import { unmetPrerequisites } from './rules.ts';
import * as store from './store.ts';
import { today } from './time.ts';

/** The learner, if the actor may see them (src/identity/authorize.ts); "not found" otherwise. */
async function visibleLearner(ctx: AppContext, actor: Actor, learnerId: string) {
  const learner = await identity.getUser(ctx, actor, learnerId);
  if (learner.role !== 'learner') throw new NotFoundError('Learner');
  return learner;
}

/** Staff record that a learner passed or completed a product of their provider. */
export async function recordAchievement(
  ctx: AppContext,
  actor: Actor,
  learnerId: string,
  input: unknown,
): Promise<LearnerAchievement[]> {
  const body = parseInput(achievementBodySchema, input);
  const learner = await visibleLearner(ctx, actor, learnerId);
  if (!(actor.role === 'platform_admin' || isProviderStaff(actor.role)))
    throw new ForbiddenError("Only the provider's staff record what a learner achieved.");
  return ctx.db.transaction().execute((tx) => recordAchievementInTransaction(tx, ctx, actor, learner, body));
}

/**
 * Records an achievement inside the caller's transaction, for a learner the caller has loaded and may
 * act on; actor null: the operator or the demo seed. The day may not lie ahead of today (provider time).
 */
export async function recordAchievementInTransaction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor | null,
  learner: { id: string; providerId: string | null },
  input: unknown,
): Promise<LearnerAchievement[]> {
  const body = parseInput(achievementBodySchema, input);
  const product = await store.findProductById(tx, body.productId);
  if (!product || product.providerId !== learner.providerId)
    throw new ValidationError([{ path: 'productId', message: "no such product of the learner's provider" }]);
  const provider = await identity.findProviderById(ctx, product.providerId, tx);
  if (Temporal.PlainDate.compare(body.achievedOn, today(ctx, provider?.timeZone ?? 'Europe/Amsterdam')) > 0)
    throw new ValidationError([{ path: 'achievedOn', message: 'must not be in the future' }]);
  await store.upsertAchievement(tx, {
    learnerId: learner.id,
    productId: product.id,
    achievement: body.achievement,
    achievedOn: body.achievedOn,
    recordedBy: actor?.userId ?? null,
  });
  return store.listAchievements(tx, learner.id);
}

export async function listLearnerAchievements(
  ctx: AppContext,
  actor: Actor,
  learnerId: string,
): Promise<LearnerAchievement[]> {
  await visibleLearner(ctx, actor, learnerId);
  return store.listAchievements(ctx.db, learnerId);
}

/** A package's parts in order, each with its share of the price and VAT code (enrollment's fee lines). */
export function listPackageComponents(ex: Executor, packageId: string): Promise<PackageComponent[]> {
  return store.listComponents(ex, packageId);
}

/**
 * The prerequisites of a product a learner has not met (enrollment and import refuse those); empty
 * when all are met. No visibility check: the caller decided who may act.
 */
export async function unmetPrerequisitesOf(
  ex: Executor,
  learnerId: string,
  productId: string,
): Promise<Prerequisite[]> {
  const prerequisites = await store.listPrerequisites(ex, productId);
  if (prerequisites.length === 0) return [];
  return unmetPrerequisites(prerequisites, await store.listAchievements(ex, learnerId));
}

/** Whether a learner has this achievement (substitution: "passed the online theory exam", 14.8). */
export async function hasAchievement(
  ex: Executor,
  learnerId: string,
  productId: string,
  achievement: Achievement,
): Promise<boolean> {
  const all = await store.listAchievements(ex, learnerId);
  return all.some((a) => a.productId === productId && a.achievement === achievement);
}
