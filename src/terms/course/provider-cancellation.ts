import type { CompiledTerms } from '../compile.ts';
import { localDay, parseInstant } from '../instant.ts';
import type { Decision } from '../model.ts';
import { dateEn, dateNl, euroEn, euroNl, workingDaysEn, workingDaysNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import { decision, notCoveredDecision } from './plain.ts';
import type { ProviderCancellationQuestion } from './questions.ts';
import { timingAt, workingDaysBefore } from './timing.ts';

/**
 * The provider cancels a course (plusport-cursusvoorwaarden#15.1, LSP 18.4, ingenium-leveringsvoorwaarden#25.1, vapro-leverings-en-betalingsvoorwaarden#15.2,
 * sparse-algemene-voorwaarden#59.3): the notice it owes (reading provider-notice) and what the customer gets back.
 */
export function decideProviderCancellation(
  compiled: CompiledTerms,
  question: ProviderCancellationQuestion,
): Decision {
  const section = courseSectionsOf(compiled).providerCancellation;
  if (!section)
    return notCoveredDecision(compiled, 'provider_cancellation', {
      nl: 'annulering door de aanbieder',
      en: 'cancellation by the provider',
    });
  const clause = compiled.clause(section.clause);
  // plusport-algemene-leveringsvoorwaarden#18.4: the external trainer cancels and refunds; "PlusPort is daarvoor niet aansprakelijk".
  const trainer = section.actor === 'external_trainer';
  const who = trainer
    ? { nl: 'De externe opleider', en: 'The external trainer' }
    : { nl: compiled.terms.name, en: compiled.terms.name };
  const parties = { cancels: section.actor, refunds: section.actor };
  const conclusions: Record<string, boolean> | undefined = trainer ? { platformLiable: false } : undefined;
  const refundClause = compiled.clause(section.refundClause);
  const startDay = localDay(parseInstant(question.start), compiled.calendar.settings.timeZone);
  const refund = question.alternativeAccepted && section.alternativeReplacesRefund ? 0 : question.paid;
  const refundText =
    refund === 0 && question.paid > 0
      ? {
          nl: 'de klant heeft het aangeboden alternatief aanvaard, dus er wordt niets terugbetaald',
          en: 'the customer accepted the alternative offered, so nothing is refunded',
        }
      : {
          nl: `de klant krijgt ${euroNl(refund)} terug${trainer ? ' van de externe opleider; het platform is daarvoor niet aansprakelijk' : ''} (art. ${refundClause.article})`,
          en: `the customer gets ${euroEn(refund)} back${trainer ? ' from the external trainer; the platform is not liable for it' : ''} (art. ${refundClause.article})`,
        };
  const notice = section.noticeWorkingDays;
  if (!notice) {
    return decision({
      question: 'provider_cancellation',
      parties,
      conclusions,
      outcome: 'allowed',
      amounts: { refund },
      dates: { startDay },
      clauses: [clause, refundClause],
      explanation: {
        nl: `${who.nl} mag de cursus annuleren zonder opzegtermijn (art. ${clause.article}); ${refundText.nl}.`,
        en: `${who.en} may cancel the course without notice (art. ${clause.article}); ${refundText.en}.`,
      },
    });
  }
  const noticeClause = compiled.clause(notice.clause);
  const deadline = compiled.readings.requestDayCounted
    ? compiled.calendar.addWorkingDays(startDay, -notice.workingDays)
    : compiled.calendar.addWorkingDays(startDay, -notice.workingDays - 1);
  const readings = ['provider-notice', 'request-day-counted', 'after-office-hours'];
  if (question.notifiedAt === undefined) {
    return decision({
      question: 'provider_cancellation',
      parties,
      conclusions,
      outcome: 'allowed',
      amounts: { refund },
      dates: { startDay, noticeDeadline: deadline },
      clauses: [noticeClause, refundClause],
      readings,
      explanation: {
        nl: `${who.nl} moet de klant uiterlijk ${dateNl(deadline)} schriftelijk inlichten, ${workingDaysNl(notice.workingDays)} voor aanvang (art. ${noticeClause.article}); ${refundText.nl}.`,
        en: `${who.en} must tell the customer in writing by ${dateEn(deadline)}, ${workingDaysEn(notice.workingDays)} before the start (art. ${noticeClause.article}); ${refundText.en}.`,
      },
    });
  }
  const timing = timingAt(compiled, parseInstant(question.notifiedAt));
  const counted = workingDaysBefore(compiled, timing, startDay);
  const inTime = counted >= notice.workingDays;
  return decision({
    question: 'provider_cancellation',
    parties,
    conclusions,
    outcome: inTime ? 'allowed' : 'not_allowed',
    amounts: { refund },
    dates: { startDay, noticeDeadline: deadline, notifiedOn: timing.localDay },
    workingDays: counted,
    clauses: [noticeClause, refundClause],
    readings,
    explanation: inTime
      ? {
          nl: `De annulering is op tijd: ${workingDaysNl(counted)} voor aanvang, uiterlijk ${dateNl(deadline)} was vereist (art. ${noticeClause.article}); ${refundText.nl}.`,
          en: `The cancellation is in time: ${workingDaysEn(counted)} before the start, ${dateEn(deadline)} at the latest was required (art. ${noticeClause.article}); ${refundText.en}.`,
        }
      : {
          nl: `De annulering is te laat: ${workingDaysNl(counted)} voor aanvang, terwijl uiterlijk ${dateNl(deadline)} (${workingDaysNl(notice.workingDays)}) vereist was (art. ${noticeClause.article}); ${refundText.nl}.`,
          en: `The cancellation is late: ${workingDaysEn(counted)} before the start, while ${dateEn(deadline)} (${workingDaysEn(notice.workingDays)}) was required (art. ${noticeClause.article}); ${refundText.en}.`,
        },
  });
}
