import type { CompiledTerms } from '../compile.ts';
import type { Decision } from '../model.ts';
import { courseSectionsOf } from './compile.ts';
import type { PriceIncludesQuestion } from './door-questions.ts';
import type { PriceItem } from './door-sections.ts';
import { decision, notCoveredDecision } from './plain.ts';

export const PRICE_ITEM_NAMES: Record<PriceItem, { nl: string; en: string }> = {
  vat: { nl: 'btw', en: 'VAT' },
  levies: { nl: 'overheidsheffingen', en: 'government levies' },
  travel: { nl: 'reiskosten', en: 'travel costs' },
  accommodation: { nl: 'verblijfkosten', en: 'accommodation costs' },
  shipping: { nl: 'verzendkosten', en: 'shipping costs' },
  administration: { nl: 'administratiekosten', en: 'administration costs' },
  materials: { nl: 'materiaal', en: 'materials' },
  documentation: { nl: 'documentatie', en: 'documentation' },
  exam: { nl: 'examen of toets', en: 'exam or test' },
  certificate: { nl: 'certificaat', en: 'certificate' },
  lunch: { nl: 'lunch', en: 'lunch' },
};

/**
 * What a price includes where the terms list it (plusport-cursusvoorwaarden#5.1, PlusPort algemene 8.2 and
 * 18.2, sparse-algemene-voorwaarden#3.1 and 60.4-60.5, ingenium-leveringsvoorwaarden#3.3 and ingenium-leveringsvoorwaarden#14.1, vapro-leverings-en-betalingsvoorwaarden#2.3 and vapro-leverings-en-betalingsvoorwaarden#22.1). An item the terms do
 * not mention is answered "the terms say nothing" (reading price-item-silent): the quote decides.
 */
export function decidePriceIncludes(compiled: CompiledTerms, question: PriceIncludesQuestion): Decision {
  const section = courseSectionsOf(compiled).priceIncludes;
  const subject = { nl: 'wat de prijs omvat', en: 'what the price includes' };
  if (!section) return notCoveredDecision(compiled, 'price_includes', subject);
  const items =
    question.item === undefined ? section.items : section.items.filter((i) => i.item === question.item);
  if (items.length === 0) {
    const item = PRICE_ITEM_NAMES[question.item!];
    const silent = notCoveredDecision(compiled, 'price_includes', {
      nl: `of de prijs ${item.nl} omvat`,
      en: `whether the price includes ${item.en}`,
    });
    return { ...silent, readings: ['terms-silent', 'price-item-silent'] };
  }
  const conclusions: Record<string, boolean> = {};
  const nl: string[] = [];
  const en: string[] = [];
  for (const entry of items) {
    conclusions[entry.item] = entry.included;
    const clause = compiled.clause(entry.clause);
    const name = PRICE_ITEM_NAMES[entry.item];
    const unless = entry.unlessStatedOtherwise;
    nl.push(
      `${name.nl}: ${entry.included ? 'inbegrepen' : 'niet inbegrepen'}${unless ? ', tenzij anders aangegeven' : ''} (art. ${clause.article}).`,
    );
    en.push(
      `${name.en}: ${entry.included ? 'included' : 'not included'}${unless ? ', unless stated otherwise' : ''} (art. ${clause.article}).`,
    );
  }
  return decision({
    question: 'price_includes',
    outcome: 'allowed',
    clauses: items.map((entry) => compiled.clause(entry.clause)),
    readings: ['price-item-silent'],
    explanation: { nl: nl.join(' '), en: en.join(' ') },
    conclusions,
  });
}
