import type { CourseSectionsInput, Label, ScheduleInput } from '../../course/sections.ts';

/** vapro-leverings-en-betalingsvoorwaarden#15 and vapro-leverings-en-betalingsvoorwaarden#16 as course rules (readings vapro-tiers, vapro-costs-on-top, vapro-belgium). */
const label = (nl: string, en: string): Label => ({ nl, en });

const table: ScheduleInput = {
  measure: 'working_days_before_start',
  tiers: [
    {
      id: 'vapro-15',
      from: 15,
      to: null,
      feeBasisPoints: 0,
      clause: 'vapro-leverings-en-betalingsvoorwaarden#16.2',
      label: label(
        'uiterlijk 15 werkdagen voor aanvang: geen verdere kosten',
        '15 or more working days before the start: nothing further',
      ),
    },
    {
      id: 'vapro-50',
      from: 7,
      to: 14,
      feeBasisPoints: 5000,
      clause: 'vapro-leverings-en-betalingsvoorwaarden#16.2',
      label: label(
        'uiterlijk zeven werkdagen voor aanvang: 50 % van de overeengekomen vergoeding',
        '7 to 14 working days before the start: 50% of the agreed fee',
      ),
    },
    {
      id: 'vapro-100',
      from: 0,
      to: 6,
      feeBasisPoints: 10000,
      clause: 'vapro-leverings-en-betalingsvoorwaarden#16.2',
      label: label(
        'binnen zeven werkdagen voor aanvang: de volledige overeengekomen vergoeding',
        'within 7 working days before the start: the full agreed fee',
      ),
    },
  ],
};

export const vaproCourseSections: CourseSectionsInput = {
  cancellation: {
    parts: { exam: table, practical: table, workshop: table, classroom: table, advice: table },
    afterStart: {
      id: 'after-start',
      feeBasisPoints: 10000,
      clause: 'vapro-leverings-en-betalingsvoorwaarden#16.2',
      label: label(
        'na aanvang: de volledige overeengekomen vergoeding',
        'after the start: the full agreed fee',
      ),
    },
    incurredCosts: {
      adminBasisPoints: 1000,
      combine: 'add',
      clause: 'vapro-leverings-en-betalingsvoorwaarden#16.1',
    },
  },
  substitution: {
    mode: 'needs_approval',
    feeCents: 0,
    clause: 'vapro-leverings-en-betalingsvoorwaarden#16.3',
    beforeStart: { clause: 'vapro-leverings-en-betalingsvoorwaarden#16.3' },
  },
  providerCancellation: {
    noticeWorkingDays: { workingDays: 5, clause: 'vapro-leverings-en-betalingsvoorwaarden#15.2' },
    refundClause: 'vapro-leverings-en-betalingsvoorwaarden#15.2',
    alternativeReplacesRefund: true,
    clause: 'vapro-leverings-en-betalingsvoorwaarden#15.2',
  },
};
