import { Writable } from 'node:stream';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from './config.ts';

export interface LoggerOptions {
  level: Config['logLevel'];
  /**
   * Human-readable lines instead of JSON. Default: only when stdout is a terminal, so a developer
   * running `npm start` reads plain lines while a server's log collector still gets one JSON object
   * per line.
   */
  pretty?: boolean;
  /**
   * Where lines go; standard output by default, written synchronously: per-request lines are at
   * debug level, so the few lines written are cheap, and none is lost when the process exits.
   */
  destination?: DestinationStream;
}

type Target = { write(text: string): unknown };

/** The one pino logger of a process; Fastify and every service log through children of it. */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  const target = options.destination ?? (pretty ? process.stdout : pino.destination(1));
  const destination = pretty ? prettyStream(target) : target;
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // A session cookie or an API token never belongs in a log line.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const HIDDEN_KEYS = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'err']);

/** Formats one pino JSON line as `12:00:01 INFO  message key=value`. */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `${line}\n`;
  }
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const level = LEVEL_NAMES[Number(entry.level)] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key]) => !HIDDEN_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const err = entry.err as { stack?: string } | undefined;
  const stack = err?.stack ? `\n${err.stack}` : '';
  return `${time} ${level} ${String(entry.msg ?? '')}${fields.length > 0 ? `  ${fields.join(' ')}` : ''}${stack}\n`;
}

function prettyStream(target: Target): DestinationStream {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      pending += chunk.toString();
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        target.write(formatLogLine(pending.slice(0, newline)));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
      done();
    },
  });
}
