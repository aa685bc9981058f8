import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchPath } from './match-path.ts';

test('a route path matches its own address and names its parameters', () => {
  assert.deepEqual(matchPath('/', '/'), {});
  assert.deepEqual(matchPath('/mail', '/mail/'), {});
  assert.deepEqual(matchPath('/mail/:id', '/mail/4f1c%20x'), { id: '4f1c x' });
});

test('a route path does not match another address', () => {
  assert.equal(matchPath('/mail', '/mail/4f1c'), null);
  assert.equal(matchPath('/mail/:id', '/mail'), null);
  assert.equal(matchPath('/', '/terms'), null);
  assert.equal(matchPath('/terms', '/termsx'), null);
  assert.equal(matchPath('/mail/:id', '/mail/%E0%A4%A'), null);
});
