import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../identity/model.ts';
import { canSeeEnrollment, closedReason, discountedPrice, splitPrice } from './rules.ts';
import type { SessionForEnrollment } from './store.ts';

test('splitPrice: in proportion to list prices, whole cents adding up exactly', () => {
  const parts = [
    { description: 'e-learning', vatCode: 'exempt_training' as const, priceCents: 9_500 },
    { description: 'examen', vatCode: 'exempt_training' as const, priceCents: 8_500 },
    { description: 'boek', vatCode: 'reduced_9' as const, priceCents: 3_995 },
  ];
  assert.deepEqual(
    splitPrice(21_995, parts).map((p) => p.priceCents),
    [9_500, 8_500, 3_995],
  );
  const split = splitPrice(17_500, parts);
  assert.equal(
    split.reduce((s, p) => s + p.priceCents, 0),
    17_500,
  );
  assert.deepEqual(
    split.map((p) => p.vatCode),
    ['exempt_training', 'exempt_training', 'reduced_9'],
  );
  assert.deepEqual(
    splitPrice(100, [
      { description: 'a', vatCode: 'zero', priceCents: 1 },
      { description: 'b', vatCode: 'zero', priceCents: 1 },
      { description: 'c', vatCode: 'zero', priceCents: 1 },
    ]).map((p) => p.priceCents),
    [34, 33, 33],
  );
  assert.deepEqual(splitPrice(500, []), []);
});

test('discountedPrice: basis points off, rounded half up to the cent (Ingenium 3.5)', () => {
  assert.equal(discountedPrice(49_500, 1000), 44_550);
  assert.equal(discountedPrice(995, 1500), 846);
});

const session = (over: Partial<SessionForEnrollment> = {}) =>
  ({
    status: 'planned',
    startsAt: new Date('2026-03-10T08:00:00Z'),
    registrationDeadline: null,
    ...over,
  }) as SessionForEnrollment;

test('closedReason: cancelled, completed, started, past the registration deadline', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  assert.equal(closedReason(session(), now), null);
  assert.match(closedReason(session({ status: 'cancelled' }), now) ?? '', /cancelled/);
  assert.match(closedReason(session({ status: 'completed' }), now) ?? '', /taken place/);
  assert.match(closedReason(session({ startsAt: now }), now) ?? '', /started/);
  assert.match(
    closedReason(session({ registrationDeadline: new Date('2026-03-02T08:59:59Z') }), now) ?? '',
    /deadline/,
  );
  assert.equal(closedReason(session({ registrationDeadline: now }), now), null);
});

test('canSeeEnrollment: learner own, customer admin own company, staff own provider', () => {
  const actor = (role: Actor['role'], over: Partial<Actor> = {}): Actor => ({
    userId: 'u1',
    role,
    name: 'x',
    email: 'x@example.com',
    locale: 'nl',
    providerId: 'p1',
    customerId: 'c1',
    ...over,
  });
  const e = { providerId: 'p1', customerId: 'c1', learnerId: 'u2' };
  assert.equal(canSeeEnrollment(actor('learner'), e), false);
  assert.equal(canSeeEnrollment(actor('learner', { userId: 'u2' }), e), true);
  assert.equal(canSeeEnrollment(actor('customer_admin'), e), true);
  assert.equal(canSeeEnrollment(actor('customer_admin', { customerId: 'c2' }), e), false);
  assert.equal(canSeeEnrollment(actor('planner'), e), true);
  assert.equal(canSeeEnrollment(actor('finance', { providerId: 'p2' }), e), false);
  assert.equal(canSeeEnrollment(actor('instructor'), e), false);
  assert.equal(canSeeEnrollment(actor('platform_admin', { providerId: null }), e), true);
});
