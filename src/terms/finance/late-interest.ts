import { type EpochDay, formatIsoDate, parseIsoDate } from '../../calendar/index.ts';
import {
  type ContractualInterestResult,
  contractualInterest,
  higherOfContractualAndStatutory,
  type StatutoryInterestKind,
  type StatutoryInterestResult,
  statutoryInterest,
} from '../../money/index.ts';
import { invalidInput } from '../../platform/domain-problem.ts';
import type { ClauseRef, Decision, DecisionLine } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { LateInterestQuestion } from './questions.ts';
import { dateEn, dateNl, decide, eurEn, eurNl, percentEn, percentNl } from './text.ts';

/**
 * Late-payment interest over a period, by the terms' rate: the statutory commercial rate table by
 * half year (PlusPort algemene 8.7, sparse-algemene-voorwaarden#3.7), the statutory rate by customer kind (
 * plusport-cursusvoorwaarden#5.4 "wettelijke rente"), 1 % per started month (vapro-leverings-en-betalingsvoorwaarden#22.8), or 2.5 % per month unless the
 * statutory rate is higher (ingenium-leveringsvoorwaarden#15.2). The amounts come from src/money; this rule picks the
 * rate, the first day and the counting, and explains the result.
 */
export function lateInterest(terms: FinanceTerms, q: LateInterestQuestion): Decision {
  const section = terms.sections.lateInterest;
  const dueDate = parseIsoDate(q.dueDate);
  const paidOn = parseIsoDate(q.paidOn);
  const firstDay = section.start === 'due_date' ? dueDate : dueDate + 1;
  const readings: string[] = [
    section.start === 'due_date' ? 'interest-from-due-date' : 'interest-from-day-after-due',
  ];
  const dates: Record<string, EpochDay> = { dueDate, firstDayOfInterest: firstDay, paidOn };
  // A payment on the last day of its term is in time under every reading of when interest starts
  // (interest-from-due-date counts the due date only once the payment is late).
  if (paidOn <= dueDate || paidOn < firstDay) {
    return decide(terms, q.type, {
      outcome: 'not_allowed',
      amounts: { interest: 0, principal: q.principalCents },
      dates,
      clauses: section.clauses,
      readings,
      counts: { interestDays: 0 },
      nl: [`Betaald op ${dateNl(paidOn)}, binnen de termijn: geen rente.`],
      en: [`Paid on ${dateEn(paidOn)}, within the term: no interest.`],
    });
  }
  const statutoryKind: StatutoryInterestKind =
    section.rate.kind === 'statutory' && section.rate.table === 'commercial'
      ? 'commercial'
      : q.customerKind === 'consumer'
        ? 'consumer'
        : 'commercial';
  const law: ClauseRef[] = [];
  const days = paidOn - firstDay + 1;
  try {
    if (section.rate.kind === 'statutory') {
      if (section.rate.table === 'by_customer') readings.push('statutory-rate-by-customer');
      const result = statutoryInterest({
        principal: q.principalCents,
        firstDayOfDefault: firstDay,
        paidOn,
        kind: statutoryKind,
      });
      law.push(statutoryKind === 'commercial' ? LAW.commercialInterest : LAW.consumerInterest);
      const article = terms.clause(section.clauses[0]!).article;
      return decide(terms, q.type, {
        outcome: 'allowed',
        amounts: { interest: result.interest, principal: q.principalCents },
        dates,
        clauses: section.clauses,
        rules: [section],
        law,
        readings,
        lines: statutoryLines(result, law[0]!),
        conditions: { unverifiedRate: result.unverified, compounded: result.compoundings.length > 0 },
        counts: { interestDays: days },
        ...statutoryText(result, days, article),
      });
    }
    const rate = section.rate;
    const input = {
      principal: q.principalCents,
      firstDayOfDefault: firstDay,
      paidOn,
      basisPointsPerMonth: rate.monthlyRateBp,
      counting: rate.counting,
      compoundYearly: section.compoundContractual,
    };
    readings.push(section.compoundContractual ? 'contractual-compounding' : 'contractual-compounding');
    if (rate.counting === 'pro-rata-days') readings.push('monthly-rate-without-counting-rule');
    const article = terms.clause(section.clauses[0]!).article;
    if (rate.statutoryIfHigher) {
      // The statutory rate runs from the day after the last day for payment (art. 6:119a lid 1 BW).
      const both = higherOfContractualAndStatutory({
        ...input,
        kind: statutoryKind,
        statutoryFirstDayOfDefault: dueDate + 1,
      });
      law.push(statutoryKind === 'commercial' ? LAW.commercialInterest : LAW.consumerInterest);
      const text = contractualText(both.contractual, rate.monthlyRateBp, rate.counting, days, article);
      const nl = [...text.nl];
      const en = [...text.en];
      nl.push(
        `Wettelijke rente over dezelfde periode: ${eurNl(both.statutory.interest)}; ${both.applied === 'statutory' ? 'die is hoger en geldt' : 'die is niet hoger, dus de afgesproken rente geldt'}.`,
      );
      en.push(
        `Statutory interest over the same period: ${eurEn(both.statutory.interest)}; ${both.applied === 'statutory' ? 'it is higher and applies' : 'it is not higher, so the agreed rate applies'}.`,
      );
      return decide(terms, q.type, {
        outcome: 'allowed',
        amounts: {
          interest: both.interest,
          contractualInterest: both.contractual.interest,
          statutoryInterest: both.statutory.interest,
          principal: q.principalCents,
        },
        dates,
        clauses: section.clauses,
        rules: [section],
        law,
        readings,
        lines:
          both.applied === 'statutory'
            ? statutoryLines(both.statutory, law[0]!)
            : contractualLines(both.contractual, terms.clause(section.clauses[0]!)),
        conditions: {
          statutoryApplied: both.applied === 'statutory',
          unverifiedRate: both.statutory.unverified,
        },
        counts: { interestDays: days, ...monthsOf(both.contractual) },
        nl,
        en,
      });
    }
    const result = contractualInterest(input);
    return decide(terms, q.type, {
      outcome: 'allowed',
      amounts: { interest: result.interest, principal: q.principalCents },
      dates,
      clauses: section.clauses,
      rules: [section],
      readings,
      lines: contractualLines(result, terms.clause(section.clauses[0]!)),
      counts: { interestDays: days, ...monthsOf(result) },
      ...contractualText(result, rate.monthlyRateBp, rate.counting, days, article),
    });
  } catch (error) {
    if (error instanceof RangeError)
      throw invalidInput('date-invalid', [{ path: 'dueDate', message: error.message }]);
    throw error;
  }
}

