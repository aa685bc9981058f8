import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './model.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's flags strictly: an unknown flag, a missing value or a stray argument is a
 * UsageError naming it, never silently ignored.
 */
export function parseFlags<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
