import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../platform/config.ts';
import { appErrorOf } from '../platform/errors.ts';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './model.ts';

export const COMMANDS_DIR = path.resolve(import.meta.dirname, 'commands');
const COMMAND_NAME = /^[a-z][a-z0-9-]*$/;

function isCommand(value: unknown): value is CliCommand {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.name === 'string' &&
    typeof c.summary === 'string' &&
    typeof c.usage === 'string' &&
    typeof c.run === 'function'
  );
}

/** Loads src/cli/commands/<name>.ts; its `command` must be named like the file. */
async function loadCommand(dir: string, name: string): Promise<CliCommand | undefined> {
  if (!COMMAND_NAME.test(name)) return undefined;
  const files = await readdir(dir);
  if (!files.includes(`${name}.ts`)) return undefined;
  const loaded = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as { command?: unknown };
  if (!isCommand(loaded.command) || loaded.command.name !== name) {
    throw new Error(`src/cli/commands/${name}.ts must export \`command\` with name '${name}'`);
  }
  return loaded.command;
}

export async function listCommands(dir = COMMANDS_DIR): Promise<CliCommand[]> {
  const names = (await readdir(dir))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.slice(0, -3))
    .sort();
  const commands: CliCommand[] = [];
  for (const name of names) {
    const command = await loadCommand(dir, name);
    if (command) commands.push(command);
  }
  return commands;
}

async function help(io: CliIo, dir: string, topic: string | undefined): Promise<number> {
  if (topic !== undefined) {
    const command = await loadCommand(dir, topic);
    if (!command) {
      io.stderr(`klasse: unknown command '${topic}'. Run 'klasse help' to list the commands.\n`);
      return EXIT_USAGE;
    }
    io.stdout(`${command.summary}\n\n${command.usage.trimEnd()}\n`);
    return EXIT_OK;
  }
  const commands = await listCommands(dir);
  const width = Math.max(4, ...commands.map((c) => c.name.length));
  const lines = [
    'Usage: klasse <command> [arguments]',
    '',
    'Commands:',
    `  ${'help'.padEnd(width)}  List the commands, or explain one: klasse help <command>`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Settings come from the environment, as for the server (DATABASE_URL, KLASSE_DATA_DIR, ...).',
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

function describeFailure(error: unknown): string {
  const refusal = appErrorOf(error);
  if (refusal) {
    const fields = refusal.errors.map((e) => `\n  ${e.path}: ${e.message}`).join('');
    return `${refusal.title}: ${refusal.message}${fields}`;
  }
  if (error instanceof ConfigError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `klasse <command> [arguments]`: runs the command and answers its exit code. 0: done; 1: it failed
 * (a refused input, an unreachable database); 2: the command line itself is wrong.
 */
export async function runCli(argv: string[], io: CliIo, dir = COMMANDS_DIR): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    if (args.length > 1) {
      io.stderr('klasse help: give at most one command name\n');
      return EXIT_USAGE;
    }
    return help(io, dir, args[0]);
  }
  const command = await loadCommand(dir, name);
  if (!command) {
    io.stderr(`klasse: unknown command '${name}'. Run 'klasse help' to list the commands.\n`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) return help(io, dir, name);
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`klasse ${name}: ${error.message}\n\n${command.usage.trimEnd()}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`klasse ${name}: ${describeFailure(error)}\n`);
    return EXIT_FAILED;
  }
}
