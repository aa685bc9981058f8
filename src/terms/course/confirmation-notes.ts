import type { CompiledTerms } from '../compile.ts';
import { parseInstant } from '../instant.ts';
import type { Decision, DecisionNote } from '../model.ts';
import { percentEn, percentNl } from '../text.ts';
import { momentText } from './admission.ts';
import { courseSectionsOf } from './compile.ts';
import type { IdDocument } from './door-sections.ts';
import type { ConfirmationNotesQuestion } from './enrollment-questions.ts';
import type { PartKind } from './kinds.ts';
import { decision, notCoveredDecision } from './plain.ts';

/** The identity documents as a confirmation lists them. */
const ID_NAMES: Record<IdDocument, { nl: string; en: string }> = {
  passport: { nl: 'paspoort', en: 'passport' },
  dutch_driving_licence: { nl: 'Nederlands rijbewijs', en: 'Dutch driving licence' },
  eu_id_card: { nl: 'Europese ID-kaart', en: 'European ID card' },
  residence_document: { nl: 'vreemdelingendocument', en: 'residence document' },
  other_id: { nl: 'ander identiteitsbewijs', en: 'other identity document' },
  copy: { nl: 'kopie', en: 'copy' },
  none: { nl: 'geen', en: 'none' },
};

/** 'a, b of c' / 'a, b or c' */
function either(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

function applies(kinds: readonly PartKind[], parts: readonly PartKind[]): boolean {
  return parts.some((part) => kinds.includes(part));
}

/**
 * What the confirmation of an enrollment must tell the learner, from the admission rules of the
 * terms (plusport-cursusvoorwaarden#8.1-10.3 where a provider has them): the identity document to
 * bring, that an exam's details must match it, by when to arrive, and what arriving after the start
 * costs, each note with its clauses and only for the parts it concerns. Terms without such rules
 * answer not_covered with no notes: the confirmation then says nothing of the kind.
 */
export function decideConfirmationNotes(
  compiled: CompiledTerms,
  question: ConfirmationNotesQuestion,
): Decision {
  const subject = { nl: 'wat de bevestiging moet vermelden', en: 'what the confirmation must state' };
  const section = courseSectionsOf(compiled).admission;
  const parts = question.parts;
  const notes: DecisionNote[] = [];
  const moments: Record<string, string> = {};
  const counts: Record<string, number> = {};
  const clauses = (ids: readonly string[]) => ids.map((id) => compiled.clause(id));

  const id = section?.identification;
  if (id && applies(id.kinds, parts)) {
    const names = id.accepted.map((d) => ID_NAMES[d]);
    const copyRefused = !id.accepted.includes('copy');
    const refusal = copyRefused
      ? {
          nl: 'Een kopie wordt niet geaccepteerd; zonder geldig legitimatiebewijs kan de toegang worden geweigerd.',
          en: 'A copy is not accepted; without valid ID you may be refused entry.',
        }
      : {
          nl: 'Zonder geldig legitimatiebewijs kan de toegang worden geweigerd.',
          en: 'Without valid ID you may be refused entry.',
        };
    notes.push({
      id: 'identification',
      nl: `Neem een origineel en geldig legitimatiebewijs mee (${either(
        names.map((n) => n.nl),
        'of',
      )}). ${refusal.nl}`,
      en: `Bring an original, valid proof of identity (${either(
        names.map((n) => n.en),
        'or',
      )}). ${refusal.en}`,
      clauses: clauses(id.clauses),
    });
    const match = id.detailsMustMatch;
    if (match && applies(match.kinds, parts))
      notes.push({
        id: 'details-match',
        nl: 'Voor het examen moeten je opgegeven gegevens overeenkomen met je legitimatiebewijs.',
        en: 'For the exam, the details you registered must match your proof of identity.',
        clauses: clauses([match.clause]),
      });
  }

  const early = section?.arriveMinutesBefore;
  if (early && applies(early.kinds, parts)) {
    counts.arriveMinutesBefore = early.minutes;
    let by = { nl: '', en: '' };
    if (question.start !== undefined) {
      const timeZone = compiled.calendar.settings.timeZone;
      moments.arriveBy = momentText(parseInstant(question.start) - early.minutes * 60_000, timeZone);
      const hour = moments.arriveBy.slice(11, 16);
      by = { nl: ` (uiterlijk ${hour})`, en: ` (by ${hour})` };
    }
    notes.push({
      id: 'arrive-before',
      nl: `Wees minimaal ${early.minutes} minuten voor de aanvangstijd aanwezig${by.nl}.`,
      en: `Please arrive at least ${early.minutes} minutes before the start time${by.en}.`,
      clauses: clauses([early.clause]),
    });
  }

  const late = section?.lateArrival;
  if (late && applies(late.kinds, parts))
    notes.push({
      id: 'late-arrival',
      nl: `Wie na de aanvangstijd komt, kan de toegang worden geweigerd; ${percentNl(late.refusalFeeBasisPoints)} van de prijs blijft dan verschuldigd.`,
      en: `If you arrive after the start time you may be refused entry; ${percentEn(late.refusalFeeBasisPoints)} of the price then stays due.`,
      clauses: clauses(late.clauses),
    });

  if (notes.length === 0) return { ...notCoveredDecision(compiled, 'confirmation_notes', subject), notes };
  const result = decision({
    question: 'confirmation_notes',
    outcome: 'allowed',
    clauses: notes.flatMap((note) => note.clauses),
    readings: question.start === undefined ? [] : ['start-hour'],
    explanation: { nl: notes.map((n) => n.nl).join(' '), en: notes.map((n) => n.en).join(' ') },
    counts,
    missingInputs: early && applies(early.kinds, parts) && question.start === undefined ? ['start'] : [],
  });
  result.notes = notes;
  if (Object.keys(moments).length > 0) result.moments = moments;
  return result;
}
