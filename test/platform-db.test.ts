import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrate } from '../src/platform/db/migrate.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';

for (const kind of testDatabaseKinds()) {
  describe(`database (${kind})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await openTestDatabase(kind);
    });
    after(async () => {
      await database.close();
    });

    it('has applied every migration, and applying again changes nothing', async () => {
      const applied = await database.db.selectFrom('klasse_migrations').select('name').execute();
      assert.ok(applied.length > 0);
      assert.deepEqual(await migrate(database.db), []);
    });

    it('rolls a failed transaction back whole', async () => {
      await sql`create table probe (id int primary key)`.execute(database.db);
      await assert.rejects(
        database.db.transaction().execute(async (tx) => {
          await sql`insert into probe values (1)`.execute(tx);
          await sql`insert into probe values (1)`.execute(tx);
        }),
      );
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from probe`.execute(database.db);
      assert.equal(rows[0]?.n, 0);
    });
  });
}
