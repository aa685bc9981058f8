import { openDatabase } from '../../platform/db/connect.ts';
import { migrate, migrationStatus } from '../../platform/db/migrate.ts';
import { parseFlags } from '../flags.ts';
import { type CliCommand, EXIT_OK } from '../model.ts';

/**
 * `klasse migrate`: applies the pending SQL migrations to the configured database, as the server
 * does when it starts; with --status only says which are applied and which are pending. Useful
 * before starting several instances on one PostgreSQL, or to check a database after an upgrade.
 */
export const command: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations (or list them with --status)',
  usage: `Usage: klasse migrate [--status]

  --status   List applied and pending migrations; change nothing.

Uses DATABASE_URL, or the embedded database in KLASSE_DATA_DIR (default ./data).`,
  async run(args, io) {
    const { values } = parseFlags(args, { status: { type: 'boolean', default: false } });
    const config = io.loadConfig();
    const database = await openDatabase({
      url: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: 1,
    });
    try {
      const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
      if (values.status) {
        const { applied, pending } = await migrationStatus(database.db);
        for (const name of applied) io.stdout(`applied  ${name}\n`);
        for (const name of pending) io.stdout(`pending  ${name}\n`);
        io.stdout(`${pending.length === 0 ? 'Up to date' : `${pending.length} pending`} (${where}).\n`);
        return EXIT_OK;
      }
      const done = await migrate(database.db);
      for (const name of done) io.stdout(`applied  ${name}\n`);
      io.stdout(
        done.length === 0
          ? `Nothing to apply: ${where} is up to date.\n`
          : `Applied ${done.length} migration(s) to ${where}.\n`,
      );
      return EXIT_OK;
    } finally {
      await database.close();
    }
  },
};
