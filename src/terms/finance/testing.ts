import { compileTerms } from '../compile.ts';
import { evaluateJson } from '../evaluate.ts';
import type { Decision } from '../model.ts';
import { ingeniumFinanceSections } from '../providers/ingenium/finance.ts';
import { ingenium2025 } from '../providers/ingenium/index.ts';
import { plusportCourseFinanceSections } from '../providers/plusport-courses/finance.ts';
import { plusportCourses2026 } from '../providers/plusport-courses/index.ts';
import { plusportLspFinanceSections } from '../providers/plusport-lsp/finance.ts';
import { plusportLsp2026 } from '../providers/plusport-lsp/index.ts';
import { sparseFinanceSections } from '../providers/sparse/finance.ts';
import { sparse2025 } from '../providers/sparse/index.ts';
import { vaproFinanceSections } from '../providers/vapro/finance.ts';
import { vapro2025 } from '../providers/vapro/index.ts';
import { parseTermsVersion } from '../registry.ts';
import type { TermsVersion, TermsVersionInput } from '../terms-version.ts';
import { type FinanceTerms, financeTermsOf } from './context.ts';
import type { FinanceSectionsInput } from './sections.ts';

/**
 * Test support for the finance rules: each built-in provider's terms version with the finance
 * sections of src/terms/providers/<provider>/finance.ts, optionally changed by a test to pin a
 * reading's other setting. Used by tests only.
 */
export const FINANCE_PROVIDERS = ['plusport-courses', 'plusport-lsp', 'sparse', 'ingenium', 'vapro'] as const;
export type FinanceProvider = (typeof FINANCE_PROVIDERS)[number];

const SOURCES: Record<FinanceProvider, [TermsVersionInput, FinanceSectionsInput]> = {
  'plusport-courses': [plusportCourses2026, plusportCourseFinanceSections],
  'plusport-lsp': [plusportLsp2026, plusportLspFinanceSections],
  sparse: [sparse2025, sparseFinanceSections],
  ingenium: [ingenium2025, ingeniumFinanceSections],
  vapro: [vapro2025, vaproFinanceSections],
};

const cache = new Map<FinanceProvider, TermsVersion>();

export function termsOf(
  provider: FinanceProvider,
  change?: (finance: FinanceSectionsInput) => FinanceSectionsInput,
): TermsVersion {
  if (!change) {
    const cached = cache.get(provider);
    if (cached) return cached;
  }
  const [version, finance] = SOURCES[provider];
  const copy = structuredClone(finance);
  const terms = parseTermsVersion({
    ...version,
    sections: { ...version.sections, finance: change ? change(copy) : copy },
  });
  if (!change) cache.set(provider, terms);
  return terms;
}

export function financeTerms(
  provider: FinanceProvider,
  change?: (finance: FinanceSectionsInput) => FinanceSectionsInput,
): FinanceTerms {
  const terms = financeTermsOf(compileTerms(termsOf(provider, change)));
  if (!terms) throw new Error(`${provider} has no finance sections`);
  return terms;
}

/** Evaluates a question given as JSON, as the API and CLI do. */
export function ask(provider: FinanceProvider, question: Record<string, unknown>): Decision {
  return evaluateJson(termsOf(provider), question);
}

export function askWith(
  provider: FinanceProvider,
  change: (finance: FinanceSectionsInput) => FinanceSectionsInput,
  question: Record<string, unknown>,
): Decision {
  return evaluateJson(termsOf(provider, change), question);
}
