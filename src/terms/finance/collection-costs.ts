import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import {
  B2B_MINIMUM,
  collectionCosts as computeCollectionCosts,
  percentOf,
  VAT_RATE_INFO,
} from '../../money/index.ts';
import type { ClauseRef, Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { CollectionCostsQuestion } from './questions.ts';
import { dateEn, dateNl, decide, eurEn, eurNl, percentEn, percentNl } from './text.ts';

/**
 * Extrajudicial collection costs: the terms' clause (ingenium-leveringsvoorwaarden#16.1: 15 %, at least EUR 50;
 * vapro-leverings-en-betalingsvoorwaarden#22.11: 15 %, at least EUR 250, or the actual costs if higher) or, where the terms name no amount,
 * the statutory scale (PlusPort algemene 8.7, plusport-cursusvoorwaarden#5.6, sparse-algemene-voorwaarden#3.7). For a consumer the
 * scale is the maximum and the costs are due only after a reminder giving 14 days (art. 6:96 lid 6
 * BW); a business owes at least EUR 40 (lid 4). The amounts come from src/money.
 */
export function collectionCosts(terms: FinanceTerms, q: CollectionCostsQuestion): Decision {
  const section = terms.sections.collectionCosts;
  const asOf = parseIsoDate(q.asOf);
  const consumer = q.customerKind === 'consumer';
  const reminderSentOn = q.reminderSentOn ? parseIsoDate(q.reminderSentOn) : undefined;
  const dates: Record<string, EpochDay> = { asOf };
  if (reminderSentOn !== undefined) dates.reminderSentOn = reminderSentOn;
  const clauses = section?.clauses ?? [];
  const law: ClauseRef[] = [LAW.collectionCosts, LAW.wikScale];
  const readings: string[] = ['collection-basis-principal'];
  const nl: string[] = [];
  const en: string[] = [];

  if (section?.dueWhen === 'handed_over' && !q.handedOver) {
    readings.push('collection-costs-handed-over');
    // Before the claim is handed over the clause gives nothing; a business still owes the EUR 40 of art. 6:96 lid 4 BW.
    const costs = consumer ? 0 : B2B_MINIMUM;
    nl.push(
      consumer
        ? 'Incassokosten zijn volgens deze voorwaarden pas verschuldigd als de vordering uit handen is gegeven.'
        : `Incassokosten volgens de staffel pas als de vordering uit handen is gegeven; tot dan is alleen de wettelijke vergoeding van ${eurNl(B2B_MINIMUM)} verschuldigd (art. 6:96 lid 4 BW).`,
    );
    en.push(
      consumer
        ? 'Under these terms collection costs are due only once the claim is handed over for collection.'
        : `Scale collection costs only once the claim is handed over; until then only the statutory ${eurEn(B2B_MINIMUM)} is due (art. 6:96(4) Dutch Civil Code).`,
    );
    return decide(terms, q.type, {
      outcome: consumer ? 'not_allowed' : 'allowed',
      amounts: { collectionCosts: costs, vat: 0, total: costs },
      dates,
      clauses,
      rules: [section],
      law,
      readings,
      nl,
      en,
    });
  }

  const rule = section?.rule;
  const clause =
    rule?.kind === 'percentage' ? { basisPoints: rule.rateBp, minimum: rule.minimumCents } : undefined;
  const result = computeCollectionCosts({
    principal: q.principalCents,
    debtor: q.customerKind,
    clause,
    creditorDeductsVat: q.creditorDeductsVat,
    reminderSentOn,
  });
  let costs = result.costs;
  let vat = result.vat;
  let basisNl =
    result.basis === 'clause'
      ? `volgens de voorwaarden ${percentNl(clause!.basisPoints)} van ${eurNl(q.principalCents)}, minimaal ${eurNl(clause!.minimum)}`
      : result.basis === 'b2b-minimum'
        ? `het wettelijke minimum voor bedrijven (art. 6:96 lid 4 BW)`
        : `de wettelijke staffel over ${eurNl(q.principalCents)}`;
  let basisEn =
    result.basis === 'clause'
      ? `under the terms ${percentEn(clause!.basisPoints)} of ${eurEn(q.principalCents)}, at least ${eurEn(clause!.minimum)}`
      : result.basis === 'b2b-minimum'
        ? 'the statutory minimum for businesses (art. 6:96(4) Dutch Civil Code)'
        : `the statutory scale on ${eurEn(q.principalCents)}`;
  if (!section) {
    readings.push('law-when-terms-silent');
    nl.push('Deze voorwaarden noemen geen incassokosten; de wettelijke staffel geldt.');
    en.push('These terms set no collection-cost clause; the statutory scale applies.');
  }
  if (
    rule?.kind === 'percentage' &&
    rule.actualCostsIfHigher &&
    !consumer &&
    q.actualCostsCents !== undefined &&
    q.actualCostsCents > costs
  ) {
    costs = q.actualCostsCents;
    vat = q.creditorDeductsVat ? 0 : percentOf(costs, VAT_RATE_INFO.standard.basisPoints);
    basisNl = 'de werkelijk gemaakte kosten, want die zijn hoger';
    basisEn = 'the costs actually made, as they are higher';
  }
  nl.push(`Incassokosten: ${eurNl(costs)} (${basisNl}).`);
  en.push(`Collection costs: ${eurEn(costs)} (${basisEn}).`);
  if (vat > 0) {
    nl.push(`Plus 21 % btw (${eurNl(vat)}), omdat de aanbieder de btw niet kan aftrekken.`);
    en.push(`Plus 21% VAT (${eurEn(vat)}), as the provider cannot deduct VAT.`);
  }
  if (result.clauseVoid) {
    readings.push('consumer-collection-costs');
    nl.push(
      `Het beding (${eurNl(result.clauseAmount!)}) ligt boven de staffel en geldt niet voor een consument; de staffel geldt.`,
    );
    en.push(
      `The clause (${eurEn(result.clauseAmount!)}) exceeds the scale and does not bind a consumer; the scale applies.`,
    );
  }
  if (result.courtMayReduceTo !== undefined && costs > result.courtMayReduceTo) {
    nl.push(`Een rechter kan dit matigen tot de staffel (${eurNl(result.courtMayReduceTo)}).`);
    en.push(`A court may reduce this to the scale (${eurEn(result.courtMayReduceTo)}).`);
  }
  let outcome: Decision['outcome'] = 'allowed';
  if (consumer) {
    readings.push('consumer-collection-costs');
    if (result.dueFrom === null) {
      outcome = 'not_allowed';
      nl.push(
        'Een consument is incassokosten pas verschuldigd na een aanmaning met een betaaltermijn van 14 dagen (art. 6:96 lid 6 BW); die is nog niet verstuurd.',
      );
      en.push(
        'A consumer owes collection costs only after a reminder giving 14 days to pay (art. 6:96(6) Dutch Civil Code); none has been sent.',
      );
    } else {
      dates.dueFrom = result.dueFrom;
      if (asOf < result.dueFrom) outcome = 'not_allowed';
      nl.push(
        `Na de aanmaning van ${dateNl(reminderSentOn!)} zijn de kosten verschuldigd vanaf ${dateNl(result.dueFrom)}${asOf < result.dueFrom ? ', dus nog niet' : ''}.`,
      );
      en.push(
        `After the reminder of ${dateEn(reminderSentOn!)} the costs are due from ${dateEn(result.dueFrom)}${asOf < result.dueFrom ? ', so not yet' : ''}.`,
      );
    }
  }
  return decide(terms, q.type, {
    outcome,
    amounts: {
      collectionCosts: costs,
      vat,
      total: costs + vat,
      scaleAmount: result.scale.amount,
      ...(result.clauseAmount === undefined ? {} : { clauseAmount: result.clauseAmount }),
    },
    dates,
    clauses,
    rules: [section],
    law,
    readings,
    nl,
    en,
    conditions: { clauseVoidForConsumer: result.clauseVoid, reminderRequired: result.requiresReminder },
  });
}
