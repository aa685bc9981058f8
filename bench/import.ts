/**
 * The 10,000-row import sheet (issue 4, item 9): a CSV of 10,000 rows, one learner each, over 50
 * sessions of 200 seats, uploaded (read + every row validated + stored) and committed in one
 * transaction, through the service as the HTTP route calls it; on the embedded database, and on
 * PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Prints one JSON line.
 */
import { commitSheet, uploadSheet } from '../src/enrollment/import/service.ts';
import { actorOf, getUser } from '../src/identity/service.ts';
import type { DatabaseKind } from '../src/platform/db/connect.ts';
import { addSessions, startImportApp, uploadBody } from '../test/support/import-app.ts';

const ROWS = 10_000;
const SESSIONS = 50;

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];

async function run(kind: DatabaseKind) {
  const t = await startImportApp(kind);
  try {
    const codes = Array.from({ length: SESSIONS }, (_, i) => `BENCH-${String(i).padStart(2, '0')}`);
    await addSessions(
      t,
      codes.map((code) => ({ code, productCode: 'VCA-B-EX', capacity: ROWS / SESSIONS })),
    );
    const admin = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'customer-admin@demo.klasse.local')
      .executeTakeFirstOrThrow();
    const user = await getUser(
      t.ctx,
      {
        userId: admin.id,
        role: 'platform_admin',
        name: '',
        email: '',
        locale: 'nl',
        providerId: null,
        customerId: null,
      },
      admin.id,
    );
    const actor = actorOf(user);
    const lines = ['Sessiecode;Voornaam;Tussenvoegsel;Achternaam;E-mail;Personeelsnummer;Inkoopordernummer'];
    for (let i = 0; i < ROWS; i++) {
      lines.push(
        `${codes[i % SESSIONS]};Cursist;van;Nummer ${i};cursist${i}@bench.example;${10_000 + i};"PO-2026;${i % 7}"`,
      );
    }
    const body = uploadBody('bench.csv', `\ufeff${lines.join('\r\n')}\r\n`);
    // CPU time beside wall time: the embedded database runs on a worker thread of this process, so
    // its work counts too, and the figure holds when other work shares the machine.
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const v0 = performance.now();
    const vc0 = cpu();
    const sheet = await uploadSheet(t.ctx, actor, body);
    const validateMs = performance.now() - v0;
    const validateCpuMs = cpu() - vc0;
    if (sheet.validCount !== ROWS)
      throw new Error(`only ${sheet.validCount} valid rows: ${JSON.stringify(sheet.errors.slice(0, 3))}`);
    const c0 = performance.now();
    const cc0 = cpu();
    const result = await commitSheet(t.ctx, actor, sheet.id, {});
    const commitMs = performance.now() - c0;
    const commitCpuMs = cpu() - cc0;
    const seats = await t.ctx.db
      .selectFrom('sessions')
      .select('booked')
      .where('code', 'like', 'BENCH-%')
      .execute();
    if (result.enrolled !== ROWS || seats.some((s) => s.booked !== ROWS / SESSIONS))
      throw new Error('seats counted wrong');
    return {
      validateMs: Math.round(validateMs),
      commitMs: Math.round(commitMs),
      totalMs: Math.round(validateMs + commitMs),
      validateCpuMs: Math.round(validateCpuMs),
      commitCpuMs: Math.round(commitCpuMs),
    };
  } finally {
    await t.close();
  }
}

const out: Record<string, unknown> = { bench: 'import-sheet', rows: ROWS, sessions: SESSIONS };
for (const kind of kinds) out[kind] = await run(kind);
console.log(JSON.stringify(out));
