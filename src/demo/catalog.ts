/**
 * The demo's catalog beyond its products (issue 4): locations, the parts of the VCA package,
 * a prerequisite, private learners, and sessions over the coming weeks counted from the clock, so
 * the catalog, the planning list and go / no-go show something real. Everything through the catalog
 * and identity services, inside the seed's transaction.
 */
import type { Temporal } from 'temporal-polyfill';
import { createCalendar, fromPlainDate, toPlainDate, type WorkingDayCalendar } from '../calendar/index.ts';
import type { SessionKind } from '../catalog/model.ts';
import * as catalog from '../catalog/service.ts';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/database.ts';
import { builtInTerms } from '../terms/index.ts';

const LOCATIONS = [
  {
    key: 'utrecht',
    name: 'Opleidingscentrum Utrecht',
    street: 'Europalaan 10',
    postalCode: '3526 KS',
    city: 'Utrecht',
  },
  {
    key: 'amsterdam',
    name: 'Trainingslocatie Amsterdam Sloterdijk',
    street: 'Radarweg 29',
    postalCode: '1043 NX',
    city: 'Amsterdam',
  },
  {
    key: 'online',
    name: 'Virtueel klaslokaal',
    street: '',
    postalCode: '',
    city: 'Online',
    onlineUrl: 'https://klas.demo.klasse.local/examenzaal',
  },
  {
    key: 'devries',
    name: 'Bouwbedrijf De Vries, kantine werkplaats',
    street: 'Industrieweg 12',
    postalCode: '3542 AD',
    city: 'Utrecht',
  },
] as const;
type LocationKey = (typeof LOCATIONS)[number]['key'];

/**
 * Private learners (particulieren, no company), who fill the demo sessions. They have no password:
 * the demo logins stay the ones printed at start-up.
 */
const PRIVATE_LEARNERS = [
  ['anouk.dekker', 'Anouk Dekker'],
  ['bram.vanleeuwen', 'Bram van Leeuwen'],
  ['chantal.meijer', 'Chantal Meijer'],
  ['dennis.bos', 'Dennis Bos'],
  ['esra.yilmaz', 'Esra Yılmaz'],
  ['freek.hendriks', 'Freek Hendriks'],
  ['gijs.vandam', 'Gijs van Dam'],
  ['hanna.peeters', 'Hanna Peeters'],
  ['ivo.kok', 'Ivo Kok'],
  ['jolien.verhoeven', 'Jolien Verhoeven'],
] as const;

const PRODUCT_CODES = [
  'VCA-B-PAKKET',
  'VCA-B-EL',
  'VCA-B-EX',
  'NEN3140-VP',
  'BHV-PRAKTIJK',
  'HW-THEORIE',
  'HW-PRAKTIJK',
] as const;

interface DemoSession {
  product: (typeof PRODUCT_CODES)[number];
  /** Working days after today (no weekend, no public holiday: the provider's calendar). */
  inWorkingDays: number;
  start: string;
  end: string;
  location: LocationKey;
  capacity: number;
  minParticipants: number;
  /** How many private learners the demo enrolls, after the seed's transaction. */
  enroll: number;
  kind?: SessionKind;
  customer?: string;
  /** Registration closes this many calendar days before the start. */
  closesDaysBefore?: number;
}

// Some nearly full, some below their minimum, one closed group of a customer (plusport-cursusvoorwaarden#14.7).
const SESSIONS: DemoSession[] = [
  {
    product: 'HW-THEORIE',
    inWorkingDays: 3,
    start: '19:00',
    end: '20:00',
    location: 'online',
    capacity: 40,
    minParticipants: 1,
    enroll: 4,
  },
  {
    product: 'NEN3140-VP',
    inWorkingDays: 4,
    start: '08:30',
    end: '16:30',
    location: 'utrecht',
    capacity: 10,
    minParticipants: 6,
    enroll: 3,
    closesDaysBefore: 2,
  },
  {
    product: 'VCA-B-PAKKET',
    inWorkingDays: 7,
    start: '09:00',
    end: '10:15',
    location: 'utrecht',
    capacity: 12,
    minParticipants: 4,
    enroll: 10,
    closesDaysBefore: 3,
  },
  {
    product: 'BHV-PRAKTIJK',
    inWorkingDays: 9,
    start: '09:00',
    end: '13:00',
    location: 'amsterdam',
    capacity: 8,
    minParticipants: 4,
    enroll: 7,
  },
  {
    product: 'VCA-B-EX',
    inWorkingDays: 12,
    start: '13:30',
    end: '14:45',
    location: 'amsterdam',
    capacity: 16,
    minParticipants: 1,
    enroll: 1,
  },
  {
    product: 'HW-PRAKTIJK',
    inWorkingDays: 15,
    start: '08:00',
    end: '16:00',
    location: 'utrecht',
    capacity: 6,
    minParticipants: 3,
    enroll: 0,
  },
  {
    product: 'NEN3140-VP',
    inWorkingDays: 18,
    start: '08:30',
    end: '16:30',
    location: 'devries',
    capacity: 12,
    minParticipants: 1,
    enroll: 0,
    kind: 'in_company',
    customer: 'Bouwbedrijf De Vries B.V.',
  },
  {
    product: 'VCA-B-PAKKET',
    inWorkingDays: 20,
    start: '09:00',
    end: '10:15',
    location: 'amsterdam',
    capacity: 12,
    minParticipants: 4,
    enroll: 2,
    closesDaysBefore: 3,
  },
  {
    product: 'NEN3140-VP',
    inWorkingDays: 25,
    start: '08:30',
    end: '16:30',
    location: 'amsterdam',
    capacity: 10,
    minParticipants: 6,
    enroll: 0,
    closesDaysBefore: 2,
  },
];

