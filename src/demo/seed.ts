/**
 * Demo data (issue 2, item 7): on first start with an empty database, a demo provider with a small
 * catalog and one account per role, so a visitor can log in and look around. `klasse demo --reset`
 * recreates it. Everything goes through the services, in one transaction: all of it or nothing; the
 * demo enrollments follow once it has committed (src/demo/enrollments.ts).
 */
import { createProductInTransaction } from '../catalog/service.ts';
import type { Role } from '../identity/model.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { type DemoEnrollmentPlan, seedDemoCatalog } from './catalog.ts';
import { seedDemoEnrollments } from './enrollments.ts';
import { lockDemoSeed } from './store.ts';

/** The one password of every demo account; printed in the log and documented in the README. */
export const DEMO_PASSWORD = 'klasse-demo';
export const DEMO_PROVIDER_SLUG = 'demo';
export const DEMO_EMAIL_DOMAIN = 'demo.klasse.local';

export interface DemoLogin {
  role: Role;
  email: string;
  name: string;
  /** The customer company the account belongs to, if any. */
  company: string | null;
}

export interface DemoLogins {
  password: string;
  accounts: DemoLogin[];
}

const PROVIDER = {
  name: 'Opleidingscentrum Demo B.V.',
  slug: DEMO_PROVIDER_SLUG,
  country: 'NL',
  timeZone: 'Europe/Amsterdam',
  termsProviderId: 'plusport-courses',
} as const;

// Made-up companies: KvK and VAT numbers have the right shape and belong to no one.
const CUSTOMERS = [
  {
    key: 'devries',
    name: 'Bouwbedrijf De Vries B.V.',
    chamberOfCommerceNumber: '90000001',
    vatNumber: 'NL900000001B01',
    street: 'Industrieweg 12',
    postalCode: '3542 AD',
    city: 'Utrecht',
    country: 'NL',
    billingEmail: 'crediteuren@bouwbedrijf-devries.example',
  },
  {
    key: 'jansen',
    name: 'Installatietechniek Jansen B.V.',
    chamberOfCommerceNumber: '90000002',
    vatNumber: 'NL900000002B01',
    street: 'Havenstraat 5',
    postalCode: '1011 AB',
    city: 'Amsterdam',
    country: 'NL',
    billingEmail: 'facturen@jansen-installatie.example',
  },
] as const;
type CustomerKey = (typeof CUSTOMERS)[number]['key'];

// Prices in euro cents excluding VAT. Training is exempt for a CRKBO-registered provider (art. 11
// lid 1 onderdeel o Wet OB 1968); a book is 9 %; the ATEX workshop is a draft, not yet published.
const PRODUCTS = [
  {
    code: 'VCA-B-PAKKET',
    name: 'VCA Basis: e-learning en examen',
    type: 'package',
    priceCents: 17_500,
    vatCode: 'exempt_training',
    durationMinutes: null,
    description: 'Cursuspakket: de e-learning VCA Basis met aansluitend het examen VCA Basis.',
  },
  {
    code: 'VCA-B-EL',
    name: 'VCA Basis e-learning',
    type: 'elearning',
    priceCents: 9_500,
    vatCode: 'exempt_training',
    durationMinutes: 480,
    description: 'Zelfstudie online, in eigen tempo; toegang vervalt na afloop van de toegangsperiode.',
  },
  {
    code: 'VCA-B-EX',
    name: 'Examen VCA Basis',
    type: 'exam',
    priceCents: 8_500,
    vatCode: 'exempt_training',
    durationMinutes: 75,
    description: 'Examen op locatie; neem een geldig legitimatiebewijs mee.',
    // VCA exams are taken at an external exam institute, on a computer (PlusPort cursus, art. 1 "Examen").
    examDelivery: 'external',
    examFormat: 'computer',
  },
  {
    code: 'NEN3140-VP',
    name: 'NEN 3140 Vakbekwaam persoon',
    type: 'classroom',
    priceCents: 49_500,
    vatCode: 'exempt_training',
    durationMinutes: 480,
    description:
      'Klassikale training over veilig werken aan en in de nabijheid van elektrische installaties.',
    programme:
      '08:30 ontvangst\n09:00 NEN 3140 en NEN-EN 50110: rollen en verantwoordelijkheden\n12:00 lunch\n12:30 risico-inventarisatie en werkmethoden\n15:30 toets\n16:30 einde',
    // plusport-cursusvoorwaarden#14.6: rescheduling a NEN 3140 training counts as a cancellation.
    reschedulesAsCancellation: true,
    proofOfParticipation: true,
  },
  {
    code: 'BHV-PRAKTIJK',
    name: 'BHV praktijksessie',
    type: 'practical',
    priceCents: 17_500,
    vatCode: 'exempt_training',
    durationMinutes: 240,
    description: 'Praktijkdag bedrijfshulpverlening: brandbestrijding, ontruiming en eerste hulp.',
    proofOfParticipation: true,
  },
  {
    code: 'HW-THEORIE',
    name: 'Hoogwerker theorie-examen (online)',
    type: 'exam',
    priceCents: 7_500,
    vatCode: 'exempt_training',
    durationMinutes: 60,
    description: 'Online theorie-examen hoogwerker; voorwaarde voor de praktijksessie.',
    examDelivery: 'own',
    examFormat: 'computer',
  },
  {
    code: 'HW-PRAKTIJK',
    name: 'Hoogwerker praktijksessie',
    type: 'practical',
    priceCents: 32_500,
    vatCode: 'exempt_training',
    durationMinutes: 480,
    description: 'Praktijkdag veilig werken met de hoogwerker. Alleen na het behaalde online theorie-examen.',
    proofOfParticipation: true,
  },
  {
    code: 'BOEK-VCA-B',
    name: 'Lesboek VCA Basis',
    type: 'textbook',
    priceCents: 3_995,
    vatCode: 'reduced_9',
    durationMinutes: null,
    description: 'Lesboek ter voorbereiding op het examen VCA Basis; wordt vooraf toegestuurd.',
  },
  {
    code: 'ATEX-WS',
    name: 'Workshop ATEX in de praktijk',
    type: 'workshop',
    priceCents: 29_500,
    vatCode: 'standard_21',
    durationMinutes: 180,
    description: 'Workshop over werken in explosiegevaarlijke omgevingen (concept, nog niet gepubliceerd).',
    published: false,
  },
] as const;

