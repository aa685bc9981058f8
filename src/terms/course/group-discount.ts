import { percentOf } from '../../money/cents.ts';
import type { CompiledTerms } from '../compile.ts';
import type { Decision } from '../model.ts';
import { euroEn, euroNl, percentEn, percentNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import { decision, notCoveredDecision } from './plain.ts';
import type { GroupDiscountQuestion } from './questions.ts';

/** ingenium-leveringsvoorwaarden#3.5 (reading group-discount): a company that enrolls 2 or more participants qualifies. */
export function decideGroupDiscount(compiled: CompiledTerms, question: GroupDiscountQuestion): Decision {
  const section = courseSectionsOf(compiled).groupDiscount;
  if (!section)
    return notCoveredDecision(compiled, 'group_discount', {
      nl: 'een groepskorting',
      en: 'a group discount',
    });
  const clause = compiled.clause(section.clause);
  const eligible = question.sameCompany && question.participants >= section.minParticipants;
  if (!eligible) {
    return decision({
      question: 'group_discount',
      outcome: 'not_allowed',
      amounts: { discount: 0 },
      clauses: [clause],
      readings: ['group-discount'],
      conditions: {
        sameCompany: question.sameCompany,
        enoughParticipants: question.participants >= section.minParticipants,
      },
      explanation: {
        nl: `Geen staffelkorting: die geldt als één bedrijf ${section.minParticipants} of meer cursisten aanmeldt (art. ${clause.article}).`,
        en: `No group discount: it applies when one company enrolls ${section.minParticipants} or more participants (art. ${clause.article}).`,
      },
    });
  }
  let rate: number | undefined;
  for (const tier of section.tiers)
    if (
      question.participants >= tier.minParticipants &&
      (rate === undefined || tier.discountBasisPoints > rate)
    )
      rate = tier.discountBasisPoints;
  const amounts: Record<string, number> = {};
  if (rate !== undefined) {
    amounts.discountBasisPoints = rate;
    if (question.pricePerParticipant !== undefined)
      amounts.discount = percentOf(question.pricePerParticipant, rate) * question.participants;
  }
  const alt = section.alternativeDates
    ? {
        nl: ' De cursisten mogen op verschillende data deelnemen.',
        en: ' The participants may attend on different dates.',
      }
    : { nl: '', en: '' };
  return decision({
    question: 'group_discount',
    outcome: 'allowed',
    amounts,
    clauses: [clause],
    readings: ['group-discount'],
    conditions: { sameCompany: true, enoughParticipants: true },
    explanation:
      rate === undefined
        ? {
            nl: `${question.participants} cursisten van één bedrijf: de staffelkorting is van toepassing (art. ${clause.article}); het percentage staat in de prijslijst, niet in de voorwaarden.${alt.nl}`,
            en: `${question.participants} participants from one company: the group discount applies (art. ${clause.article}); its rate is in the price list, not in the terms.${alt.en}`,
          }
        : {
            nl: `${question.participants} cursisten van één bedrijf: ${percentNl(rate)} staffelkorting (art. ${clause.article})${amounts.discount !== undefined ? `, samen ${euroNl(amounts.discount)}` : ''}.${alt.nl}`,
            en: `${question.participants} participants from one company: ${percentEn(rate)} group discount (art. ${clause.article})${amounts.discount !== undefined ? `, ${euroEn(amounts.discount)} in all` : ''}.${alt.en}`,
          },
  });
}
