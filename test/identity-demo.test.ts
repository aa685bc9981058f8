import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { searchCatalog } from '../src/catalog/service.ts';
import { command as demoCommand } from '../src/cli/commands/demo.ts';
import { command as userCommand } from '../src/cli/commands/user.ts';
import { type CliIo, UsageError } from '../src/cli/model.ts';
import { DEMO_PASSWORD, describeDemoLogins, resetDemo, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { type Actor, ROLES } from '../src/identity/model.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { startTestApp, type TestApp } from './support/identity-app.ts';

const operator: Actor = {
  userId: 'operator',
  role: 'platform_admin',
  name: 'test',
  email: 'test',
  locale: 'en',
  providerId: null,
  customerId: null,
};

for (const kind of testDatabaseKinds()) {
  describe(`demo data and the user command (${kind})`, () => {
    let t: TestApp;
    const emails = async () => (await identity.listUsers(t.ctx, operator)).map((u) => u.email).sort();

    function cliIo(stdin = '') {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = {
        readStdin: async () => stdin,
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
        loadConfig: () => t.ctx.config,
        openContext: async () => ({ ctx: t.ctx, close: async () => {} }),
      };
      return { io, out, err };
    }

    before(async () => {
      t = await startTestApp(kind);
    });
    after(async () => {
      await t.close();
    });

    it('seeds an empty database with one account per role, each able to log in', async () => {
      const logins = await seedDemoIfEmpty(t.ctx);
      assert.ok(logins);
      assert.equal(logins.password, DEMO_PASSWORD);
      assert.deepEqual([...new Set(logins.accounts.map((a) => a.role))].sort(), [...ROLES].sort());
      const learners = logins.accounts.filter((a) => a.role === 'learner');
      assert.equal(learners.length, 2);
      assert.notEqual(
        learners[0]?.company,
        learners[1]?.company,
        'the two learners work for different companies',
      );
      for (const account of logins.accounts) {
        assert.match(account.email, /@demo\.klasse\.local$/);
        const result = await identity.login(
          t.ctx,
          { email: account.email, password: DEMO_PASSWORD },
          '127.0.0.1',
        );
        assert.equal(result.user.role, account.role);
      }
      assert.match(describeDemoLogins(logins), /planner@demo\.klasse\.local +planner/);

      const me = await identity.me(
        t.ctx,
        identity.actorOf((await identity.listUsers(t.ctx, operator, { role: 'planner' }))[0]!),
      );
      assert.equal(me.provider?.name, 'Opleidingscentrum Demo B.V.');
      assert.equal(me.provider?.country, 'NL');
      assert.equal(me.provider?.timeZone, 'Europe/Amsterdam');
      assert.equal(me.provider?.termsProviderId, 'plusport-courses');
      assert.equal((await identity.listCustomers(t.ctx, operator)).length, 2);
      const products = await searchCatalog(t.ctx, null, { provider: 'demo' });
      assert.ok(products.length >= 5);
      assert.ok(products.some((p) => p.type === 'package'));
    });

    it('seeds only once: a second start finds data and adds nothing', async () => {
      const before = await emails();
      assert.equal(await seedDemoIfEmpty(t.ctx), null);
      assert.deepEqual(await emails(), before);
    });

    it('creates a user from the command line, password on standard input', async () => {
      const { io, out } = cliIo('een-geheim-wachtwoord\n');
      const code = await userCommand.run(
        [
          'create',
          '--email',
          'Docent@Demo.example',
          '--name',
          'Extra Docent',
          '--role',
          'instructor',
          '--provider',
          'demo',
        ],
        io,
      );
      assert.equal(code, 0);
      assert.match(out.join(''), /Created instructor docent@demo\.example/);
      const result = await identity.login(
        t.ctx,
        { email: 'docent@demo.example', password: 'een-geheim-wachtwoord' },
        '::1',
      );
      assert.equal(result.user.name, 'Extra Docent');
    });

    it('says clearly what is wrong with a bad role, an unknown provider or a taken e-mail', async () => {
      const before = await emails();
      const badRole = cliIo('een-geheim-wachtwoord');
      await assert.rejects(
        userCommand.run(
          ['create', '--email', 'a@b.example', '--name', 'A', '--role', 'boss', '--provider', 'demo'],
          badRole.io,
        ),
        (error: unknown) => error instanceof UsageError && /unknown role "boss".*planner/.test(error.message),
      );
      const unknownProvider = cliIo('een-geheim-wachtwoord');
      const code = await userCommand.run(
        ['create', '--email', 'a@b.example', '--name', 'A', '--role', 'planner', '--provider', 'nergens'],
        unknownProvider.io,
      );
      assert.equal(code, 1);
      assert.match(unknownProvider.err.join(''), /provider: no provider with slug nergens/);
      const taken = cliIo('een-geheim-wachtwoord');
      const takenCode = await userCommand.run(
        [
          'create',
          '--email',
          'PLANNER@demo.klasse.local',
          '--name',
          'B',
          '--role',
          'planner',
          '--provider',
          'demo',
        ],
        taken.io,
      );
      assert.equal(takenCode, 1);
      assert.match(taken.err.join(''), /already a user with e-mail planner@demo\.klasse\.local/);
      const noPassword = cliIo('');
      await assert.rejects(
        userCommand.run(
          ['create', '--email', 'c@d.example', '--name', 'C', '--role', 'planner', '--provider', 'demo'],
          noPassword.io,
        ),
        UsageError,
      );
      assert.deepEqual(await emails(), before, 'nothing was written');
    });

    it('recreates the demo with `klasse demo --reset`, leaving other providers alone', async () => {
      // Changes to the demo, and a provider that is not the demo.
      const planner = (await identity.listUsers(t.ctx, operator, { role: 'planner' }))[0]!;
      await identity.updateUser(t.ctx, operator, planner.id, { name: 'Hernoemd' });
      await t.ctx.db.transaction().execute((tx) =>
        identity.createProvider(t.ctx, tx, {
          name: 'Echte Opleider',
          slug: 'echt',
          country: 'BE',
          timeZone: 'Europe/Brussels',
          termsProviderId: 'vapro',
        }),
      );
      await identity.createUserAsOperator(t.ctx, {
        email: 'planner@echt.example',
        name: 'Echte Planner',
        role: 'planner',
        providerSlug: 'echt',
        password: 'een-geheim-wachtwoord',
      });

      const { io, out } = cliIo();
      assert.equal(await demoCommand.run(['--reset'], io), 0);
      assert.match(out.join(''), /Demo recreated[\s\S]*klasse-demo[\s\S]*learner2@demo\.klasse\.local/);
      const after = await emails();
      assert.ok(after.includes('planner@echt.example'), 'the other provider keeps its users');
      assert.ok(!after.includes('docent@demo.example'), 'users added to the demo provider are gone');
      const demoPlanner = (await identity.listUsers(t.ctx, operator, { q: 'planner@demo' }))[0];
      assert.equal(demoPlanner?.name, 'Sanne Bakker');
      assert.equal((await identity.listCustomers(t.ctx, operator)).length, 2);
      assert.equal(await resetDemo(t.ctx).then((l) => l.accounts.length), ROLES.length + 1);
    });
  });
}
