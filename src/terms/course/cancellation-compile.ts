import type { CompiledTerms } from '../compile.ts';
import type { ClauseRef } from '../model.ts';
import {
  type CompiledFlat,
  type CompiledSchedule,
  compileFlat,
  compileSchedule,
  courseSectionsOf,
} from './compile.ts';
import type { CancellationSection, ExceptionReason, Label, PartKind } from './sections.ts';

/**
 * The cancellation section of a terms version (plusport-cursusvoorwaarden#15, ingenium-leveringsvoorwaarden#25, vapro-leverings-en-betalingsvoorwaarden#16, sparse-algemene-voorwaarden#59.4)
 * compiled once: a schedule per product part, the flat rules, the exception and the incurred costs.
 */

export interface CompiledCancellation {
  section: CancellationSection;
  parts: Partial<Record<PartKind, CompiledSchedule>>;
  /** ingenium-leveringsvoorwaarden#25.2: in-company courses have their own table. */
  groupSchedule: CompiledSchedule | undefined;
  /** plusport-cursusvoorwaarden#15.7: the quote decides. */
  groupAgreement: { clauseRefs: ClauseRef[]; label: Label } | undefined;
  afterStart: CompiledFlat;
  extraService: CompiledFlat | undefined;
  textbook:
    | {
        withClassroom: { kept: CompiledFlat; returnedUnused: CompiledFlat };
        withExam: { kept: CompiledFlat; returnedUnused: CompiledFlat } | undefined;
      }
    | undefined;
  exception:
    | {
        reasons: ReadonlySet<ExceptionReason>;
        /** The reasons that also count when they concern a first-degree relative (plusport-cursusvoorwaarden#15.5 *). */
        familyReasons: ReadonlySet<ExceptionReason>;
        proofDays: number;
        clauseRef: ClauseRef;
      }
    | undefined;
  incurred: { adminBasisPoints: number; combine: 'add' | 'greater_of'; clauseRef: ClauseRef } | undefined;
}

let lastCompiled: CompiledTerms | undefined;
let lastCancellation: CompiledCancellation | undefined;

export function compileCancellation(compiled: CompiledTerms): CompiledCancellation | undefined {
  if (compiled === lastCompiled) return lastCancellation;
  lastCancellation = buildCancellation(compiled);
  lastCompiled = compiled;
  return lastCancellation;
}

function buildCancellation(compiled: CompiledTerms): CompiledCancellation | undefined {
  return compiled.memo('course.cancellation', () => {
    const section = courseSectionsOf(compiled).cancellation;
    if (!section) return undefined;
    const parts: Partial<Record<PartKind, CompiledSchedule>> = {};
    for (const [kind, schedule] of Object.entries(section.parts)) {
      if (schedule) parts[kind as PartKind] = compileSchedule(compiled, schedule);
    }
    const groups = section.groups;
    const textbookPair = (pair: {
      kept: Parameters<typeof compileFlat>[1];
      returnedUnused: Parameters<typeof compileFlat>[1];
    }) => ({
      kept: compileFlat(compiled, pair.kept),
      returnedUnused: compileFlat(compiled, pair.returnedUnused),
    });
    return {
      section,
      parts,
      groupSchedule: groups?.mode === 'schedule' ? compileSchedule(compiled, groups.schedule) : undefined,
      groupAgreement:
        groups?.mode === 'see_agreement'
          ? { clauseRefs: [compiled.clause(groups.clause)], label: groups.label }
          : undefined,
      afterStart: compileFlat(compiled, section.afterStart),
      extraService: section.elearningExtraService && compileFlat(compiled, section.elearningExtraService),
      textbook: section.textbook && {
        withClassroom: textbookPair(section.textbook.withClassroom),
        withExam: section.textbook.withExam && textbookPair(section.textbook.withExam),
      },
      exception: section.exception && {
        reasons: new Set(section.exception.reasons),
        familyReasons: new Set(section.exception.familyReasons ?? []),
        proofDays: section.exception.proofCalendarDays,
        clauseRef: compiled.clause(section.exception.clause),
      },
      incurred: section.incurredCosts && {
        adminBasisPoints: section.incurredCosts.adminBasisPoints,
        combine: section.incurredCosts.combine,
        clauseRef: compiled.clause(section.incurredCosts.clause),
      },
    };
  });
}
