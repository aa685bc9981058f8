import { describeDemoLogins, resetDemo, seedDemoIfEmpty } from '../../demo/seed.ts';
import { parseFlags } from '../flags.ts';
import { type CliCommand, EXIT_OK } from '../model.ts';

const usage = `klasse demo [--reset]

Without flags: fills an empty database with the demo provider, catalog and accounts (as the first
start does). With --reset: wipes the demo provider's data and the demo accounts and creates them
again; other providers are left alone.`;

export const command: CliCommand = {
  name: 'demo',
  summary: 'Create the demo provider and accounts, or recreate them with --reset',
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, { reset: { type: 'boolean', default: false } });
    const running = await io.openContext();
    try {
      const logins = values.reset ? await resetDemo(running.ctx) : await seedDemoIfEmpty(running.ctx);
      if (!logins) {
        io.stdout(
          'The database already has a provider, so no demo was added. Use --reset to recreate the demo.\n',
        );
      } else {
        io.stdout(`${values.reset ? 'Demo recreated.' : 'Demo created.'}\n${describeDemoLogins(logins)}\n`);
      }
      return EXIT_OK;
    } finally {
      await running.close();
    }
  },
};
