import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger, formatLogLine } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('writes one JSON object per line, without cookies or bearer tokens', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', pretty: false, destination: stream });
    logger.info({ headers: { cookie: 'klasse_session=abc', authorization: 'Bearer t0k3n' } }, 'hello');
    logger.debug('not at info level');
    assert.equal(lines.length, 1);
    const entry = JSON.parse(lines[0] ?? '') as {
      msg: string;
      level: number;
      headers: Record<string, string>;
    };
    assert.equal(entry.msg, 'hello');
    assert.equal(entry.level, 30);
    assert.equal(entry.headers.cookie, '[redacted]');
    assert.equal(entry.headers.authorization, '[redacted]');
  });

  it('formats a line for people reading a terminal', () => {
    const line = formatLogLine(
      JSON.stringify({ level: 40, time: '2026-03-02T09:15:30.123Z', pid: 7, msg: 'slow request', ms: 1200 }),
    );
    assert.equal(line, '09:15:30 WARN  slow request  ms=1200\n');
    assert.equal(formatLogLine('not json'), 'not json\n');
  });
});
