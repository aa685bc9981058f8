import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import type { Actor, Role } from '../identity/model.ts';
import type { ProductType } from './model.ts';
import {
  canSeeSession,
  componentErrors,
  examFieldErrors,
  goNoGoState,
  packagePriceError,
  parseSessionTime,
  prerequisiteErrors,
  productTakesSessions,
  type SessionShape,
  sessionErrors,
  statusChangeError,
  unmetPrerequisites,
} from './rules.ts';

const P1 = 'provider-1';
const P2 = 'provider-2';

function actor(role: Role, providerId: string | null = P1, customerId: string | null = null): Actor {
  return {
    userId: `${role}-user`,
    role,
    name: role,
    email: `${role}@x`,
    locale: 'nl',
    providerId,
    customerId,
  };
}
const paths = (errors: { path: string }[]) => errors.map((e) => e.path);

describe('catalog rules: products', () => {
  it('gives exam delivery and format to exams only', () => {
    assert.deepEqual(examFieldErrors({ type: 'exam', examDelivery: 'external', examFormat: 'paper' }), []);
    assert.deepEqual(
      paths(examFieldErrors({ type: 'classroom', examDelivery: 'own', examFormat: 'computer' })),
      ['examDelivery', 'examFormat'],
    );
    assert.deepEqual(examFieldErrors({ type: 'classroom', examDelivery: null, examFormat: null }), []);
  });

  const pkg = { id: 'pkg', providerId: P1, type: 'package' as const, priceCents: 17_500 };
  const part = (
    componentId: string,
    priceCents: number,
    type: ProductType = 'elearning',
    providerId = P1,
  ) => ({
    componentId,
    priceCents,
    product: { providerId, type },
  });

  it('accepts parts that add up to the package price exactly', () => {
    assert.deepEqual(componentErrors(pkg, [part('el', 9_000), part('ex', 8_500)]), []);
    assert.deepEqual(componentErrors(pkg, []), [], 'a package without parts yet');
  });

  it('refuses parts that do not add up, a cent off either way', () => {
    for (const ex of [8_499, 8_501]) {
      const errors = componentErrors(pkg, [part('el', 9_000), part('ex', ex)]);
      assert.deepEqual(paths(errors), ['components'], String(ex));
      assert.match(errors[0]?.message ?? '', /add up to/);
    }
  });

  it("refuses itself, a package, another provider's product, an unknown one and a part named twice", () => {
    const errors = componentErrors(pkg, [
      { componentId: 'pkg', priceCents: 0, product: { providerId: P1, type: 'package' } },
      part('other-pkg', 0, 'package'),
      part('foreign', 0, 'exam', P2),
      { componentId: 'ghost', priceCents: 0, product: undefined },
      part('el', 9_000),
      part('el', 8_500),
    ]);
    assert.deepEqual(paths(errors), [
      'components.0.componentId',
      'components.1.componentId',
      'components.2.componentId',
      'components.3.componentId',
      'components.5.componentId',
    ]);
    assert.deepEqual(paths(componentErrors({ ...pkg, type: 'classroom' }, [])), ['components']);
  });

  it("keeps a package's price equal to its parts", () => {
    assert.deepEqual(packagePriceError(17_500, 17_500), []);
    assert.deepEqual(packagePriceError(18_000, null), [], 'no parts yet');
    assert.deepEqual(paths(packagePriceError(18_000, 17_500)), ['priceCents']);
  });

  it('refuses a prerequisite loop, itself, a foreign product and doubles', () => {
    const me = { id: 'practical', providerId: P1 };
    const mine = { providerId: P1 };
    assert.deepEqual(prerequisiteErrors(me, [{ requiredProductId: 'theory', product: mine }], []), []);
    const errors = prerequisiteErrors(
      me,
      [
        { requiredProductId: 'practical', product: mine },
        { requiredProductId: 'foreign', product: { providerId: P2 } },
        { requiredProductId: 'advanced', product: mine },
        { requiredProductId: 'theory', product: mine },
        { requiredProductId: 'theory', product: mine },
      ],
      // advanced -> expert -> practical: requiring advanced would close a loop.
      [
        { productId: 'advanced', requiredProductId: 'expert' },
        { productId: 'expert', requiredProductId: 'practical' },
      ],
    );
    assert.deepEqual(paths(errors), [
      'prerequisites.0.requiredProductId',
      'prerequisites.1.requiredProductId',
      'prerequisites.2.requiredProductId',
      'prerequisites.4.requiredProductId',
    ]);
    assert.match(errors[2]?.message ?? '', /loop/);
  });

  it('finds the prerequisites a learner has not met: passed is not completed', () => {
    const prerequisites = [
      { requiredProductId: 'theory', requirement: 'passed' as const },
      { requiredProductId: 'elearning', requirement: 'completed' as const },
    ];
    assert.deepEqual(
      unmetPrerequisites(prerequisites, [{ productId: 'theory', achievement: 'completed' }]).map(
        (p) => p.requiredProductId,
      ),
      ['theory', 'elearning'],
    );
    assert.deepEqual(
      unmetPrerequisites(prerequisites, [
        { productId: 'theory', achievement: 'passed' },
        { productId: 'elearning', achievement: 'completed' },
      ]),
      [],
    );
  });
});

