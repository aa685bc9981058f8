/**
 * What validation needs from the database for a whole sheet, loaded in a handful of queries; the
 * same facts serve the upload, the preview and the commit's second validation (decision 0006).
 */
import type { Executor } from '../../platform/db/database.ts';
import { LIVE_STATUSES } from '../model.ts';
import type { RowInput, ValidationFacts } from './rules.ts';
import * as store from './store.ts';

export async function loadFacts(
  ex: Executor,
  providerId: string,
  inputs: readonly RowInput[],
): Promise<ValidationFacts> {
  const codes = new Set<string>();
  const emails = new Set<string>();
  for (const { values } of inputs) {
    if (values.sessionCode) codes.add(values.sessionCode);
    if (values.email) emails.add(values.email.toLowerCase());
  }
  const [sessions, customers, users] = await Promise.all([
    store.sessionsByCodes(ex, providerId, [...codes]),
    store.customersOfProvider(ex, providerId),
    store.usersByEmails(ex, [...emails]),
  ]);
  const sessionIds = sessions.map((s) => s.id);
  const userIds = users.map((u) => u.id);
  const productIds = [...new Set(sessions.map((s) => s.productId))];
  const [live, prerequisites] = await Promise.all([
    store.liveEnrollments(ex, sessionIds, userIds, LIVE_STATUSES),
    store.prerequisitesOf(ex, productIds),
  ]);
  const achievements = await store.achievementsOf(ex, userIds, [
    ...new Set(prerequisites.map((p) => p.requiredProductId)),
  ]);
  return {
    providerId,
    sessionsByCode: new Map(sessions.map((s) => [s.code, s])),
    customers,
    usersByEmail: new Map(users.map((u) => [u.email, u])),
    liveEnrollments: new Set(live.map((e) => `${e.sessionId} ${e.learnerId}`)),
    prerequisitesByProduct: Map.groupBy(prerequisites, (p) => p.productId),
    achievements: new Set(achievements.map((a) => `${a.learnerId} ${a.productId} ${a.achievement}`)),
  };
}

/** Seats left per session code, for the preview. */
export function seatsLeft(facts: ValidationFacts): Map<string, number> {
  return new Map([...facts.sessionsByCode.values()].map((s) => [s.code, Math.max(0, s.capacity - s.booked)]));
}

/** Seats left per session code, for the preview of a stored sheet. */
export async function seatsLeftOf(
  ex: Executor,
  providerId: string,
  codes: readonly string[],
): Promise<Map<string, number>> {
  const sessions = await store.sessionsByCodes(ex, providerId, codes);
  return new Map(sessions.map((s) => [s.code, Math.max(0, s.capacity - s.booked)]));
}

/** For showing the stored valid rows: the checks that only the commit may apply again are left out. */
export function withoutSeatsOrLive(facts: ValidationFacts): ValidationFacts {
  const sessionsByCode = new Map(
    [...facts.sessionsByCode].map(([code, s]) => [
      code,
      { ...s, booked: 0, capacity: Number.MAX_SAFE_INTEGER },
    ]),
  );
  return { ...facts, sessionsByCode, liveEnrollments: new Set() };
}
