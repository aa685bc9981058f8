import type { ClauseRef, Explanation } from '../model.ts';
import {
  articleEn,
  articleNl,
  dateEn,
  dateNl,
  euroEn,
  euroNl,
  percentEn,
  percentNl,
  workingDaysEn,
  workingDaysNl,
} from '../text.ts';
import type { PartResult } from './cancellation-parts.ts';
import { PART_NAMES } from './parts.ts';
import type { Label } from './sections.ts';
import type { RequestTiming } from './timing.ts';

/**
 * The explanation of a cancellation decision in Dutch and English, written only when read (the
 * decision is lazy); CancellationFacts is what it is written from.
 */
export interface CancellationFacts {
  parts: PartResult[];
  timing: RequestTiming;
  group: { label: Label; clauseRefs: ClauseRef[] } | undefined;
  incurred:
    | {
        costs: number;
        admin: number;
        adminBasisPoints: number;
        combine: 'add' | 'greater_of';
        clauseRef: ClauseRef;
      }
    | undefined;
  fee: number;
}

function measureText(result: PartResult): Explanation {
  if (result.measure === 'working_days_before_start') {
    return {
      nl: `${workingDaysNl(result.value!)} voor aanvang`,
      en: `${workingDaysEn(result.value!)} before the start`,
    };
  }
  if (result.measure === 'calendar_days_before_start') {
    return { nl: `${result.value} dagen voor aanvang`, en: `${result.value} days before the start` };
  }
  return {
    nl: `${workingDaysNl(result.value!)} na aankoop`,
    en: `${workingDaysEn(result.value!)} after purchase`,
  };
}

