import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { seedDemoIfEmpty } from '../src/demo/seed.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { startTestApp, type TestApp } from './support/identity-app.ts';

// Dutch public holidays within the demo's 25 working days from 22 December 2026.
const HOLIDAYS = ['2026-12-25', '2026-12-26', '2027-01-01'];

for (const kind of testDatabaseKinds()) {
  describe(`demo sessions and the provider's calendar (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
    });
    after(async () => {
      await t.close();
    });

    it('plans no demo session on a public holiday or a weekend (issue 8)', async () => {
      t.clock.set('2026-12-22T08:00:00Z');
      assert.ok(await seedDemoIfEmpty(t.ctx));
      const { rows } = await sql<{ day: string; weekday: number }>`
        select to_char(starts_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as day,
               extract(isodow from starts_at at time zone 'Europe/Amsterdam')::int as weekday
        from sessions`.execute(t.ctx.db);
      assert.ok(rows.length >= 9);
      // Counting Monday to Friday only, the third working day after Tuesday 22 December is Christmas.
      assert.deepEqual(
        rows.filter((r) => HOLIDAYS.includes(r.day) || r.weekday > 5),
        [],
      );
      assert.ok(
        rows.some((r) => r.day === '2026-12-28'),
        'the third working day is the Monday after',
      );
    });
  });
}
