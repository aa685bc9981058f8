import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, hashSecret, newApiToken, verifyPassword } from './secrets.ts';

describe('secrets', () => {
  it('hashes passwords with argon2id and verifies only the right one', async () => {
    const stored = await hashPassword('klasse-demo');
    assert.match(stored, /^\$argon2id\$/);
    assert.equal(await verifyPassword(stored, 'klasse-demo'), true);
    assert.equal(await verifyPassword(stored, 'Klasse-demo'), false);
    assert.equal(await verifyPassword('not a hash', 'klasse-demo'), false);
  });

  it('makes API tokens that differ every time and are stored only as a hash', () => {
    const a = newApiToken();
    assert.match(a, /^klasse_[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a, newApiToken());
    assert.match(hashSecret(a), /^[0-9a-f]{64}$/);
    assert.ok(!hashSecret(a).includes(a));
  });
});
