/**
 * A product as the staff form edits it (issue 8): every value a string or a flag, as the inputs hold
 * them, and back to the API's body, with the price read from euros into cents (DESIGN: money is
 * integer cents). Pure, so the conversions are tested without a browser.
 */
import type { ProblemFieldError } from '../api/client.ts';
import type { Product } from '../catalog/types.ts';
import { parseEuroCents } from '../terms/euro-input.ts';

export const PRODUCT_TYPES: readonly Product['type'][] = [
  'classroom',
  'practical',
  'workshop',
  'elearning',
  'exam',
  'textbook',
  'package',
];
export const VAT_CODES: readonly Product['vatCode'][] = [
  'exempt_training',
  'standard_21',
  'reduced_9',
  'zero',
];

export const NEW_PRODUCT = {
  code: '',
  type: 'classroom',
  name: '',
  priceCents: '',
  vatCode: 'exempt_training',
  durationMinutes: '',
  description: '',
  programme: '',
  published: true,
  examDelivery: '',
  examFormat: '',
  reschedulesAsCancellation: false,
  proofOfParticipation: false,
};
export type ProductValues = typeof NEW_PRODUCT;

/** 45000 -> '450,00': the way a Dutch user types it; parseEuroCents reads it back. */
export function centsAsEuroText(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

export function productValues(p: Product): ProductValues {
  return {
    code: p.code,
    type: p.type,
    name: p.name,
    priceCents: centsAsEuroText(p.priceCents),
    vatCode: p.vatCode,
    durationMinutes: p.durationMinutes === null ? '' : String(p.durationMinutes),
    description: p.description,
    programme: p.programme,
    published: p.published,
    examDelivery: p.examDelivery ?? '',
    examFormat: p.examFormat ?? '',
    reschedulesAsCancellation: p.reschedulesAsCancellation,
    proofOfParticipation: p.proofOfParticipation,
  };
}

export type ProductBody =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; errors: ProblemFieldError[] };

/**
 * The body for POST /api/catalog (creating) or PATCH /api/catalog/:id (code and type stay). An amount
 * that is not one is reported at its field with `notAnAmount`; a duration that is not a number is
 * sent as it is, so the server names the field.
 */
export function productBody(v: ProductValues, creating: boolean, notAnAmount: string): ProductBody {
  const priceCents = parseEuroCents(v.priceCents);
  if (priceCents === null) return { ok: false, errors: [{ path: 'priceCents', message: notAnAmount }] };
  const exam = v.type === 'exam';
  const duration = v.durationMinutes.trim();
  const body: Record<string, unknown> = {
    name: v.name,
    priceCents,
    vatCode: v.vatCode,
    durationMinutes: duration === '' ? null : Number.isNaN(Number(duration)) ? duration : Number(duration),
    description: v.description,
    programme: v.programme,
    published: v.published,
    examDelivery: exam && v.examDelivery ? v.examDelivery : null,
    examFormat: exam && v.examFormat ? v.examFormat : null,
    reschedulesAsCancellation: v.reschedulesAsCancellation,
    proofOfParticipation: v.proofOfParticipation,
  };
  return { ok: true, body: creating ? { code: v.code, type: v.type, ...body } : body };
}
