import { addMonths, civilDate, type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import type { ClauseRef, Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { PriceChangeQuestion } from './questions.ts';
import { addPeriod, dateEn, dateNl, decide, percentEn, percentNl, periodEn, periodNl } from './text.ts';

/**
 * Whether the provider may change its prices on a date, and what the customer may do about it.
 * Provider: PlusPort algemene 8.4 (indexation each 1 January; other changes twice a year after 3
 * months' notice), sparse-algemene-voorwaarden#3.5 (3 months' notice), plusport-cursusvoorwaarden#5.2, ingenium-leveringsvoorwaarden#14.5-14.6 and
 * vapro-leverings-en-betalingsvoorwaarden#22.2 (changes in cost factors). Customer: plusport-cursusvoorwaarden#5.2 (dissolve after an increase of
 * 10 % or more within three months of the agreement), vapro-leverings-en-betalingsvoorwaarden#22.4 (dissolve within 10 days after the
 * notice of an increase between order and execution); a consumer may always dissolve on an increase
 * (art. 6:236 sub i and 6:237 sub c BW, reading consumer-price-increase).
 */
export function priceChange(terms: FinanceTerms, q: PriceChangeQuestion): Decision {
  const section = terms.sections.priceChange;
  const agreementDate = q.agreementDate ? parseIsoDate(q.agreementDate) : undefined;
  const effectiveOn = parseIsoDate(q.effectiveOn);
  const noticeOn = q.noticeOn ? parseIsoDate(q.noticeOn) : undefined;
  const dates: Record<string, EpochDay> = { effectiveOn };
  if (agreementDate !== undefined) dates.agreementDate = agreementDate;
  // Ask only what the rule needs: whether the change may take effect needs the notice; whether the
  // customer may dissolve needs the increase (and, for a window after the agreement, its date).
  const missingInputs: string[] = [];
  if (noticeOn !== undefined) dates.noticeOn = noticeOn;
  const nl: string[] = [];
  const en: string[] = [];
  const clauses: string[] = [];
  const law: ClauseRef[] = [];
  const readings: string[] = [];
  const rules: { readings?: readonly string[] }[] = [];

  let allowed = false;
  if (!section || section.rules.length === 0) {
    nl.push('Deze voorwaarden geven geen recht om de prijs tijdens de overeenkomst eenzijdig te wijzigen.');
    en.push('These terms give no right to change the price unilaterally during the agreement.');
    readings.push('law-when-terms-silent');
  } else {
    const reasonsNl: string[] = [];
    const reasonsEn: string[] = [];
    for (const rule of section.rules) {
      if (rule.kind === 'yearly_indexation') {
        if (!q.indexation) continue;
        const { month, day } = civilDate(effectiveOn);
        if (month === 1 && day === 1) {
          allowed = true;
          clauses.push(...rule.clauses);
          rules.push(rule);
          nl.push('Jaarlijkse indexatie per 1 januari is toegestaan.');
          en.push('Yearly indexation as of 1 January is allowed.');
          break;
        }
        reasonsNl.push('indexatie kan alleen per 1 januari');
        reasonsEn.push('indexation only takes effect on 1 January');
        clauses.push(...rule.clauses);
        rules.push(rule);
        continue;
      }
      if (rule.kind === 'with_notice') {
        clauses.push(...rule.clauses);
        rules.push(rule);
        if (noticeOn === undefined) {
          reasonsNl.push('een wijziging moet vooraf worden aangekondigd');
          reasonsEn.push('a change must be announced first');
          continue;
        }
        const earliest = rule.notice ? addPeriod(noticeOn, rule.notice, terms.calendar) : noticeOn;
        const tooMany = rule.maxPerYear !== null && q.changesThisYear >= rule.maxPerYear;
        if (effectiveOn >= earliest && !tooMany) {
          allowed = true;
          nl.push(
            rule.notice
              ? `Een prijswijziging met ${periodNl(rule.notice)} aankondiging is toegestaan (aangekondigd ${dateNl(noticeOn)}, ingang ${dateNl(effectiveOn)}).`
              : 'Een vooraf aangekondigde prijswijziging is toegestaan.',
          );
          en.push(
            rule.notice
              ? `A price change with ${periodEn(rule.notice)} notice is allowed (announced ${dateEn(noticeOn)}, effective ${dateEn(effectiveOn)}).`
              : 'A price change announced in advance is allowed.',
          );
          break;
        }
        if (effectiveOn < earliest) {
          dates.earliestEffective = earliest;
          reasonsNl.push(
            `na aankondiging op ${dateNl(noticeOn)} kan de wijziging pas op ${dateNl(earliest)} ingaan`,
          );
          reasonsEn.push(
            `after notice on ${dateEn(noticeOn)} the change can take effect on ${dateEn(earliest)} at the earliest`,
          );
        }
        if (tooMany) {
          reasonsNl.push(`niet vaker dan ${rule.maxPerYear} keer per jaar`);
          reasonsEn.push(`no more than ${rule.maxPerYear} times a year`);
        }
        continue;
      }
      // cost_factors: allowed when the provider's cost factors changed; no notice period.
      allowed = true;
      clauses.push(...rule.clauses);
      rules.push(rule);
      readings.push('cost-factor-price-change');
      nl.push(
        'De aanbieder mag de prijs aanpassen aan gewijzigde kostenfactoren (lonen, materiaal, heffingen), mits hij die kan aantonen.',
      );
      en.push(
        'The provider may adjust the price to changed cost factors (wages, materials, levies), provided it can show them.',
      );
      break;
    }
    if (!allowed) {
      nl.push(`Deze prijswijziging is niet toegestaan: ${reasonsNl.join('; ')}.`);
      en.push(`This price change is not allowed: ${reasonsEn.join('; ')}.`);
    }
  }

  let mayDissolve = false;
  const increaseBp = q.increaseBp;
  if (increaseBp === undefined) missingInputs.push('increaseBp');
  if (increaseBp !== undefined && increaseBp > 0) {
    for (const right of section?.customerMayDissolve ?? []) {
      if (right.kind === 'increase_soon_after_agreement') {
        if (agreementDate === undefined) {
          missingInputs.push('agreementDate');
          continue;
        }
        const windowEnd = addMonths(agreementDate, right.months);
        if (effectiveOn <= windowEnd && increaseBp >= right.minIncreaseBp) {
          mayDissolve = true;
          clauses.push(...right.clauses);
          rules.push(right);
          nl.push(
            `De verhoging van ${percentNl(increaseBp)} binnen ${right.months} maanden na de overeenkomst is ${percentNl(right.minIncreaseBp)} of meer: de klant mag de overeenkomst ontbinden, tegen betaling van wat al is gepresteerd.`,
          );
          en.push(
            `The increase of ${percentEn(increaseBp)} within ${right.months} months of the agreement is ${percentEn(right.minIncreaseBp)} or more: the customer may dissolve the agreement, paying for what has been performed.`,
          );
        }
      } else {
        const executionDate = q.executionDate ? parseIsoDate(q.executionDate) : undefined;
        if (executionDate === undefined || effectiveOn <= executionDate) {
          mayDissolve = true;
          const from = noticeOn ?? effectiveOn;
          if (noticeOn === undefined) readings.push('dissolve-window-without-notice');
          const by = from + right.days;
          dates.dissolveBy = by;
          clauses.push(...right.clauses);
          rules.push(right);
          nl.push(
            `De prijs stijgt tussen bestelling en uitvoering: de klant mag annuleren of ontbinden tot en met ${dateNl(by)} (${right.days} dagen na de mededeling).`,
          );
          en.push(
            `The price rises between order and execution: the customer may cancel or dissolve until ${dateEn(by)} inclusive (${right.days} days after the notice).`,
          );
        }
      }
    }
    if (q.customerKind === 'consumer' && !mayDissolve) {
      mayDissolve = true;
      readings.push('consumer-price-increase');
      if (agreementDate === undefined) missingInputs.push('agreementDate');
      // Without the agreement date the later rule (6:237 sub c) applies: the right exists either way.
      const soon = agreementDate !== undefined && effectiveOn < addMonths(agreementDate, 3);
      law.push(soon ? LAW.consumerPriceIncrease : LAW.consumerPriceIncreaseLater);
      nl.push(
        soon
          ? 'Een consument mag de overeenkomst ontbinden bij een prijsverhoging binnen drie maanden na het sluiten ervan (art. 6:236 sub i BW).'
          : 'Een consument mag de overeenkomst ontbinden bij een prijsverhoging (art. 6:237 sub c BW).',
      );
      en.push(
        soon
          ? 'A consumer may dissolve the agreement on a price increase within three months of making it (art. 6:236 sub i Dutch Civil Code).'
          : 'A consumer may dissolve the agreement on a price increase (art. 6:237 sub c Dutch Civil Code).',
      );
    }
  }
  if (increaseBp === undefined) {
    nl.push(
      'Of de klant mag ontbinden hangt af van de hoogte van de wijziging (increaseBp), die niet is opgegeven.',
    );
    en.push(
      'Whether the customer may dissolve depends on the size of the change (increaseBp), which was not given.',
    );
  } else if (!mayDissolve) {
    nl.push('De klant heeft op grond van deze voorwaarden geen recht de overeenkomst hierom te ontbinden.');
    en.push('Under these terms the customer has no right to dissolve the agreement for this.');
  }
  return decide(terms, q.type, {
    outcome: allowed ? 'allowed' : 'not_allowed',
    dates,
    clauses,
    law,
    rules,
    readings,
    nl,
    en,
    conditions: { changeAllowed: allowed, customerMayDissolve: mayDissolve },
    conclusions:
      increaseBp === undefined
        ? { changeAllowed: allowed }
        : { changeAllowed: allowed, customerMayDissolve: mayDissolve },
    missingInputs,
  });
}
