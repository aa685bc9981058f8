/**
 * Decision 0016: embedded test databases start from a snapshot of the migrated cluster. A test
 * must never run on a schema older than migrations/: an added or edited migration names another
 * snapshot, which is then built from scratch.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { snapshotFile } from './support/migrated-snapshot.ts';

describe('the migrated test snapshot', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'klasse-migrations-'));
    await writeFile(path.join(dir, '0001_first.sql'), 'create table a (id int);');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is another file when a migration is added or edited, the same when nothing changed', async () => {
    const first = await snapshotFile(dir);
    assert.equal(await snapshotFile(dir), first);
    await writeFile(path.join(dir, '0002_second.sql'), 'create table b (id int);');
    const added = await snapshotFile(dir);
    assert.notEqual(added, first);
    await writeFile(path.join(dir, '0002_second.sql'), 'create table b (id bigint);');
    const edited = await snapshotFile(dir);
    assert.notEqual(edited, added);
    assert.notEqual(edited, first);
  });
});
