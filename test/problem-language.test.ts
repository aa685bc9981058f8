/**
 * Problems in the language the user reads (issue 8, "one language per screen"): the web app sends
 * Accept-Language, and every detail, title and field message of a problem comes back in that
 * language; an API client that sends no language gets English, as before.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DUTCH } from '../src/platform/http/problem-dutch.ts';
import { requestLocale } from '../src/platform/http/problem-language.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type FullApp, startFullApp } from './support/full-app.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A quoted string literal without interpolation: '…', "…" or `…` without ${. */
const LITERAL = String.raw`'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|\x60([^\x60$\n]*)\x60`;

/** Where a fixed text that a user may read in a problem is written in the code. */
const PLACES = [
  String.raw`\bmessage: (?:${LITERAL})`,
  String.raw`\berror: (?:${LITERAL})`,
  String.raw`\.refine\([^,]+, (?:${LITERAL})`,
  String.raw`new (?:ForbiddenError|UnauthorizedError|NotFoundError)\(\s*(?:${LITERAL})`,
  String.raw`new (?:ConflictError\(\s*|AppError\(\s*\d+,\s*)'[a-z-]+',\s*(?:${LITERAL})`,
  String.raw`new (?:ConflictError\(\s*|AppError\(\s*\d+,\s*)'[a-z-]+',\s*(?:'[^'\n]*'|"[^"\n]*"),\s*(?:${LITERAL})\s*[,)]`,
  String.raw`\.(?:min|max|length|positive|nonnegative|negative|int|email|uuid|url|gte|lte|gt|lt|multipleOf)\((?:[^()'"\x60]*,\s*)?(?:${LITERAL})\)`,
  String.raw`\.regex\((?:/(?:[^/\n\\]|\\.)+/[a-z]*|[A-Z_]+),\s*(?:${LITERAL})\)`,
].map((source) => new RegExp(source, 'g'));

/** Texts that reach only the log, the CLI's own checks or the terms lint, not a problem a user reads. */
const NOT_SHOWN_IN_PROBLEMS = /^src\/(?:cli|terms\/lint|terms\/finance\/lint|platform\/config)/;

function fixedTextsInSources(): Map<string, string> {
  const files = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_SHOWN_IN_PROBLEMS.test(f));
  const texts = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(`${root}${file}`, 'utf8');
    for (const place of PLACES)
      for (const match of source.matchAll(place)) {
        const text = match[1] ?? match[2] ?? match[3];
        if (text) texts.set(text.replace(/\\(['"\\])/g, '$1'), file);
      }
  }
  return texts;
}

describe('the Dutch catalogue of problem texts', () => {
  it('has a Dutch wording for every fixed text a problem can carry', () => {
    const missing = [...fixedTextsInSources()]
      .filter(([text]) => DUTCH[text] === undefined)
      .map(([text, file]) => `${file}: ${JSON.stringify(text)}`);
    assert.deepEqual(missing, [], 'add these to src/platform/http/problem-dutch.ts');
  });
});

describe('the language of a request', () => {
  it('follows Accept-Language by preference, and is English without it', () => {
    const of = (header?: string) =>
      requestLocale({ headers: header === undefined ? {} : { 'accept-language': header } });
    assert.equal(of(), 'en');
    assert.equal(of('nl'), 'nl');
    assert.equal(of('nl-BE,nl;q=0.9'), 'nl');
    assert.equal(of('de-DE, en;q=0.5, nl;q=0.8'), 'nl');
    assert.equal(of('fr, de'), 'en');
    assert.equal(of('nl;q=0, en'), 'en');
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`problems in the user's language (${kind})`, () => {
    let full: FullApp;
    before(async () => {
      full = await startFullApp(kind);
    });
    after(async () => {
      await full?.close();
    });

    const createLocation = (language: string | undefined, payload: Record<string, unknown>) =>
      full.app.inject({
        method: 'POST',
        url: '/api/locations',
        headers: { ...full.planner.write, ...(language ? { 'accept-language': language } : {}) },
        payload,
      });

    it('words a refused form in Dutch for a Dutch reader, field by field', async () => {
      const response = await createLocation('nl', { name: '   ', capacity: 'many' });
      assert.equal(response.statusCode, 400);
      const problem = response.json<{
        title: string;
        detail: string;
        errors: { path: string; message: string }[];
      }>();
      assert.equal(problem.title, 'Ongeldige invoer');
      assert.match(problem.detail, /^Het verzoek heeft \d+ ongeldige velden: .*Er is niets gewijzigd\.$/);
      const byField = new Map(problem.errors.map((e) => [e.path, e.message]));
      assert.equal(byField.get('name'), 'mag niet leeg zijn');
      for (const message of byField.values())
        assert.doesNotMatch(message, /\b(must|expected|received|Invalid)\b/);
    });

    it('keeps English for an English reader and for a client that names no language', async () => {
      for (const language of ['en-GB', undefined]) {
        const response = await createLocation(language, { name: '   ' });
        const problem = response.json<{ title: string; errors: { path: string; message: string }[] }>();
        assert.equal(problem.title, 'Invalid input');
        assert.equal(problem.errors.find((e) => e.path === 'name')?.message, 'must not be empty');
      }
    });

    it('says in Dutch that a record does not exist, and that a route does not exist', async () => {
      const missing = await full.app.inject({
        method: 'GET',
        url: '/api/enrollments/00000000-0000-4000-8000-000000000000',
        headers: { ...full.planner.read, 'accept-language': 'nl' },
      });
      assert.equal(missing.statusCode, 404);
      assert.equal(
        missing.json<{ detail: string }>().detail,
        'Deze inschrijving bestaat niet, of is niet zichtbaar voor jou.',
      );
      const noRoute = await full.app.inject({
        method: 'GET',
        url: '/api/no-such-thing',
        headers: { 'accept-language': 'nl', accept: 'application/json' },
      });
      assert.equal(noRoute.json<{ detail: string }>().detail, 'GET /api/no-such-thing bestaat niet.');
    });

    it('words a refusal by role in Dutch', async () => {
      const response = await full.app.inject({
        method: 'GET',
        url: '/api/mails',
        headers: { ...full.admin.read, 'accept-language': 'nl' },
      });
      assert.equal(response.statusCode, 403);
      const problem = response.json<{ title: string; detail: string }>();
      assert.equal(problem.title, 'Niet toegestaan');
      assert.equal(
        problem.detail,
        'Alleen platformbeheerders en medewerkers van de aanbieder mogen bewaarde mail lezen.',
      );
    });
  });
}
