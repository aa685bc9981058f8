import { Temporal } from 'temporal-polyfill';
import type { CancellationQuestion, PartQuestion, SessionPartQuestion } from './course/questions.ts';
import type { SessionKind } from './course/sections.ts';
import { evaluate } from './evaluate.ts';
import type { Decision } from './model.ts';
import { findTerms, parseTermsVersion } from './registry.ts';
import type { TermsVersion } from './terms-version.ts';

/** Helpers for the terms tests: built-in terms by provider, local instants, short questions. */
export function terms(provider: string, on = '2026-06-01'): TermsVersion {
  return findTerms(provider, on);
}

/** A local wall-clock time in a provider zone as an ISO instant: local('2026-06-15', '09:00'). */
export function local(date: string, time = '10:00', timeZone = 'Europe/Amsterdam'): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(timeZone).toInstant().toString();
}

export function session(kind: SessionKind, start: string, price = 29500): SessionPartQuestion {
  return { kind, price, start };
}

export function cancel(
  provider: TermsVersion,
  requestedAt: string,
  parts: PartQuestion[],
  extra: Partial<CancellationQuestion> = {},
): Decision {
  return evaluate(provider, { type: 'cancellation', requestedAt, parts, ...extra });
}

/** A copy of built-in terms with some fields changed, validated like a stored version. */
export function variant(base: TermsVersion, change: (copy: TermsVersion) => void): TermsVersion {
  const copy = structuredClone(base) as TermsVersion;
  change(copy);
  return parseTermsVersion(copy);
}
