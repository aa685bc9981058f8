import { invalidInput, notFound } from '../platform/domain-problem.ts';
import { ingenium2025 } from './providers/ingenium/index.ts';
import { plusportCourses2026 } from './providers/plusport-courses/index.ts';
import { plusportLsp2026 } from './providers/plusport-lsp/index.ts';
import { sparse2025 } from './providers/sparse/index.ts';
import { vapro2025 } from './providers/vapro/index.ts';
import { type TermsVersion, type TermsVersionInput, termsVersionSchema } from './terms-version.ts';

/**
 * The built-in terms: the five source documents as providers, each with its versions and the day
 * each takes effect (parameters keyed by the date they take effect, as OpenFisca does). Stored
 * versions (a provider's copy, a new version) are validated by the same schema when loaded.
 */
export const BUILT_IN_PROVIDERS = [
  'plusport-courses',
  'plusport-lsp',
  'sparse',
  'ingenium',
  'vapro',
] as const;
export type BuiltInProvider = (typeof BUILT_IN_PROVIDERS)[number];

/** Validates a terms version, naming every bad field (path from the version's root). */
export function parseTermsVersion(input: unknown): TermsVersion {
  const result = termsVersionSchema.safeParse(input);
  if (!result.success) {
    throw invalidInput(
      'terms-version-invalid',
      result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || '(root)',
        message: issue.message,
      })),
      {
        nl: 'De versie van de voorwaarden is ongeldig; er is niets gewijzigd.',
        en: 'The terms version is invalid; nothing was changed.',
      },
    );
  }
  return result.data;
}

const SOURCES: readonly TermsVersionInput[] = [
  plusportCourses2026,
  plusportLsp2026,
  sparse2025,
  ingenium2025,
  vapro2025,
];

let builtIn: readonly TermsVersion[] | undefined;

/** Every built-in version, validated once, sorted by provider then effective date. */
export function builtInTerms(): readonly TermsVersion[] {
  if (!builtIn) {
    builtIn = Object.freeze(
      SOURCES.map((source) => Object.freeze(parseTermsVersion(source))).sort(
        (a, b) => a.provider.localeCompare(b.provider) || a.effectiveFrom.localeCompare(b.effectiveFrom),
      ),
    );
  }
  return builtIn;
}

export interface TermsListing {
  provider: string;
  name: string;
  versions: { version: string; effectiveFrom: string }[];
}

/** Providers and their versions, from the built-ins plus any extra (stored) versions passed in. */
export function listTerms(extra: readonly TermsVersion[] = []): TermsListing[] {
  const byProvider = new Map<string, TermsListing>();
  for (const terms of [...builtInTerms(), ...extra]) {
    let listing = byProvider.get(terms.provider);
    if (!listing) {
      listing = { provider: terms.provider, name: terms.name, versions: [] };
      byProvider.set(terms.provider, listing);
    }
    listing.versions.push({ version: terms.version, effectiveFrom: terms.effectiveFrom });
  }
  for (const listing of byProvider.values())
    listing.versions.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return [...byProvider.values()].sort((a, b) => a.provider.localeCompare(b.provider));
}

/**
 * The version of a provider's terms in force on a date ('YYYY-MM-DD'): the one with the latest
 * effectiveFrom on or before it. Throws a not-found DomainProblem for an unknown provider or a date before its
 * first version.
 */
export function findTerms(
  provider: string,
  onDate: string,
  extra: readonly TermsVersion[] = [],
): TermsVersion {
  let found: TermsVersion | undefined;
  let known = false;
  for (const terms of [...builtInTerms(), ...extra]) {
    if (terms.provider !== provider) continue;
    known = true;
    if (terms.effectiveFrom <= onDate && (!found || terms.effectiveFrom > found.effectiveFrom)) found = terms;
  }
  if (!known)
    throw notFound('terms-unknown', {
      nl: `Een voorwaardentekst van aanbieder '${provider}'`,
      en: `Terms of provider '${provider}'`,
    });
  if (!found)
    throw notFound('terms-not-in-force', {
      nl: `Een versie van de voorwaarden van '${provider}' die geldt op ${onDate}`,
      en: `A version of the terms of '${provider}' in force on ${onDate}`,
    });
  return found;
}

/** One version by its label. */
export function getTermsVersion(
  provider: string,
  version: string,
  extra: readonly TermsVersion[] = [],
): TermsVersion {
  for (const terms of [...builtInTerms(), ...extra]) {
    if (terms.provider === provider && terms.version === version) return terms;
  }
  throw notFound('terms-version-unknown', {
    nl: `Versie '${version}' van de voorwaarden van '${provider}'`,
    en: `Version '${version}' of the terms of '${provider}'`,
  });
}