/** A session the demo made, and the learners it will enroll once the seed has committed. */
export interface DemoEnrollmentPlan {
  plannerId: string;
  sessions: { sessionId: string; learnerIds: string[] }[];
}

/**
 * The provider's working-day calendar, from the terms the demo provider runs under (issue 8: demo
 * sessions fall on no public holiday, as the provider's own calendar counts them).
 */
function demoCalendar(termsProviderId: string): WorkingDayCalendar {
  const versions = builtInTerms().filter((terms) => terms.provider === termsProviderId);
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error(`demo terms ${termsProviderId} missing`);
  return createCalendar(latest.calendar);
}

function addWorkingDays(
  calendar: WorkingDayCalendar,
  day: Temporal.PlainDate,
  n: number,
): Temporal.PlainDate {
  return toPlainDate(calendar.addWorkingDays(fromPlainDate(day), n));
}

export async function seedDemoCatalog(
  tx: Tx,
  ctx: AppContext,
  o: {
    providerId: string;
    timeZone: string;
    termsProviderId: string;
    instructorId: string;
    plannerId: string;
    learnerWithTheoryId: string;
    customers: Map<string, string>;
  },
): Promise<DemoEnrollmentPlan> {
  const locations = new Map<LocationKey, string>();
  for (const { key, ...location } of LOCATIONS) {
    const made = await catalog.createLocationInTransaction(tx, ctx, null, {
      ...location,
      providerId: o.providerId,
    });
    locations.set(key, made.id);
  }
  const productIds = new Map<string, string>();
  for (const code of PRODUCT_CODES) {
    const product = await catalog.findProductByCode(tx, o.providerId, code);
    if (!product) throw new Error(`demo product ${code} missing`);
    productIds.set(code, product.id);
  }
  const id = (code: (typeof PRODUCT_CODES)[number]) => productIds.get(code) as string;
  // The package's parts, each with its own share of the package price and VAT code (PlusPort cursus
  // 15.5); together exactly the package price of 175 euro.
  await catalog.setComponentsInTransaction(tx, ctx, null, id('VCA-B-PAKKET'), {
    components: [
      { componentId: id('VCA-B-EL'), priceCents: 9_000, vatCode: 'exempt_training' },
      { componentId: id('VCA-B-EX'), priceCents: 8_500, vatCode: 'exempt_training' },
    ],
  });
  // Passed the online theory exam before the practical session.
  await catalog.setPrerequisitesInTransaction(tx, null, id('HW-PRAKTIJK'), {
    prerequisites: [{ requiredProductId: id('HW-THEORIE'), requirement: 'passed' }],
  });
  const today = ctx.clock.now().toZonedDateTimeISO(o.timeZone).toPlainDate();
  await catalog.recordAchievementInTransaction(
    tx,
    ctx,
    null,
    { id: o.learnerWithTheoryId, providerId: o.providerId },
    {
      productId: id('HW-THEORIE'),
      achievement: 'passed',
      achievedOn: today.subtract({ days: 12 }).toString(),
    },
  );

  const learners: string[] = [];
  for (const [local, name] of PRIVATE_LEARNERS) {
    const user = await identity.createUserInTransaction(tx, ctx, null, {
      email: `${local}@demo.klasse.local`,
      name,
      role: 'learner',
      locale: 'nl',
      providerId: o.providerId,
      customerId: null,
    });
    learners.push(user.id);
  }

  const plan: DemoEnrollmentPlan = { plannerId: o.plannerId, sessions: [] };
  const calendar = demoCalendar(o.termsProviderId);
  for (const s of SESSIONS) {
    const day = addWorkingDays(calendar, today, s.inWorkingDays);
    const customerId = s.customer ? o.customers.get(s.customer) : null;
    if (customerId === undefined) throw new Error(`demo customer ${s.customer} missing`);
    const session = await catalog.createSessionInTransaction(tx, ctx, null, {
      productId: id(s.product),
      code: `${s.product}-${day.toString().replaceAll('-', '')}-${s.location.toUpperCase()}`,
      startsAt: `${day}T${s.start}`,
      endsAt: `${day}T${s.end}`,
      locationId: locations.get(s.location) ?? null,
      instructorId: o.instructorId,
      capacity: s.capacity,
      minParticipants: s.minParticipants,
      registrationDeadline: s.closesDaysBefore ? `${day.subtract({ days: s.closesDaysBefore })}T17:00` : null,
      kind: s.kind ?? 'open',
      customerId,
    });
    // The theory exam's learners need no prerequisite; the practical one would (none enrolled).
    if (s.enroll > 0) plan.sessions.push({ sessionId: session.id, learnerIds: learners.slice(0, s.enroll) });
  }
  return plan;
}
