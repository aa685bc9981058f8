import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import type { Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { QuoteExpiryQuestion } from './questions.ts';
import { dateEn, dateNl, decide } from './text.ts';

/**
 * When a quote expires: the term the quote states, else the terms' default (ingenium-leveringsvoorwaarden#3.2: 30 days).
 * Terms whose quotes are "vrijblijvend" without a default (vapro-leverings-en-betalingsvoorwaarden#2.1, sparse-algemene-voorwaarden#2.1) set no date: the
 * answer is `not_covered`, and the law decides (a revocable offer, art. 6:219 BW, that lapses when
 * not accepted within a reasonable time, art. 6:221 BW).
 */
export function quoteExpiry(terms: FinanceTerms, q: QuoteExpiryQuestion): Decision {
  const section = terms.sections.quotes;
  const issuedOn = parseIsoDate(q.issuedOn);
  const acceptedOn = q.acceptedOn ? parseIsoDate(q.acceptedOn) : undefined;
  const validity = q.statedValidityDays ?? section?.validityDays ?? null;
  const clauses = section?.clauses ?? [];
  const dates: Record<string, EpochDay> = { issuedOn };
  if (acceptedOn !== undefined) dates.acceptedOn = acceptedOn;
  if (validity === null) {
    const nonBinding = section?.bindingOnlyWithStatedTerm ?? false;
    return decide(terms, q.type, {
      outcome: 'not_covered',
      dates,
      clauses,
      rules: [section],
      law: [LAW.offerRevocable, LAW.offerLapses],
      readings: ['law-when-terms-silent'],
      nl: [
        nonBinding
          ? 'Deze offerte noemt geen termijn en is daarom vrijblijvend: de aanbieder kan haar intrekken.'
          : 'Deze voorwaarden noemen geen geldigheidsduur voor offertes.',
        'Een schriftelijk aanbod zonder termijn vervalt als het niet binnen redelijke tijd wordt aanvaard (art. 6:221 BW).',
      ],
      en: [
        nonBinding
          ? 'This quote names no term and is therefore not binding: the provider may withdraw it.'
          : 'These terms set no validity period for quotes.',
        'A written offer without a term lapses when it is not accepted within a reasonable time (art. 6:221 Dutch Civil Code).',
      ],
    });
  }
  // "geldig gedurende 30 dagen": day 30 after the quote date is the last day (days-after-event).
  const expiresOn = issuedOn + validity;
  dates.expiresOn = expiresOn;
  const stated = q.statedValidityDays !== undefined;
  const inTime = acceptedOn === undefined || acceptedOn <= expiresOn;
  const nl = [
    `De offerte van ${dateNl(issuedOn)} is geldig tot en met ${dateNl(expiresOn)} (${validity} dagen${stated ? ', zoals de offerte zelf vermeldt' : ''}).`,
  ];
  const en = [
    `The quote of ${dateEn(issuedOn)} is valid until ${dateEn(expiresOn)} inclusive (${validity} days${stated ? ', as the quote itself states' : ''}).`,
  ];
  if (acceptedOn !== undefined) {
    nl.push(
      inTime
        ? 'De aanvaarding is op tijd.'
        : 'De aanvaarding is te laat: de aanbieder is niet meer gebonden.',
    );
    en.push(
      inTime ? 'The acceptance is in time.' : 'The acceptance is too late: the provider is no longer bound.',
    );
  }
  return decide(terms, q.type, {
    outcome: inTime ? 'allowed' : 'not_allowed',
    dates,
    clauses,
    rules: [section],
    // A term the quote states binds the provider until it ends (art. 6:219 lid 1 BW), whatever the terms say.
    law: stated ? [LAW.offerRevocable] : [],
    readings: ['days-after-event'],
    nl,
    en,
  });
}
