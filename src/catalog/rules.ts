/** Who may see and change which products. Pure; the service loads the rows and asks. */
import { Temporal } from 'temporal-polyfill';
import { type Actor, isProviderStaff } from '../identity/model.ts';
import type { FieldError } from '../platform/errors.ts';
import type { Achievement, GoNoGoState, Product, ProductType, SessionKind, SessionStatus } from './model.ts';

/** Provider staff keep their own provider's catalog; the platform admin any provider's. */
export function canManageCatalog(actor: Actor | null, providerId: string): boolean {
  if (!actor) return false;
  if (actor.role === 'platform_admin') return true;
  return isProviderStaff(actor.role) && actor.providerId === providerId;
}

/**
 * Whose unpublished products an actor may see next to every provider's published ones: the platform
 * admin all, provider staff their own provider's, anyone else (also visitors) none.
 */
export function unpublishedVisibleTo(actor: Actor | null): string | 'all' | null {
  if (!actor) return null;
  if (actor.role === 'platform_admin') return 'all';
  if (isProviderStaff(actor.role) && actor.providerId) return actor.providerId;
  return null;
}

export function canSeeProduct(
  actor: Actor | null,
  product: Pick<Product, 'published' | 'providerId'>,
): boolean {
  return product.published || canManageCatalog(actor, product.providerId);
}

// ---- products

/** Exam delivery and format belong to exams only (migration 0006, products_exam_fields). */
export function examFieldErrors(p: {
  type: ProductType;
  examDelivery: string | null;
  examFormat: string | null;
}): FieldError[] {
  if (p.type === 'exam') return [];
  const errors: FieldError[] = [];
  if (p.examDelivery !== null)
    errors.push({ path: 'examDelivery', message: 'only an exam has an exam delivery' });
  if (p.examFormat !== null) errors.push({ path: 'examFormat', message: 'only an exam has an exam format' });
  return errors;
}

/** A component as the package list names it, with the facts of the product it points at. */
export interface ComponentCandidate {
  componentId: string;
  priceCents: number;
  /** The product it points at, if it exists and is visible to this provider's staff. */
  product: { providerId: string; type: ProductType } | undefined;
}

/**
 * The parts of a course package (PlusPort cursus, art. 1 "Cursuspakket"): each an existing product of
 * the same provider, not a package itself, named once; their shares add up to the package price,
 * since a cancellation fee is a share "of the part concerned" (art. 15.5) and every cent of the
 * package must be in exactly one part.
 */
export function componentErrors(
  pkg: { id: string; providerId: string; type: ProductType; priceCents: number },
  components: ComponentCandidate[],
): FieldError[] {
  if (pkg.type !== 'package') return [{ path: 'components', message: 'only a package has components' }];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  components.forEach((c, i) => {
    const path = `components.${i}.componentId`;
    if (c.componentId === pkg.id) errors.push({ path, message: 'a package cannot contain itself' });
    else if (!c.product || c.product.providerId !== pkg.providerId)
      errors.push({ path, message: 'no such product of this provider' });
    else if (c.product.type === 'package')
      errors.push({ path, message: 'a package cannot contain a package' });
    if (seen.has(c.componentId)) errors.push({ path, message: 'named twice' });
    seen.add(c.componentId);
  });
  const sum = components.reduce((total, c) => total + c.priceCents, 0);
  if (components.length > 0 && sum !== pkg.priceCents) {
    errors.push({
      path: 'components',
      message: `the parts add up to ${sum} cents, the package costs ${pkg.priceCents} cents: they must be equal`,
    });
  }
  return errors;
}

/** The package price must stay the sum of its parts: a price change comes with the parts. */
export function packagePriceError(newPriceCents: number, componentSum: number | null): FieldError[] {
  if (componentSum === null || componentSum === newPriceCents) return [];
  return [
    {
      path: 'priceCents',
      message: `the package's parts add up to ${componentSum} cents; change the price together with the parts (PUT .../components)`,
    },
  ];
}

/**
 * Prerequisites: another product of the same provider, named once, and no loop (A needs B needs A
 * would keep everyone out of both). `edges` are the provider's other prerequisites, product -> required.
 */
export function prerequisiteErrors(
  product: { id: string; providerId: string },
  wanted: { requiredProductId: string; product: { providerId: string } | undefined }[],
  edges: { productId: string; requiredProductId: string }[],
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    if (e.productId === product.id) continue;
    graph.set(e.productId, [...(graph.get(e.productId) ?? []), e.requiredProductId]);
  }
  const reaches = (from: string, target: string): boolean => {
    const stack = [from];
    const visited = new Set<string>();
    while (stack.length > 0) {
      const node = stack.pop() as string;
      if (node === target) return true;
      if (visited.has(node)) continue;
      visited.add(node);
      stack.push(...(graph.get(node) ?? []));
    }
    return false;
  };
  wanted.forEach((w, i) => {
    const path = `prerequisites.${i}.requiredProductId`;
    if (w.requiredProductId === product.id) errors.push({ path, message: 'a product cannot require itself' });
    else if (!w.product || w.product.providerId !== product.providerId)
      errors.push({ path, message: 'no such product of this provider' });
    else if (reaches(w.requiredProductId, product.id))
      errors.push({ path, message: 'that product already requires this one (a loop)' });
    if (seen.has(w.requiredProductId)) errors.push({ path, message: 'named twice' });
    seen.add(w.requiredProductId);
  });
  return errors;
}

