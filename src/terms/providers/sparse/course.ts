import type { CourseSectionsInput, Label, ScheduleInput } from '../../course/sections.ts';

/** sparse-algemene-voorwaarden#59-61 (training) as course rules (reading terms-silent). */
const label = (nl: string, en: string): Label => ({ nl, en });

const table: ScheduleInput = {
  measure: 'working_days_before_start',
  tiers: [
    {
      id: 'sparse-payment-remains',
      from: 0,
      to: null,
      feeBasisPoints: 10000,
      clause: 'sparse-algemene-voorwaarden#59.4',
      label: label('de betaalverplichting blijft', 'the obligation to pay remains'),
    },
  ],
};

export const sparseCourseSections: CourseSectionsInput = {
  cancellation: {
    parts: {
      exam: table,
      practical: table,
      workshop: table,
      classroom: table,
      advice: table,
      elearning: { ...table, measure: 'working_days_after_purchase' },
    },
    afterStart: {
      id: 'after-start',
      feeBasisPoints: 10000,
      clause: 'sparse-algemene-voorwaarden#59.4',
      label: label('de betaalverplichting blijft', 'the obligation to pay remains'),
    },
  },
  substitution: {
    mode: 'needs_approval',
    feeCents: 0,
    clause: 'sparse-algemene-voorwaarden#59.2',
    beforeStart: { clause: 'sparse-algemene-voorwaarden#59.2' },
  },
  providerCancellation: {
    refundClause: 'sparse-algemene-voorwaarden#59.3',
    alternativeReplacesRefund: false,
    clause: 'sparse-algemene-voorwaarden#59.3',
  },
};