function partSentence(result: PartResult): Explanation {
  const name = PART_NAMES[result.kind];
  const clause = result.clauseRefs[0];
  const art = clause
    ? { nl: articleNl(clause), en: articleEn(clause) }
    : { nl: 'geen artikel', en: 'no article' };
  if (result.outcome === 'not_covered') {
    return { nl: `${cap(name.nl)}: ${result.label.nl}.`, en: `${cap(name.en)}: ${result.label.en}.` };
  }
  const share =
    result.basisPoints > 0 || result.fixedFee === 0
      ? { nl: percentNl(result.basisPoints), en: percentEn(result.basisPoints) }
      : undefined;
  const parts = [share?.nl, result.fixedFee > 0 ? euroNl(result.fixedFee) : undefined]
    .filter(Boolean)
    .join(' + ');
  const partsEn = [share?.en, result.fixedFee > 0 ? euroEn(result.fixedFee) : undefined]
    .filter(Boolean)
    .join(' + ');
  const measured = result.measure !== undefined ? measureText(result) : undefined;
  let nl = `${cap(name.nl)}: ${euroNl(result.fee)} (${art.nl}, ${parts}, ${result.label.nl}${measured ? `; ${measured.nl}` : ''})`;
  let en = `${cap(name.en)}: ${euroEn(result.fee)} (${art.en}, ${partsEn}, ${result.label.en}${measured ? `; ${measured.en}` : ''})`;
  if (result.exception === 'waived') {
    nl += `; geen kosten: bewijs op tijd ontvangen (uiterlijk ${dateNl(result.proofDeadline!)})`;
    en += `; no fee: proof received in time (by ${dateEn(result.proofDeadline!)})`;
  } else if (result.exception === 'pending') {
    nl += `; kosteloos als het bewijs uiterlijk ${dateNl(result.proofDeadline!)} binnen is`;
    en += `; free if the proof arrives by ${dateEn(result.proofDeadline!)}`;
  } else if (result.exception === 'late') {
    nl += `; het bewijs is niet uiterlijk ${dateNl(result.proofDeadline!)} ontvangen, dus de gewone regeling geldt`;
    en += `; the proof did not arrive by ${dateEn(result.proofDeadline!)}, so the normal table applies`;
  }
  return { nl: `${nl}.`, en: `${en}.` };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
export function explainCancellation(facts: CancellationFacts): Explanation {
  const received = { nl: dateNl(facts.timing.localDay), en: dateEn(facts.timing.localDay) };
  if (facts.group) {
    return {
      nl: `Voor besloten groepen (incompany of outcompany) gelden de annuleringsvoorwaarden uit de offerte (${articleNl(facts.group.clauseRefs[0]!)}): ${facts.group.label.nl}.`,
      en: `For closed groups (in-company or out-company) the cancellation terms of the quote apply (${articleEn(facts.group.clauseRefs[0]!)}): ${facts.group.label.en}.`,
    };
  }
  const first = facts.parts[0]!;
  if (facts.parts.length === 1 && !facts.incurred) {
    const sentence = partSentence(first);
    if (first.outcome === 'not_allowed') {
      return {
        nl: `Annuleren is niet meer mogelijk; ${euroNl(first.fee)} blijft verschuldigd (${articleNl(first.clauseRefs[0]!)}, ${first.label.nl}). Verzoek ontvangen op ${received.nl}.`,
        en: `Cancelling is no longer possible; ${euroEn(first.fee)} remains due (${articleEn(first.clauseRefs[0]!)}, ${first.label.en}). Request received on ${received.en}.`,
      };
    }
    if (first.outcome === 'not_covered') return sentence;
    const art = first.clauseRefs[0]!;
    const measured = first.measure !== undefined ? measureText(first) : undefined;
    const share =
      first.fixedFee > 0 && first.basisPoints === 0 ? euroNl(first.fixedFee) : percentNl(first.basisPoints);
    const shareEn =
      first.fixedFee > 0 && first.basisPoints === 0 ? euroEn(first.fixedFee) : percentEn(first.basisPoints);
    let nl = `Annuleren van ${PART_NAMES[first.kind].nl} kost ${euroNl(first.fee)} (${articleNl(art)}, ${share}, ${first.label.nl})`;
    let en = `Cancelling ${PART_NAMES[first.kind].en} costs ${euroEn(first.fee)} (${articleEn(art)}, ${shareEn}, ${first.label.en})`;
    if (measured) {
      nl += `: het verzoek van ${received.nl} telt als ${measured.nl}`;
      en += `: the request of ${received.en} counts as ${measured.en}`;
      if (first.startDay !== undefined && first.measure !== 'working_days_after_purchase') {
        nl += ` op ${dateNl(first.startDay)}`;
        en += ` on ${dateEn(first.startDay)}`;
      }
    }
    if (first.exception === 'waived') {
      return {
        nl: `Annuleren van ${PART_NAMES[first.kind].nl} kost niets: het bewijs kwam uiterlijk ${dateNl(first.proofDeadline!)} binnen (${articleNl(facts.parts[0]!.clauseRefs.at(-1)!)}). Zonder dat bewijs was het ${first.label.nl}.`,
        en: `Cancelling ${PART_NAMES[first.kind].en} costs nothing: the proof arrived by ${dateEn(first.proofDeadline!)} (${articleEn(facts.parts[0]!.clauseRefs.at(-1)!)}). Without it the row "${first.label.en}" applied.`,
      };
    }
    if (first.exception === 'pending') {
      nl += `. Geen kosten als het overlijdensbericht, de bevestiging van de ziekenhuisopname of de doktersverklaring uiterlijk ${dateNl(first.proofDeadline!)} binnen is (${articleNl(first.clauseRefs.at(-1)!)})`;
      en += `. No fee if the death notice, hospital confirmation or doctor's note arrives by ${dateEn(first.proofDeadline!)} (${articleEn(first.clauseRefs.at(-1)!)})`;
    } else if (first.exception === 'late') {
      nl += `. Het bewijs kwam niet uiterlijk ${dateNl(first.proofDeadline!)} binnen, dus de gewone regeling geldt (${articleNl(first.clauseRefs.at(-1)!)})`;
      en += `. The proof did not arrive by ${dateEn(first.proofDeadline!)}, so the normal table applies (${articleEn(first.clauseRefs.at(-1)!)})`;
    }
    return { nl: `${nl}.`, en: `${en}.` };
  }
  const sentences = facts.parts.map(partSentence);
  let nl = `Annuleren kost in totaal ${euroNl(facts.fee)}, verzoek ontvangen op ${received.nl}. ${sentences.map((s) => s.nl).join(' ')}`;
  let en = `Cancelling costs ${euroEn(facts.fee)} in total, request received on ${received.en}. ${sentences.map((s) => s.en).join(' ')}`;
  if (facts.incurred) {
    const i = facts.incurred;
    const how =
      i.combine === 'add'
        ? { nl: 'daarbovenop', en: 'on top of that' }
        : { nl: 'of het hogere bedrag', en: 'or the higher amount' };
    nl += ` Reeds gemaakte kosten ${euroNl(i.costs)} plus ${percentNl(i.adminBasisPoints)} administratiekosten ${euroNl(i.admin)} (${articleNl(i.clauseRef)}), ${how.nl}.`;
    en += ` Costs already incurred ${euroEn(i.costs)} plus ${percentEn(i.adminBasisPoints)} administration costs ${euroEn(i.admin)} (${articleEn(i.clauseRef)}), ${how.en}.`;
  }
  return { nl, en };
}
