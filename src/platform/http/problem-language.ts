/**
 * Problems in the language the client reads (issue 8, "one language per screen"). The web app sends
 * the user's language as Accept-Language; an API client without the header gets English, as before.
 * Zod's own messages get a Dutch wording by issue code; fixed texts of the contexts are looked up in
 * the Dutch catalogue (problem-dutch.ts); a text put together at run time carries its Dutch itself.
 */
import type { FastifyRequest } from 'fastify';
import type { Locale } from '../actor.ts';
import { DUTCH } from './problem-dutch.ts';

/** The first of nl and en the Accept-Language header prefers (by q-value), else English. */
export function requestLocale(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header === '') return 'en';
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const language = range.trim().toLowerCase().split('-')[0];
    if (language !== 'nl' && language !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best?.locale ?? 'en';
}

/** The Dutch of a fixed English text, or the English itself when the catalogue lacks it. */
export function dutchOf(english: string): string {
  return DUTCH[english] ?? english;
}

/** A zod issue as fastify-type-provider-zod passes it on: the code as keyword, the rest in params. */
export interface ZodIssueSeen {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const KIND_NL: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'true of false',
  array: 'lijst',
  object: 'object',
  date: 'datum',
  bigint: 'geheel getal',
};

const FORMAT_NL: Record<string, string> = {
  email: 'een e-mailadres',
  uuid: 'een id (een UUID)',
  url: 'een URL',
  regex: 'in de juiste vorm',
  datetime: 'een datum en tijd',
  date: 'een datum',
  time: 'een tijd',
};

function sizeNl(origin: unknown, bound: unknown, least: boolean): string {
  const n = String(bound);
  if (origin === 'string')
    return least ? `moet minstens ${n} tekens lang zijn` : `mag hoogstens ${n} tekens lang zijn`;
  if (origin === 'array' || origin === 'set')
    return least ? `moet minstens ${n} onderdelen hebben` : `mag hoogstens ${n} onderdelen hebben`;
  return least ? `moet minstens ${n} zijn` : `mag hoogstens ${n} zijn`;
}

/** Zod's English for a missing field ends so; every other invalid_type names what was given. */
const MISSING = /received undefined$/;

/**
 * The Dutch for one zod issue: a message the schema gave itself is looked up in the catalogue;
 * zod's own message is worded anew from the issue's code.
 */
export function dutchZodMessage(issue: ZodIssueSeen): string {
  const english = issue.message ?? 'is invalid';
  if (DUTCH[english] !== undefined) return DUTCH[english];
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type':
      if (MISSING.test(english)) return 'is verplicht';
      return `moet een ${KIND_NL[String(p.expected)] ?? String(p.expected)} zijn`;
    case 'too_small':
      return sizeNl(p.origin, p.minimum, true);
    case 'too_big':
      return sizeNl(p.origin, p.maximum, false);
    case 'invalid_format':
      return `moet ${FORMAT_NL[String(p.format)] ?? 'in de juiste vorm'} zijn`;
    case 'invalid_value':
      return Array.isArray(p.values)
        ? `moet een van deze zijn: ${p.values.map((v) => JSON.stringify(v)).join(', ')}`
        : 'heeft een ongeldige waarde';
    case 'unrecognized_keys':
      return Array.isArray(p.keys) ? `onbekend veld: ${p.keys.join(', ')}` : 'bevat een onbekend veld';
    case 'not_multiple_of':
      return `moet een veelvoud van ${String(p.divisor)} zijn`;
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    default:
      return english;
  }
}