/** The months counted, where the contractual rule counts months (vapro-leverings-en-betalingsvoorwaarden#22.8: a started month counts). */
function monthsOf(result: { months?: number | undefined }): { months?: number } {
  return result.months === undefined ? {} : { months: result.months };
}

function span(from: EpochDay, to: EpochDay): string {
  return `${formatIsoDate(from)}..${formatIsoDate(to)}`;
}

function statutoryLines(result: StatutoryInterestResult, clause: ClauseRef): DecisionLine[] {
  return result.periods.map((period) => ({
    part: span(period.from, period.to),
    amounts: { interest: period.interest, principal: period.principal },
    rule: `${result.kind}-${period.basisPoints}bp`,
    clauses: [clause],
  }));
}

function contractualLines(result: ContractualInterestResult, clause: ClauseRef): DecisionLine[] {
  return result.periods.map((period) => ({
    part: span(period.from, period.to),
    amounts: { interest: period.interest, principal: period.principal },
    rule: `monthly-${period.basisPointsPerMonth}bp-${period.months}m`,
    clauses: [clause],
  }));
}

function statutoryText(
  result: StatutoryInterestResult,
  days: number,
  article: string,
): { nl: string[]; en: string[] } {
  const nameNl = result.kind === 'commercial' ? 'wettelijke handelsrente' : 'wettelijke rente';
  const nameEn = result.kind === 'commercial' ? 'statutory commercial interest' : 'statutory interest';
  const nl = [`Rente over ${days} dagen: ${eurNl(result.interest)} (art. ${article}: ${nameNl}).`];
  const en = [`Interest over ${days} days: ${eurEn(result.interest)} (art. ${article}: ${nameEn}).`];
  for (const period of result.periods) {
    nl.push(
      `${dateNl(period.from)} t/m ${dateNl(period.to)}: ${period.days} dagen tegen ${percentNl(period.basisPoints)} over ${eurNl(period.principal)} = ${eurNl(period.interest)}${period.unverified ? ' (tarief nog niet bevestigd)' : ''}.`,
    );
    en.push(
      `${dateEn(period.from)} to ${dateEn(period.to)}: ${period.days} days at ${percentEn(period.basisPoints)} on ${eurEn(period.principal)} = ${eurEn(period.interest)}${period.unverified ? ' (rate not yet confirmed)' : ''}.`,
    );
  }
  for (const step of result.compoundings) {
    nl.push(
      `Op ${dateNl(step.on)} is ${eurNl(step.added)} rente bij de hoofdsom gevoegd (jaarlijkse samengestelde rente).`,
    );
    en.push(
      `On ${dateEn(step.on)} ${eurEn(step.added)} interest was added to the principal (yearly compounding).`,
    );
  }
  return { nl, en };
}

function contractualText(
  result: ContractualInterestResult,
  monthlyBp: number,
  counting: string,
  days: number,
  article: string,
): { nl: string[]; en: string[] } {
  if (counting === 'pro-rata-days') {
    return {
      nl: [
        `Rente over ${days} dagen: ${eurNl(result.interest)} (art. ${article}: ${percentNl(monthlyBp)} per maand, per dag berekend als ${percentNl(monthlyBp * 12)} per jaar).`,
      ],
      en: [
        `Interest over ${days} days: ${eurEn(result.interest)} (art. ${article}: ${percentEn(monthlyBp)} per month, counted per day as ${percentEn(monthlyBp * 12)} a year).`,
      ],
    };
  }
  const startedNl = counting === 'started-months' ? 'begonnen' : 'volle';
  const startedEn = counting === 'started-months' ? 'started' : 'full';
  return {
    nl: [
      `Rente over ${days} dagen: ${eurNl(result.interest)} (art. ${article}: ${percentNl(monthlyBp)} per ${startedNl} maand, ${result.months} ${result.months === 1 ? 'maand' : 'maanden'}).`,
    ],
    en: [
      `Interest over ${days} days: ${eurEn(result.interest)} (art. ${article}: ${percentEn(monthlyBp)} per ${startedEn} month, ${result.months} ${result.months === 1 ? 'month' : 'months'}).`,
    ],
  };
}
