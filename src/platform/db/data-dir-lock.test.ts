import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock.ts';

describe('the embedded data folder lock', () => {
  it('is held with our pid, shared within the process, and gone when the last holder releases it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klasse-lock-'));
    try {
      const lockFile = path.join(dir, LOCK_FILE_NAME);
      const server = lockDataDir(dir);
      const database = lockDataDir(dir);
      assert.equal(readFileSync(lockFile, 'utf8').trim(), String(process.pid));
      database.release();
      assert.ok(existsSync(lockFile), 'still held by the server');
      server.release();
      assert.ok(!existsSync(lockFile));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses while another running process holds it, and takes over a dead one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klasse-lock-'));
    try {
      const lockFile = path.join(dir, LOCK_FILE_NAME);
      // Our parent (the test runner) runs and is not us.
      writeFileSync(lockFile, `${process.ppid}\n`);
      assert.throws(
        () => lockDataDir(dir),
        (error: unknown) => {
          assert.ok(error instanceof DataDirLockedError);
          assert.match(error.message, new RegExp(`in use by another Klasse \\(process ${process.ppid}\\)`));
          return true;
        },
      );
      assert.equal(readFileSync(lockFile, 'utf8').trim(), String(process.ppid), 'left alone');

      const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
      writeFileSync(lockFile, gone.stdout);
      const lock = lockDataDir(dir);
      assert.equal(readFileSync(lockFile, 'utf8').trim(), String(process.pid));
      lock.release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
