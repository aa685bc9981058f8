import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { ActionKeys, outcomeOf } from './action-keys.ts';
import { ApiProblem, api, setCsrfToken } from './client.ts';

function counter(): () => string {
  let n = 0;
  return () => `key-${++n}`;
}

test('a retry of an action whose outcome is unknown carries the same key; an answered one does not', () => {
  const keys = new ActionKeys(counter());
  const body = JSON.stringify({ sessionId: 's1', acceptTerms: true });
  const first = keys.keyFor('POST', '/api/enrollments', body);
  keys.settle('POST', '/api/enrollments', body, 'unknown');
  assert.equal(keys.keyFor('POST', '/api/enrollments', body), first, 'the retry after a timeout');
  keys.settle('POST', '/api/enrollments', body, 'answered');
  assert.notEqual(keys.keyFor('POST', '/api/enrollments', body), first, 'the next enrollment');
});

test('changed input, another address or another method is another action with its own key', () => {
  const keys = new ActionKeys(counter());
  const a = keys.keyFor('POST', '/api/enrollments', '{"sessionId":"s1"}');
  assert.notEqual(keys.keyFor('POST', '/api/enrollments', '{"sessionId":"s2"}'), a);
  assert.notEqual(keys.keyFor('POST', '/api/other', '{"sessionId":"s1"}'), a);
  assert.notEqual(keys.keyFor('PUT', '/api/enrollments', '{"sessionId":"s1"}'), a);
  assert.equal(keys.keyFor('POST', '/api/enrollments', '{"sessionId":"s1"}'), a);
});

test('only no answer, a server fault, a rate limit or "still running" leave the outcome unknown', () => {
  assert.equal(outcomeOf(0), 'unknown');
  assert.equal(outcomeOf(502), 'unknown');
  assert.equal(outcomeOf(408), 'unknown');
  assert.equal(outcomeOf(429), 'unknown');
  assert.equal(outcomeOf(409, 'https://klasse.dev/problems/idempotency-request-in-progress'), 'unknown');
  assert.equal(outcomeOf(409, 'https://klasse.dev/problems/session-full'), 'answered');
  assert.equal(outcomeOf(400, 'https://klasse.dev/problems/validation-failed'), 'answered');
  assert.equal(outcomeOf(201), 'answered');
});

/** The client against a stubbed fetch: what the server would see of a user's clicks. */
const realFetch = globalThis.fetch;
let sent: { key: string | undefined; body: string | undefined }[] = [];
let answers: Array<() => Response> = [];

beforeEach(() => {
  sent = [];
  answers = [];
  setCsrfToken('csrf-1');
  globalThis.fetch = async (_input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    sent.push({ key: headers.get('idempotency-key') ?? undefined, body: init?.body?.toString() });
    const answer = answers.shift();
    if (!answer) throw new TypeError('fetch failed');
    return answer();
  };
});
afterEach(() => {
  globalThis.fetch = realFetch;
  setCsrfToken(null);
});

const created = () =>
  new Response('{"id":"e1"}', { status: 201, headers: { 'content-type': 'application/json' } });
const problem = (status: number, slug: string) =>
  new Response(JSON.stringify({ type: `https://klasse.dev/problems/${slug}`, title: slug, status }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

test('the client sends a retry after a network error or a server fault with the same key', async () => {
  const enroll = () => api.post('/api/enrollments', { sessionId: 's1', acceptTerms: true });
  await assert.rejects(enroll(), (e: unknown) => e instanceof ApiProblem && e.status === 0);
  answers.push(() => problem(503, 'unavailable'));
  await assert.rejects(enroll(), (e: unknown) => e instanceof ApiProblem && e.status === 503);
  answers.push(created);
  assert.deepEqual(await enroll(), { id: 'e1' });
  assert.equal(sent.length, 3);
  assert.ok(sent[0]?.key);
  assert.equal(sent[1]?.key, sent[0]?.key);
  assert.equal(sent[2]?.key, sent[0]?.key);

  // Done: enrolling again (another learner's turn, say) is a new action.
  answers.push(created);
  await enroll();
  assert.notEqual(sent[3]?.key, sent[0]?.key);
});

test('the client gives changed input, or a new session, a new key', async () => {
  await assert.rejects(api.post('/api/enrollments', { sessionId: 's1' }));
  await assert.rejects(api.post('/api/enrollments', { sessionId: 's2' }));
  assert.notEqual(sent[1]?.key, sent[0]?.key);
  await assert.rejects(api.post('/api/enrollments', { sessionId: 's1' }));
  assert.equal(sent[2]?.key, sent[0]?.key);
  setCsrfToken('csrf-2');
  await assert.rejects(api.post('/api/enrollments', { sessionId: 's1' }));
  assert.notEqual(sent[3]?.key, sent[0]?.key);
});

test('a refusal the server answered ends the action: the next try gets a new key', async () => {
  answers.push(() => problem(409, 'session-full'));
  await assert.rejects(api.post('/api/enrollments', { sessionId: 's1' }));
  answers.push(created);
  await api.post('/api/enrollments', { sessionId: 's1' });
  assert.notEqual(sent[1]?.key, sent[0]?.key);
});
