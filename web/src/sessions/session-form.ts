/**
 * A session as the staff form edits it (issue 8). Times are typed as the provider's local date and
 * time (a datetime-local input, 'YYYY-MM-DDTHH:MM') and sent so, without an offset: the server reads
 * them in the provider's time zone, whatever zone the browser is in. Pure, tested without a browser.
 */
import type { ProblemFieldError } from '../api/client.ts';
import type { StaffSession } from '../catalog/types.ts';
import { centsAsEuroText } from '../products/product-form.ts';
import { parseEuroCents } from '../terms/euro-input.ts';

export const NEW_SESSION = {
  productId: '',
  code: '',
  startsAt: '',
  endsAt: '',
  locationId: '',
  instructorId: '',
  capacity: '12',
  minParticipants: '1',
  registrationDeadline: '',
  language: 'nl',
  priceCents: '',
};
export type SessionValues = typeof NEW_SESSION;

/** An instant as the provider's wall clock reads it, for a datetime-local input. */
export function localInputOf(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

export function sessionValues(s: StaffSession, timeZone: string): SessionValues {
  return {
    productId: s.productId,
    code: s.code,
    startsAt: localInputOf(s.startsAt, timeZone),
    endsAt: localInputOf(s.endsAt, timeZone),
    locationId: s.locationId ?? '',
    instructorId: s.instructorId ?? '',
    capacity: String(s.capacity),
    minParticipants: String(s.minParticipants),
    registrationDeadline: s.registrationDeadline ? localInputOf(s.registrationDeadline, timeZone) : '',
    language: s.language,
    priceCents: s.priceCents === null ? '' : centsAsEuroText(s.priceCents),
  };
}

/** A whole number as a number; anything else as typed, so the server names the field. */
function wholeOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export type SessionBody =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; errors: ProblemFieldError[] };

/**
 * The body for POST /api/sessions, or for PATCH /api/sessions/:id with only what changed (`before`):
 * a change the server need not check is not sent (a capacity change frees seats for the waiting list).
 */
export function sessionBody(
  v: SessionValues,
  before: SessionValues | null,
  notAnAmount: string,
): SessionBody {
  const price = v.priceCents.trim() === '' ? null : parseEuroCents(v.priceCents);
  if (price === null && v.priceCents.trim() !== '')
    return { ok: false, errors: [{ path: 'priceCents', message: notAnAmount }] };
  const all: Record<string, unknown> = {
    code: v.code,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    locationId: v.locationId || null,
    instructorId: v.instructorId || null,
    capacity: wholeOrText(v.capacity),
    minParticipants: wholeOrText(v.minParticipants),
    registrationDeadline: v.registrationDeadline || null,
    language: v.language,
    priceCents: price,
  };
  if (!before) return { ok: true, body: { productId: v.productId, ...all } };
  const changed = Object.keys(all).filter(
    (k) => v[k as keyof SessionValues] !== before[k as keyof SessionValues],
  );
  return { ok: true, body: Object.fromEntries(changed.map((k) => [k, all[k]])) };
}
