import { plusportAlgemeneLeveringsvoorwaarden } from '../../documents/index.ts';
import type { TermsVersionInput } from '../../terms-version.ts';
import { DUTCH_CALENDAR, OFFICE_HOURS_READINGS } from '../defaults.ts';
import { plusportLspCourseSections } from './course.ts';
import { plusportLspDoorSections } from './door.ts';
import { plusportLspFinanceSections } from './finance.ts';

/** PlusPort as Learning Service Provider: the general terms (January 2026) with the LSP module (17-20). */
export const plusportLsp2026: TermsVersionInput = {
  provider: 'plusport-lsp',
  version: '2026-01',
  effectiveFrom: '2026-01-01',
  name: 'PlusPort LSP',
  documents: [plusportAlgemeneLeveringsvoorwaarden],
  calendar: DUTCH_CALENDAR,
  readings: OFFICE_HOURS_READINGS,
  sections: {
    course: { ...plusportLspCourseSections, ...plusportLspDoorSections },
    finance: plusportLspFinanceSections,
  },
};
