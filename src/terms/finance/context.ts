import type { WorkingDayCalendar } from '../../calendar/index.ts';
import type { CompiledTerms } from '../compile.ts';
import type { ClauseId, ClauseRef } from '../model.ts';
import type { FinanceSections } from './sections.ts';

/**
 * What a finance rule needs from a terms version: its finance sections, its clause catalogue (to
 * turn a clause id into document, article and title) and the provider's working-day calendar.
 */
export interface FinanceTerms {
  readonly sections: FinanceSections;
  clause(id: ClauseId): ClauseRef;
  readonly calendar: WorkingDayCalendar;
}

/** The finance view of compiled terms, or undefined when the version has no finance sections. */
export function financeTermsOf(compiled: CompiledTerms): FinanceTerms | undefined {
  return compiled.memo('finance', (c): FinanceTerms | undefined => {
    const sections = c.terms.sections.finance;
    if (!sections) return undefined;
    return { sections, clause: (id) => c.clause(id), calendar: c.calendar };
  });
}
