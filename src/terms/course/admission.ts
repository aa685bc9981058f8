import { Temporal } from 'temporal-polyfill';
import { percentOf } from '../../money/cents.ts';
import type { CompiledTerms } from '../compile.ts';
import { localDay, parseInstant } from '../instant.ts';
import type { Decision } from '../model.ts';
import { euroEn, euroNl, percentEn, percentNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import type { AdmissionQuestion } from './door-questions.ts';
import type { IdDocument } from './door-sections.ts';
import { PART_NAMES } from './parts.ts';
import { decision, notCoveredDecision } from './plain.ts';

const ID_NL: Record<IdDocument, string> = {
  passport: 'paspoort',
  dutch_driving_licence: 'Nederlands rijbewijs',
  eu_id_card: 'Europese ID-kaart',
  residence_document: 'vreemdelingendocument',
  other_id: 'ander identiteitsbewijs',
  copy: 'kopie',
  none: 'geen identiteitsbewijs',
};
const ID_EN: Record<IdDocument, string> = {
  passport: 'passport',
  dutch_driving_licence: 'Dutch driving licence',
  eu_id_card: 'European ID card',
  residence_document: 'residence document',
  other_id: 'another identity document',
  copy: 'copy',
  none: 'no identity document',
};

/** An instant as ISO 8601 with the provider's offset: the moment a deadline falls (reading start-hour). */
export function momentText(ms: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'minute' });
}

/**
 * Admission at the door (plusport-cursusvoorwaarden#8-10): an original, valid ID of the listed kinds before
 * the start (8.1; a copy is refused), refusal without one at the full fee and no refund (8.2, 8.3),
 * present 15 minutes before the start (9.1), and after the start the trainer may refuse (10.1) at
 * the full fee (10.2) or admit without making up the lost time (10.3). The outcome is `allowed`
 * when the learner must be admitted, `not_allowed` when the trainer may refuse.
 */
