import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localInputOf, NEW_SESSION, sessionBody } from './session-form.ts';

describe('session form', () => {
  it("shows an instant as the provider's wall clock, also across a clock change", () => {
    assert.equal(localInputOf('2026-12-10T08:00:00Z', 'Europe/Amsterdam'), '2026-12-10T09:00');
    assert.equal(localInputOf('2026-06-10T07:30:00Z', 'Europe/Brussels'), '2026-06-10T09:30');
  });

  it('sends a new session whole, with local times and numbers', () => {
    const result = sessionBody(
      { ...NEW_SESSION, productId: 'p', code: 'VCA-1', startsAt: '2026-12-10T09:00', priceCents: '' },
      null,
      'x',
    );
    assert.ok(result.ok);
    assert.deepEqual(
      [
        result.body.productId,
        result.body.startsAt,
        result.body.capacity,
        result.body.priceCents,
        result.body.locationId,
      ],
      ['p', '2026-12-10T09:00', 12, null, null],
    );
  });

  it('sends only what changed, and a capacity that is not a number as typed for the server to name', () => {
    const before = { ...NEW_SESSION, code: 'VCA-1', startsAt: '2026-12-10T09:00' };
    const result = sessionBody({ ...before, capacity: 'twaalf' }, before, 'x');
    assert.deepEqual(result, { ok: true, body: { capacity: 'twaalf' } });
  });

  it('reports a price that is not an amount at its field', () => {
    assert.deepEqual(sessionBody({ ...NEW_SESSION, priceCents: 'gratis' }, null, 'not an amount'), {
      ok: false,
      errors: [{ path: 'priceCents', message: 'not an amount' }],
    });
  });
});