/** Which prerequisites a learner has not met, given what they achieved. */
export function unmetPrerequisites<P extends { requiredProductId: string; requirement: Achievement }>(
  prerequisites: P[],
  achieved: { productId: string; achievement: Achievement }[],
): P[] {
  return prerequisites.filter(
    (p) => !achieved.some((a) => a.productId === p.requiredProductId && a.achievement === p.requirement),
  );
}

// ---- sessions

/** E-learning is taken in the learner's own time and a textbook is sent: neither has sessions. */
export function productTakesSessions(type: ProductType): boolean {
  return type !== 'elearning' && type !== 'textbook';
}

/**
 * Reads a session time: an instant with an offset as given, a local date-time in the provider's time
 * zone (the DESIGN convention: business times are the provider's). Undefined when it is no real time.
 */
export function parseSessionTime(text: string, timeZone: string): Temporal.Instant | undefined {
  try {
    if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return Temporal.Instant.from(text);
    return Temporal.PlainDateTime.from(text, { overflow: 'reject' })
      .toZonedDateTime(timeZone, { disambiguation: 'later' })
      .toInstant();
  } catch {
    return undefined;
  }
}

export interface SessionShape {
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  registrationDeadline: Temporal.Instant | null;
  capacity: number;
  minParticipants: number;
  booked: number;
  kind: SessionKind;
  customerId: string | null;
  quoteTermsKey: string | null;
  quoteTermsVersion: string | null;
}

/** The checks on a session's own fields, each naming the field it is about. */
export function sessionErrors(s: SessionShape): FieldError[] {
  const errors: FieldError[] = [];
  if (Temporal.Instant.compare(s.endsAt, s.startsAt) <= 0)
    errors.push({ path: 'endsAt', message: 'must be after the start' });
  if (s.registrationDeadline && Temporal.Instant.compare(s.registrationDeadline, s.startsAt) > 0)
    errors.push({ path: 'registrationDeadline', message: 'must not be after the start' });
  if (s.minParticipants > s.capacity)
    errors.push({ path: 'minParticipants', message: `must not be more than the capacity (${s.capacity})` });
  if (s.capacity < s.booked)
    errors.push({
      path: 'capacity',
      message: `must be at least ${s.booked}, the seats already booked; cancel or move enrollments first`,
    });
  // A closed group is one customer's, under the terms of its quote (plusport-cursusvoorwaarden#14.7, plusport-cursusvoorwaarden#15.7).
  if (s.kind === 'open') {
    if (s.customerId !== null)
      errors.push({ path: 'customerId', message: 'an open session has no customer' });
    if (s.quoteTermsKey !== null)
      errors.push({ path: 'quoteTermsKey', message: 'only a group session runs under the terms of a quote' });
  } else if (s.customerId === null) {
    errors.push({ path: 'customerId', message: 'a group session needs the customer it is for' });
  }
  if ((s.quoteTermsKey === null) !== (s.quoteTermsVersion === null)) {
    errors.push({
      path: s.quoteTermsKey === null ? 'quoteTermsKey' : 'quoteTermsVersion',
      message: "give the quote's terms key and version together",
    });
  }
  return errors;
}

/**
 * The status moves staff make: planned -> confirmed (go), confirmed -> completed once it has started.
 * Cancelling is the provider's cancellation, which releases the enrollments (a workflow).
 */
export function statusChangeError(
  from: SessionStatus,
  to: 'confirmed' | 'completed',
  started: boolean,
): string | undefined {
  if (to === 'confirmed' && from !== 'planned') return `a ${from} session cannot be confirmed`;
  if (to === 'completed') {
    if (from !== 'confirmed') return `a ${from} session cannot be completed; confirm it first`;
    if (!started) return 'a session can be completed only once it has started';
  }
  return undefined;
}

/**
 * Go / no-go for a session against its minimum (vapro-leverings-en-betalingsvoorwaarden#15.2: the provider cancels for too few
 * participants by 5 working days before the start; other terms owe no notice). `today` and
 * `noticeDeadline` are days in the provider's time zone.
 */
export function goNoGoState(s: {
  status: SessionStatus;
  booked: number;
  minParticipants: number;
  started: boolean;
  today: string;
  noticeDeadline: string | null;
}): { state: GoNoGoState; shortBy: number } {
  const shortBy = Math.max(0, s.minParticipants - s.booked);
  if (s.status === 'cancelled') return { state: 'cancelled', shortBy };
  if (s.status === 'completed') return { state: 'completed', shortBy };
  if (s.started) return { state: 'started', shortBy };
  if (shortBy === 0) return { state: 'go', shortBy };
  if (s.noticeDeadline !== null && s.today > s.noticeDeadline)
    return { state: 'no_go_deadline_passed', shortBy };
  return { state: 'at_risk', shortBy };
}

/**
 * Who sees a session: anyone an open session of a published product; the provider's staff and the
 * platform admin every session of theirs; a closed group only its customer's people (
 * plusport-cursusvoorwaarden#14.7) and its instructor. Anyone else gets "not found".
 */
export function canSeeSession(
  actor: Actor | null,
  s: { providerId: string; kind: SessionKind; customerId: string | null; instructorId: string | null },
  productPublished: boolean,
): boolean {
  if (canManageCatalog(actor, s.providerId)) return true;
  if (s.kind === 'open' && productPublished) return true;
  if (!actor || actor.providerId !== s.providerId) return false;
  if (s.instructorId !== null && actor.userId === s.instructorId) return true;
  return s.kind !== 'open' && s.customerId !== null && actor.customerId === s.customerId;
}
