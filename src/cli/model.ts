import type { RunningContext } from '../app.ts';
import type { Config } from '../platform/config.ts';

/** What a command is given to talk to the world, so a test can run it with its own streams. */
export interface CliIo {
  /** Standard input, read whole (for piped input such as a password or a sheet). */
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The settings from the environment, as the server reads them (throws ConfigError). */
  loadConfig(): Config;
  /**
   * The same database and services the server uses, migrated, with the job queue started without
   * workers (jobs a command enqueues are run by the server). Close it when done.
   */
  openContext(): Promise<RunningContext>;
}

/**
 * One `klasse <name>` command: a file in src/cli/commands/ named after it, exporting `command`.
 * run() answers the exit code: 0 done, 1 failed; bad arguments throw UsageError (exit 2).
 */
export interface CliCommand {
  name: string;
  /** One line for `klasse help`. */
  summary: string;
  /** The synopsis and flags, printed by `klasse help <name>` and after a usage error. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Bad arguments or flags: the dispatcher prints the message and the command's usage and exits 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
