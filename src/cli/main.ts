/**
 * The `klasse` command (bin/klasse.js; `npx klasse ...` or `npm run klasse -- ...` in a checkout).
 * Each command is a file in src/cli/commands/; see src/cli/model.ts.
 */
import { text } from 'node:stream/consumers';
import { openAppContext } from '../app.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { runCli } from './dispatch.ts';
import type { CliIo } from './model.ts';

const env = process.env;

const io: CliIo = {
  readStdin: () => text(process.stdin),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  loadConfig: () => loadConfig(env),
  openContext() {
    const config = loadConfig(env);
    // A command's own output goes to stdout; the log goes to stderr, and only warnings unless
    // LOG_LEVEL asks for more, so the output stays readable and pipeable.
    const logger = createLogger({
      level: env.LOG_LEVEL ? config.logLevel : 'warn',
      pretty: process.stderr.isTTY === true,
      destination: process.stderr,
    });
    return openAppContext(config, { logger, runJobs: false });
  },
};

process.exitCode = await runCli(process.argv.slice(2), io);
