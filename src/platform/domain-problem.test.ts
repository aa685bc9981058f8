/**
 * Decision 0018: the pure rules throw a DomainProblem with no HTTP status; appErrorOf is the one
 * place that gives it one, so the API and the CLI answer as they did when the rules threw AppErrors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainProblem, invalidInput, notFound } from './domain-problem.ts';
import { AppError, appErrorOf } from './errors.ts';

test('invalid input is a 400 validation-failed naming its fields, in English, with a Dutch text too', () => {
  const problem = invalidInput('question-invalid', [{ path: 'type', message: 'unknown' }], {
    nl: 'De vraag is ongeldig.',
    en: 'The question is invalid.',
  });
  assert.ok(problem instanceof DomainProblem);
  assert.ok(!('status' in problem));
  const answer = appErrorOf(problem);
  assert.ok(answer instanceof AppError);
  assert.equal(answer.status, 400);
  assert.equal(answer.slug, 'validation-failed');
  assert.equal(answer.message, 'The question is invalid.');
  assert.deepEqual(
    answer.errors.map((e) => e.path),
    ['type'],
  );
});

test('something unknown is a 404 not-found, worded as NotFoundError words it', () => {
  const problem = notFound('terms-unknown', { nl: "Aanbieder 'nobody'", en: "Terms of provider 'nobody'" });
  assert.equal(problem.text.nl, "Aanbieder 'nobody' bestaat niet of is niet zichtbaar voor u.");
  const answer = appErrorOf(problem);
  assert.equal(answer?.status, 404);
  assert.equal(answer?.slug, 'not-found');
  assert.equal(answer?.message, "Terms of provider 'nobody' does not exist or is not visible to you.");
});

test('an AppError passes as it is; anything else is no answer (a fault of ours)', () => {
  const conflict = new AppError(409, 'taken', 'Taken');
  assert.equal(appErrorOf(conflict), conflict);
  assert.equal(appErrorOf(new TypeError('bug')), undefined);
});
