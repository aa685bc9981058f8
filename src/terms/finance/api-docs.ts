import type { z } from 'zod';
import { evaluateJson } from '../evaluate.ts';
import type { Decision } from '../model.ts';
import { questionDay } from '../question-day.ts';
import { findTerms } from '../registry.ts';
import { FINANCE_EXAMPLES } from './examples.ts';
import { type FinanceQuestionType, financeQuestionSchemas } from './questions.ts';

/**
 * The "Finance and contracts" part of docs/terms-api.md, written from the question schemas and
 * FINANCE_EXAMPLES evaluated against the built-in terms, so every example shown is the engine's own
 * answer (a test keeps the file equal to this).
 */
const PROVIDERS = ['plusport-courses', 'plusport-lsp', 'sparse', 'ingenium', 'vapro'] as const;

/** The heading that starts the finance part; scripts/terms-api-finance.ts replaces from here to the end. */
export const FINANCE_API_HEADING = '## Finance and contracts';

const WHAT: Record<FinanceQuestionType, string> = {
  payment_due:
    "The last day for payment of an invoice: the term the invoice states (where the terms allow), the terms' term for the kind of invoice, prepayment before a start or delivery, or the statutory 30 days.",
  late_interest:
    'Interest over a period: the statutory commercial or consumer rate split at every rate change and compounded yearly, or the contractual rate with its counting rule. `lines` holds the sub-periods.',
  collection_costs:
    'Extrajudicial collection costs: the clause or the statutory scale, the consumer cap and 14-day reminder, EUR 40 minimum for businesses, VAT for a provider that cannot deduct it.',
  payment_allocation:
    'How a payment is applied over open invoices and, within each, over costs, interest and principal. `not_allowed` when the customer names another order (the provider may refuse the payment).',
  credit_restriction_surcharge: 'The credit-restriction surcharge and the last day to pay without it.',
  invoice_dispute_deadline: 'The last day to dispute an invoice, and whether a given dispute is in time.',
  complaint_deadline:
    "The complaint window for a subject (course, service, learning materials, damage, software error), the provider's response date and when a claim lapses.",
  quote_expiry: 'The last day a quote can be accepted.',
  contract_notice:
    'The running term, the renewal date, the last day to give notice and, for a notice given, the day the agreement ends.',
  price_change:
    'Whether the provider may change its price on a date, and whether the customer may dissolve (`conditions.customerMayDissolve`, `dates.dissolveBy`).',
  terms_change: 'Whether changed terms may take effect on a date, and whether the customer may terminate.',
  force_majeure_termination:
    'Whether a party may end the agreement after force majeure has lasted a while, and from which day.',
};

function fieldRows(type: FinanceQuestionType): string[] {
  const schema = financeQuestionSchemas[type] as z.ZodObject;
  const rows = ['| field | required | meaning |', '|---|---|---|'];
  for (const [name, field] of Object.entries(schema.shape)) {
    if (name === 'type') continue;
    const zodField = field as z.ZodType;
    const required = !zodField.safeParse(undefined).success;
    rows.push(`| \`${name}\` | ${required ? 'yes' : 'no'} | ${zodField.description ?? ''} |`);
  }
  return rows;
}

function summary(decision: Decision): string {
  const parts = [`outcome \`${decision.outcome}\``];
  const amounts = Object.entries(decision.amounts).map(([k, v]) => `${k} ${v}`);
  if (amounts.length > 0) parts.push(`amounts: ${amounts.join(', ')}`);
  const dates = Object.entries(decision.dates).map(([k, v]) => `${k} ${v}`);
  if (dates.length > 0) parts.push(`dates: ${dates.join(', ')}`);
  const moments = Object.entries(decision.moments ?? {}).map(([k, v]) => `${k} ${v}`);
  if (moments.length > 0) parts.push(`moments: ${moments.join(', ')}`);
  if (decision.missingInputs) parts.push(`missing inputs: ${decision.missingInputs.join(', ')}`);
  parts.push(`clauses: ${decision.clauses.map((c) => `${c.document} ${c.article}`).join('; ') || 'none'}`);
  if (decision.readings.length > 0) parts.push(`readings: ${decision.readings.join(', ')}`);
  return parts.join('; ');
}

export function financeApiMarkdown(): string {
  const lines = [
    FINANCE_API_HEADING,
    '',
    'Amounts are euro cents (integers), rates basis points (100 = 1 %), dates `YYYY-MM-DD` in the',
    "provider's calendar; a deadline that is an hour (payment before the start) is also a moment with the",
    "provider's offset in `moments`. `customerKind` is `business` (default) or `consumer`: the law differs for",
    'interest, collection costs, price increases and tacit renewal. Each example is the body of',
    '`POST /api/terms/evaluate` (or the stdin of `klasse terms evaluate`) with, below it, what the',
    'engine answers for the built-in terms. Readings are explained in docs/terms-readings.md.',
    '',
  ];
  for (const type of Object.keys(financeQuestionSchemas) as FinanceQuestionType[]) {
    lines.push(`### \`${type}\``, '', WHAT[type], '', ...fieldRows(type), '');
    for (const provider of PROVIDERS) {
      const question = FINANCE_EXAMPLES[type][provider];
      const parsed = financeQuestionSchemas[type].parse(question);
      const terms = findTerms(provider, questionDay(parsed as never, 'Europe/Amsterdam') ?? '2026-11-23');
      const decision = evaluateJson(terms, question);
      lines.push(`**${provider}**`, '', '```json', JSON.stringify({ terms: provider, question }), '```', '');
      lines.push(`${summary(decision)}.`, '', `> ${decision.explanation.en}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