export function decideAdmission(compiled: CompiledTerms, question: AdmissionQuestion): Decision {
  const section = courseSectionsOf(compiled).admission;
  const name = PART_NAMES[question.kind];
  if (!section)
    return notCoveredDecision(compiled, 'admission', {
      nl: `de toelating tot ${name.nl}`,
      en: `admission to ${name.en}`,
    });
  const timeZone = compiled.calendar.settings.timeZone;
  const startMs = parseInstant(question.start);
  const nl: string[] = [];
  const en: string[] = [];
  const clauses: string[] = [];
  const conclusions: Record<string, boolean> = {};
  const counts: Record<string, number> = {};
  const moments: Record<string, string> = { start: momentText(startMs, timeZone) };
  const missingInputs: string[] = [];
  let mayRefuse = false;
  let refusalBp = 0;

  const id = section.identification;
  if (id?.kinds.includes(question.kind)) {
    clauses.push(...id.clauses);
    const accepted = id.accepted;
    nl.push(
      `Legitimeren voor aanvang met een origineel en geldig ${accepted.map((d) => ID_NL[d]).join(', ')}; een kopie telt niet.`,
    );
    en.push(
      `Identify before the start with an original, valid ${accepted.map((d) => ID_EN[d]).join(', ')}; a copy does not count.`,
    );
    if (question.idDocument === undefined) missingInputs.push('idDocument');
    else {
      const valid = accepted.includes(question.idDocument);
      conclusions.idValid = valid;
      if (!valid) {
        mayRefuse = true;
        refusalBp = Math.max(refusalBp, id.refusalFeeBasisPoints);
        nl.push(`Met ${ID_NL[question.idDocument]} mag de toegang worden geweigerd.`);
        en.push(`With ${ID_EN[question.idDocument]} access may be refused.`);
      }
    }
    const match = id.detailsMustMatch;
    if (match?.kinds.includes(question.kind)) {
      clauses.push(match.clause);
      if (question.detailsMatch === undefined) missingInputs.push('detailsMatch');
      else if (!question.detailsMatch) {
        mayRefuse = true;
        refusalBp = Math.max(refusalBp, id.refusalFeeBasisPoints);
        conclusions.detailsMatch = false;
        nl.push(
          'De opgegeven gegevens komen niet overeen met het identiteitsbewijs: de toegang mag worden geweigerd.',
        );
        en.push('The registered details do not match the ID: access may be refused.');
      } else conclusions.detailsMatch = true;
    }
  }

  const early = section.arriveMinutesBefore;
  if (early?.kinds.includes(question.kind)) {
    clauses.push(early.clause);
    const latest = startMs - early.minutes * 60_000;
    moments.arriveBy = momentText(latest, timeZone);
    counts.arriveMinutesBefore = early.minutes;
    nl.push(
      `Wees uiterlijk ${early.minutes} minuten voor aanvang aanwezig (${moments.arriveBy.slice(11, 16)}).`,
    );
    en.push(
      `Be present at least ${early.minutes} minutes before the start (${moments.arriveBy.slice(11, 16)}).`,
    );
    if (question.arrivedAt !== undefined)
      conclusions.arrivedInTime = parseInstant(question.arrivedAt) <= latest;
  }

  const late = section.lateArrival;
  if (late?.kinds.includes(question.kind)) {
    clauses.push(...late.clauses);
    if (question.arrivedAt === undefined) missingInputs.push('arrivedAt');
    else {
      const arrivedMs = parseInstant(question.arrivedAt);
      const afterStart = arrivedMs > startMs;
      conclusions.afterStart = afterStart;
      if (afterStart) {
        counts.minutesLate = Math.round((arrivedMs - startMs) / 60_000);
        mayRefuse = true;
        refusalBp = Math.max(refusalBp, late.refusalFeeBasisPoints);
        conclusions.lostTimeCompensated = late.lostTimeCompensated;
        nl.push(
          `Aangekomen ${counts.minutesLate} minuten na aanvang: de toegang mag worden geweigerd; wie wordt toegelaten krijgt de verloren tijd ${late.lostTimeCompensated ? 'wel' : 'niet'} vergoed.`,
        );
        en.push(
          `Arrived ${counts.minutesLate} minutes after the start: access may be refused; if admitted, the lost time is ${late.lostTimeCompensated ? '' : 'not '}made up.`,
        );
      }
    }
  }
  if (clauses.length === 0)
    return notCoveredDecision(compiled, 'admission', {
      nl: `de toelating tot ${name.nl}`,
      en: `admission to ${name.en}`,
    });

  conclusions.mayRefuse = mayRefuse;
  const amounts: Record<string, number> = {};
  if (mayRefuse) {
    conclusions.refund = false;
    counts.refusalFeeBasisPoints = refusalBp;
    if (question.price !== undefined) {
      amounts.price = question.price;
      amounts.feeIfRefused = percentOf(question.price, refusalBp);
    } else missingInputs.push('price');
    const fee = question.price === undefined ? '' : ` (${euroNl(percentOf(question.price, refusalBp))})`;
    const feeEn = question.price === undefined ? '' : ` (${euroEn(percentOf(question.price, refusalBp))})`;
    nl.push(
      `Bij weigering blijft ${percentNl(refusalBp)} van de prijs verschuldigd${fee}, zonder restitutie.`,
    );
    en.push(`If refused, ${percentEn(refusalBp)} of the price stays due${feeEn}, without refund.`);
  }
  const result = decision({
    question: 'admission',
    outcome: mayRefuse ? 'not_allowed' : 'allowed',
    amounts,
    dates: { startDay: localDay(startMs, timeZone) },
    clauses: clauses.map((clause) => compiled.clause(clause)),
    readings: ['start-hour', 'refusal-fee'],
    explanation: { nl: nl.join(' '), en: en.join(' ') },
    conclusions,
    counts,
    missingInputs,
  });
  result.moments = moments;
  return result;
}