const ACCOUNTS: { role: Role; local: string; name: string; customer?: CustomerKey }[] = [
  { role: 'platform_admin', local: 'admin', name: 'Pim Platformbeheer' },
  { role: 'planner', local: 'planner', name: 'Sanne Bakker' },
  { role: 'administration', local: 'administration', name: 'Daan Visser' },
  { role: 'finance', local: 'finance', name: 'Fleur de Boer' },
  { role: 'instructor', local: 'instructor', name: 'Ruud Mulder' },
  { role: 'customer_admin', local: 'customer-admin', name: 'Eva de Vries', customer: 'devries' },
  { role: 'learner', local: 'learner', name: 'Tom Smit', customer: 'devries' },
  { role: 'learner', local: 'learner2', name: 'Lisa Jansen', customer: 'jansen' },
  { role: 'trainer', local: 'trainer', name: 'Karim El Amrani' },
];

interface CreatedDemo {
  logins: DemoLogins;
  enrollments: DemoEnrollmentPlan;
}

async function createDemo(tx: Tx, ctx: AppContext): Promise<CreatedDemo> {
  const provider = await identity.createProvider(ctx, tx, PROVIDER);
  const customers = new Map<CustomerKey, { id: string; name: string }>();
  for (const { key, ...customer } of CUSTOMERS) {
    customers.set(
      key,
      await identity.createCustomerInTransaction(tx, ctx, null, { ...customer, providerId: provider.id }),
    );
  }
  for (const product of PRODUCTS) {
    await createProductInTransaction(tx, ctx, null, { published: true, ...product, providerId: provider.id });
  }
  const accounts: DemoLogin[] = [];
  const userIds = new Map<string, string>();
  for (const account of ACCOUNTS) {
    const company = account.customer ? customers.get(account.customer) : undefined;
    const user = await identity.createUserInTransaction(tx, ctx, null, {
      email: `${account.local}@${DEMO_EMAIL_DOMAIN}`,
      name: account.name,
      role: account.role,
      locale: 'nl',
      providerId: account.role === 'platform_admin' ? null : provider.id,
      customerId: company?.id ?? null,
      password: DEMO_PASSWORD,
    });
    accounts.push({ role: user.role, email: user.email, name: user.name, company: company?.name ?? null });
    userIds.set(account.local, user.id);
  }
  const userId = (local: string) => {
    const id = userIds.get(local);
    if (!id) throw new Error(`demo account ${local} missing`);
    return id;
  };
  const enrollments = await seedDemoCatalog(tx, ctx, {
    providerId: provider.id,
    timeZone: provider.timeZone,
    termsProviderId: PROVIDER.termsProviderId,
    instructorId: userId('instructor'),
    plannerId: userId('planner'),
    learnerWithTheoryId: userId('learner'),
    customers: new Map([...customers.values()].map((c) => [c.name, c.id])),
  });
  return { logins: { password: DEMO_PASSWORD, accounts }, enrollments };
}

/**
 * Seeds the demo when the database has no provider yet (first start); returns the logins it made,
 * or null when there was something already. Safe when several processes start at once.
 */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<DemoLogins | null> {
  const created = await ctx.db.transaction().execute(async (tx) => {
    await lockDemoSeed(tx);
    if ((await identity.countProviders(tx)) > 0) return null;
    return createDemo(tx, ctx);
  });
  if (!created) return null;
  await seedDemoEnrollments(ctx, created.enrollments);
  return created.logins;
}

/**
 * Wipes the demo provider (its customers, users, sessions, tokens and products) and the demo
 * accounts, then creates them afresh. Other providers are not touched.
 */
export async function resetDemo(ctx: AppContext): Promise<DemoLogins> {
  const created = await ctx.db.transaction().execute(async (tx) => {
    await lockDemoSeed(tx);
    const existing = await identity.findProviderBySlug(ctx, DEMO_PROVIDER_SLUG, tx);
    // Deleting the provider cascades through its sessions, enrollments and their events and ledger.
    await identity.deleteProviderAndDomainUsers(tx, existing?.id ?? null, DEMO_EMAIL_DOMAIN);
    return createDemo(tx, ctx);
  });
  await seedDemoEnrollments(ctx, created.enrollments);
  return created.logins;
}

/** How to log in, for the start-up log and the CLI: a table with a column per field. */
export function describeDemoLogins(logins: DemoLogins): string {
  const rows = [
    ['E-mail', 'Role', 'Name', 'Company'],
    ...logins.accounts.map((a) => [a.email, a.role, a.name, a.company ?? '']),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [
    `Demo accounts, all with password "${logins.password}":`,
    line(rows[0] ?? []),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.slice(1).map(line),
  ].join('\n');
}
