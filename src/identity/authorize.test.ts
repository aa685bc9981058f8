import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canManageUser, canSeeCustomer, canSeeUser, customerScope, userScope } from './authorize.ts';
import type { Actor, Role } from './model.ts';

const P1 = 'provider-1';
const P2 = 'provider-2';
const C1 = 'customer-1';
const C2 = 'customer-2';

function actor(role: Role, providerId: string | null = P1, customerId: string | null = null): Actor {
  return {
    userId: `${role}-${providerId}-${customerId}`,
    role,
    name: role,
    email: `${role}@x`,
    locale: 'nl',
    providerId,
    customerId,
  };
}

const learnerAt = (id: string, providerId: string, customerId: string | null) => ({
  id,
  role: 'learner' as const,
  providerId,
  customerId,
});

describe('who may see whom', () => {
  it('scopes each role to its tenant', () => {
    assert.deepEqual(userScope(actor('platform_admin', null)), { kind: 'everyone' });
    for (const role of ['planner', 'administration', 'finance'] as const) {
      assert.deepEqual(userScope(actor(role)), { kind: 'provider', providerId: P1 });
      assert.deepEqual(customerScope(actor(role)), { kind: 'provider', providerId: P1 });
    }
    assert.deepEqual(userScope(actor('customer_admin', P1, C1)), {
      kind: 'customer',
      providerId: P1,
      customerId: C1,
    });
    for (const role of ['learner', 'instructor', 'trainer'] as const) {
      const a = actor(role, P1, role === 'learner' ? C1 : null);
      assert.deepEqual(userScope(a), { kind: 'self', userId: a.userId });
      assert.deepEqual(customerScope(a), { kind: 'none' });
    }
  });

  it('hides other learners from a learner, other companies from a customer admin, other providers from staff', () => {
    const me = actor('learner', P1, C1);
    assert.ok(canSeeUser(me, { ...learnerAt(me.userId, P1, C1) }));
    assert.ok(!canSeeUser(me, learnerAt('colleague', P1, C1)));
    const admin = actor('customer_admin', P1, C1);
    assert.ok(canSeeUser(admin, learnerAt('own', P1, C1)));
    assert.ok(!canSeeUser(admin, learnerAt('other', P1, C2)));
    assert.ok(
      !canSeeUser(admin, learnerAt('private', P1, null)),
      'a learner without a company is not theirs',
    );
    assert.ok(canSeeCustomer(admin, { id: C1, providerId: P1 }));
    assert.ok(!canSeeCustomer(admin, { id: C2, providerId: P1 }));
    const planner = actor('planner');
    assert.ok(canSeeUser(planner, learnerAt('x', P1, C2)));
    assert.ok(!canSeeUser(planner, learnerAt('y', P2, C2)));
    assert.ok(
      !canSeeUser(planner, { id: 'root', role: 'platform_admin', providerId: null, customerId: null }),
    );
  });
});

describe('who may create whom', () => {
  it('lets staff create anyone of their provider except a platform admin', () => {
    const planner = actor('planner');
    assert.ok(canManageUser(planner, { role: 'finance', providerId: P1, customerId: null }));
    assert.ok(canManageUser(planner, { role: 'customer_admin', providerId: P1, customerId: C1 }));
    assert.ok(!canManageUser(planner, { role: 'learner', providerId: P2, customerId: null }));
    assert.ok(!canManageUser(planner, { role: 'platform_admin', providerId: null, customerId: null }));
  });

  it('lets a customer admin create learners of their own company only', () => {
    const admin = actor('customer_admin', P1, C1);
    assert.ok(canManageUser(admin, { role: 'learner', providerId: P1, customerId: C1 }));
    assert.ok(!canManageUser(admin, { role: 'learner', providerId: P1, customerId: C2 }));
    assert.ok(!canManageUser(admin, { role: 'customer_admin', providerId: P1, customerId: C1 }));
    assert.ok(!canManageUser(admin, { role: 'learner', providerId: P2, customerId: C1 }));
  });

  it('lets no learner, instructor or trainer create anyone', () => {
    for (const role of ['learner', 'instructor', 'trainer'] as const) {
      assert.ok(
        !canManageUser(actor(role, P1, role === 'learner' ? C1 : null), {
          role: 'learner',
          providerId: P1,
          customerId: C1,
        }),
      );
    }
  });
});
