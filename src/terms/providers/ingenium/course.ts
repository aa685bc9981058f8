import type { CourseSectionsInput, Label, ScheduleInput } from '../../course/sections.ts';

/** Ingenium leveringsvoorwaarden 25 and 26, 3.5 as course rules (readings weeks-as-days, in-company). */
const label = (nl: string, en: string): Label => ({ nl, en });

/** "Tot 2 weken voor aanvang ... kosteloos annuleren. Daarna betaal je het volledige bedrag." */
function twoWeeks(days: number, what: Label): ScheduleInput {
  return {
    measure: 'calendar_days_before_start',
    tiers: [
      {
        id: `${what.en.replace(/\W+/g, '-').toLowerCase()}-free`,
        from: days,
        to: null,
        feeBasisPoints: 0,
        clause: 'ingenium-leveringsvoorwaarden#25.2',
        label: label(
          `tot ${days / 7} weken (${days} dagen) voor aanvang${what.nl}: kosteloos`,
          `until ${days / 7} weeks (${days} days) before the start${what.en}: free`,
        ),
      },
      {
        id: `${what.en.replace(/\W+/g, '-').toLowerCase()}-full`,
        from: 0,
        to: days - 1,
        feeBasisPoints: 10000,
        clause: 'ingenium-leveringsvoorwaarden#25.2',
        label: label(
          `minder dan ${days / 7} weken voor aanvang${what.nl}: het volledige bedrag`,
          `less than ${days / 7} weeks before the start${what.en}: the full amount`,
        ),
      },
    ],
  };
}

const open = twoWeeks(14, label('', 'course'));
const reschedule: ScheduleInput = {
  measure: 'calendar_days_before_start',
  tiers: [
    {
      id: 'reschedule-free',
      from: 14,
      to: null,
      feeBasisPoints: 0,
      clause: 'ingenium-leveringsvoorwaarden#25.2',
      label: label(
        'uiterlijk 14 dagen voor de cursus- of examendag: verplaatsen kosteloos',
        '14 days or more before the course or exam day: free',
      ),
    },
    {
      id: 'reschedule-closed',
      from: 0,
      to: 13,
      feeBasisPoints: 0,
      allowed: false,
      clause: 'ingenium-leveringsvoorwaarden#25.2',
      label: label(
        'minder dan 14 dagen voor de cursus- of examendag: verplaatsen niet mogelijk',
        'less than 14 days before the course or exam day: not possible',
      ),
    },
  ],
};

export const ingeniumCourseSections: CourseSectionsInput = {
  cancellation: {
    parts: { exam: open, practical: open, workshop: open, classroom: open },
    afterStart: {
      id: 'after-start',
      feeBasisPoints: 10000,
      clause: 'ingenium-leveringsvoorwaarden#25.2',
      label: label(
        'na aanvang van de cursus geen recht op terugbetaling',
        'after the start of the course no refund',
      ),
    },
    groups: { mode: 'schedule', schedule: twoWeeks(28, label(' (incompany)', 'in-company')) },
  },
  reschedule: {
    parts: {
      exam: { mode: 'schedule', schedule: reschedule },
      practical: { mode: 'schedule', schedule: reschedule },
      workshop: { mode: 'schedule', schedule: reschedule },
      classroom: { mode: 'schedule', schedule: reschedule },
    },
    afterStart: { clause: 'ingenium-leveringsvoorwaarden#25.2' },
  },
  substitution: {
    mode: 'allowed',
    feeCents: 0,
    clause: 'ingenium-leveringsvoorwaarden#25.2',
    vcaExamRegisteredWorkingDaysBefore: { workingDays: 1, clause: 'ingenium-leveringsvoorwaarden#25.2' },
    beforeStart: { clause: 'ingenium-leveringsvoorwaarden#25.2' },
  },
  providerCancellation: {
    refundClause: 'ingenium-leveringsvoorwaarden#25.1',
    alternativeReplacesRefund: false,
    clause: 'ingenium-leveringsvoorwaarden#25.1',
  },
  elearningAccess: { runsFrom: 'opened', period: { months: 1 }, clause: 'ingenium-leveringsvoorwaarden#26' },
  certificateRelease: {
    parts: {
      elearning: {
        conditions: [
          {
            condition: 'finalTestPassed',
            clause: 'ingenium-leveringsvoorwaarden#26',
            label: label('de eindtoets behaald', 'passed the final test'),
          },
        ],
      },
    },
  },
  groupDiscount: {
    minParticipants: 2,
    alternativeDates: true,
    tiers: [],
    clause: 'ingenium-leveringsvoorwaarden#3.5',
  },
};
