import type { CompiledTerms } from '../compile.ts';
import { parseDay } from '../instant.ts';
import type { ClauseRef, Decision } from '../model.ts';
import { dateEn, dateNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import { PART_NAMES } from './parts.ts';
import { decision, notCoveredDecision } from './plain.ts';
import type { CertificateReleaseQuestion } from './questions.ts';

/**
 * When a certificate is released (plusport-cursusvoorwaarden#13, ingenium-leveringsvoorwaarden#26; reading certificate-days): every
 * condition met, and where the terms say so, by the nth working day after the result.
 */
export function decideCertificateRelease(
  compiled: CompiledTerms,
  question: CertificateReleaseQuestion,
): Decision {
  const section = courseSectionsOf(compiled).certificateRelease;
  const name = PART_NAMES[question.kind];
  const rule = section?.parts[question.kind as keyof NonNullable<typeof section>['parts']];
  if (!rule)
    return notCoveredDecision(compiled, 'certificate_release', {
      nl: `de afgifte van een certificaat voor ${name.nl}`,
      en: `releasing a certificate for ${name.en}`,
    });
  const conditions: Record<string, boolean> = {};
  const missing: { nl: string[]; en: string[] } = { nl: [], en: [] };
  const clauses: ClauseRef[] = [];
  for (const condition of rule.conditions) {
    const met = question.conditions[condition.condition] === true;
    conditions[condition.condition] = met;
    clauses.push(compiled.clause(condition.clause));
    if (!met) {
      missing.nl.push(condition.label.nl);
      missing.en.push(condition.label.en);
    }
  }
  const resultDay = question.resultOn === undefined ? undefined : parseDay(question.resultOn);
  const release = rule.releaseWorkingDays;
  if (release) clauses.push(compiled.clause(release.clause));
  const expected =
    release && resultDay !== undefined
      ? compiled.calendar.addWorkingDays(resultDay, release.workingDays)
      : undefined;
  const readings = release ? ['certificate-days'] : [];
  if (missing.nl.length > 0) {
    return decision({
      question: 'certificate_release',
      outcome: 'not_allowed',
      dates: { resultOn: resultDay },
      clauses,
      readings,
      conditions,
      explanation: {
        nl: `Nog geen certificaat voor ${name.nl}: nog niet voldaan aan ${missing.nl.join(', ')} (art. ${clauses[0]!.article}).`,
        en: `No certificate for ${name.en} yet: not yet ${missing.en.join(', ')} (art. ${clauses[0]!.article}).`,
      },
    });
  }
  return decision({
    question: 'certificate_release',
    outcome: 'allowed',
    dates: { resultOn: resultDay, expectedBy: expected },
    ...(release && expected !== undefined ? { workingDays: release.workingDays } : {}),
    clauses,
    readings,
    conditions,
    explanation: {
      nl: `Aan alle voorwaarden is voldaan: het certificaat voor ${name.nl} wordt vrijgegeven${expected !== undefined ? `, uiterlijk ${dateNl(expected)} (${release!.workingDays} werkdagen na de uitslag, art. ${compiled.clause(release!.clause).article})` : ''}.`,
      en: `Every condition is met: the certificate for ${name.en} is released${expected !== undefined ? `, by ${dateEn(expected)} (${release!.workingDays} working days after the result, art. ${compiled.clause(release!.clause).article})` : ''}.`,
    },
  });
}