describe('catalog rules: sessions', () => {
  it('schedules no e-learning and no textbook', () => {
    assert.deepEqual(
      (['elearning', 'textbook', 'classroom', 'practical', 'workshop', 'exam', 'package'] as const).map(
        productTakesSessions,
      ),
      [false, false, true, true, true, true, true],
    );
  });

  it("reads a local time in the provider's zone, an offset as given", () => {
    assert.equal(
      parseSessionTime('2026-06-15T09:00', 'Europe/Amsterdam')?.toString(),
      '2026-06-15T07:00:00Z',
    );
    assert.equal(
      parseSessionTime('2026-01-15T09:00', 'Europe/Amsterdam')?.toString(),
      '2026-01-15T08:00:00Z',
    );
    assert.equal(parseSessionTime('2026-01-15T09:00', 'Europe/Brussels')?.toString(), '2026-01-15T08:00:00Z');
    assert.equal(
      parseSessionTime('2026-06-15T09:00:00Z', 'Europe/Amsterdam')?.toString(),
      '2026-06-15T09:00:00Z',
    );
    assert.equal(
      parseSessionTime('2026-06-15T09:00:00+01:00', 'Europe/Amsterdam')?.toString(),
      '2026-06-15T08:00:00Z',
    );
    assert.equal(parseSessionTime('2026-02-30T09:00', 'Europe/Amsterdam'), undefined);
    assert.equal(parseSessionTime('2026-06-15T25:00', 'Europe/Amsterdam'), undefined);
  });

  const base: SessionShape = {
    startsAt: Temporal.Instant.from('2026-06-15T07:00:00Z'),
    endsAt: Temporal.Instant.from('2026-06-15T15:00:00Z'),
    registrationDeadline: null,
    capacity: 10,
    minParticipants: 4,
    booked: 0,
    kind: 'open',
    customerId: null,
    quoteTermsKey: null,
    quoteTermsVersion: null,
  };

  it('accepts a plain open session', () => {
    assert.deepEqual(sessionErrors(base), []);
  });

  it('names each field that is wrong', () => {
    assert.deepEqual(paths(sessionErrors({ ...base, endsAt: base.startsAt })), ['endsAt']);
    assert.deepEqual(
      paths(sessionErrors({ ...base, registrationDeadline: Temporal.Instant.from('2026-06-15T08:00:00Z') })),
      ['registrationDeadline'],
    );
    assert.deepEqual(paths(sessionErrors({ ...base, minParticipants: 11 })), ['minParticipants']);
    assert.deepEqual(paths(sessionErrors({ ...base, customerId: 'c' })), ['customerId']);
    assert.deepEqual(paths(sessionErrors({ ...base, quoteTermsKey: 'acme', quoteTermsVersion: '1' })), [
      'quoteTermsKey',
    ]);
    assert.deepEqual(paths(sessionErrors({ ...base, kind: 'in_company' })), ['customerId']);
    assert.deepEqual(
      paths(sessionErrors({ ...base, kind: 'out_company', customerId: 'c', quoteTermsKey: 'acme' })),
      ['quoteTermsVersion'],
    );
    assert.deepEqual(
      sessionErrors({
        ...base,
        kind: 'in_company',
        customerId: 'c',
        quoteTermsKey: 'a',
        quoteTermsVersion: '1',
      }),
      [],
    );
  });

  it('never lets the capacity go below the seats booked', () => {
    assert.deepEqual(sessionErrors({ ...base, capacity: 7, minParticipants: 2, booked: 7 }), []);
    const errors = sessionErrors({ ...base, capacity: 6, minParticipants: 2, booked: 7 });
    assert.deepEqual(paths(errors), ['capacity']);
    assert.match(errors[0]?.message ?? '', /at least 7/);
  });

  it('moves status planned -> confirmed -> completed, completed only once started', () => {
    assert.equal(statusChangeError('planned', 'confirmed', false), undefined);
    assert.equal(statusChangeError('confirmed', 'completed', true), undefined);
    assert.match(statusChangeError('confirmed', 'completed', false) ?? '', /started/);
    assert.match(statusChangeError('planned', 'completed', true) ?? '', /confirm it first/);
    assert.match(statusChangeError('cancelled', 'confirmed', false) ?? '', /cannot be confirmed/);
    assert.match(statusChangeError('confirmed', 'confirmed', false) ?? '', /cannot be confirmed/);
  });

  it('weighs go / no-go against the minimum and the notice deadline (VAPRO 15.2)', () => {
    const s = {
      status: 'planned' as const,
      booked: 3,
      minParticipants: 4,
      started: false,
      today: '2026-06-08',
      noticeDeadline: '2026-06-08',
    };
    assert.deepEqual(goNoGoState(s), { state: 'at_risk', shortBy: 1 }, 'the deadline day itself');
    assert.deepEqual(goNoGoState({ ...s, today: '2026-06-09' }), {
      state: 'no_go_deadline_passed',
      shortBy: 1,
    });
    assert.deepEqual(goNoGoState({ ...s, booked: 4, today: '2026-06-09' }), { state: 'go', shortBy: 0 });
    assert.deepEqual(goNoGoState({ ...s, noticeDeadline: null, today: '2026-06-14' }), {
      state: 'at_risk',
      shortBy: 1,
    });
    assert.equal(goNoGoState({ ...s, started: true }).state, 'started');
    assert.equal(goNoGoState({ ...s, status: 'cancelled' }).state, 'cancelled');
    assert.equal(goNoGoState({ ...s, status: 'completed' }).state, 'completed');
  });

  it('shows an open session of a published product to all, a closed group to its own people', () => {
    const open = { providerId: P1, kind: 'open' as const, customerId: null, instructorId: 'instructor-user' };
    assert.ok(canSeeSession(null, open, true));
    assert.ok(!canSeeSession(null, open, false), 'draft product');
    assert.ok(canSeeSession(actor('planner'), open, false));
    assert.ok(!canSeeSession(actor('planner', P2), open, false));
    const group = { ...open, kind: 'in_company' as const, customerId: 'c1' };
    assert.ok(!canSeeSession(null, group, true));
    assert.ok(canSeeSession(actor('learner', P1, 'c1'), group, true));
    assert.ok(canSeeSession(actor('customer_admin', P1, 'c1'), group, true));
    assert.ok(!canSeeSession(actor('learner', P1, 'c2'), group, true));
    assert.ok(!canSeeSession(actor('learner', P2, 'c1'), group, true));
    assert.ok(canSeeSession(actor('instructor'), group, true));
    assert.ok(canSeeSession(actor('platform_admin', null), group, true));
  });
});
