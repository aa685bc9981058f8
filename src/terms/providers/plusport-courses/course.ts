import type { CourseSectionsInput, Label, ScheduleInput } from '../../course/sections.ts';

/**
 * PlusPort cursusvoorwaarden as course rules. Tables of plusport-cursusvoorwaarden#14.4,
 * plusport-cursusvoorwaarden#14.5 and plusport-cursusvoorwaarden#15.5 as the README in
 * shared/terms reconstructs them; every number below is quoted from that article.
 */
const label = (nl: string, en: string): Label => ({ nl, en });

const late = {
  id: 'late-arrival',
  feeBasisPoints: 10000,
  clause: 'plusport-cursusvoorwaarden#15.5',
  label: label('bij niet op tijd komen of niet verschijnen 100 %', 'arriving late or not at all: 100%'),
};

/** Practical session, workshop and classroom training share the 11 / 10-6 / 5-0 working-day table
 * (plusport-cursusvoorwaarden#15.5). */
function sessionTable(prefix: string, nl: string, en: string): ScheduleInput {
  return {
    measure: 'working_days_before_start',
    tiers: [
      {
        id: `${prefix}-free`,
        from: 11,
        to: null,
        feeBasisPoints: 0,
        allowed: true,
        exceptionApplies: false,
        clause: 'plusport-cursusvoorwaarden#15.5',
        label: label(
          `tot en met 11 werkdagen voor ${nl}: geen kosten`,
          `11 or more working days before ${en}: no fee`,
        ),
      },
      {
        id: `${prefix}-50`,
        from: 6,
        to: 10,
        feeBasisPoints: 5000,
        allowed: true,
        exceptionApplies: true,
        clause: 'plusport-cursusvoorwaarden#15.5',
        label: label(`10 tot en met 6 werkdagen voor ${nl}`, `10 to 6 working days before ${en}`),
      },
      {
        id: `${prefix}-100`,
        from: 0,
        to: 5,
        feeBasisPoints: 10000,
        allowed: true,
        exceptionApplies: true,
        clause: 'plusport-cursusvoorwaarden#15.5',
        label: label(`5 werkdagen of korter voor ${nl}`, `5 working days or fewer before ${en}`),
      },
    ],
    previouslyRescheduled: {
      id: `${prefix}-rescheduled`,
      feeBasisPoints: 10000,
      clause: 'plusport-cursusvoorwaarden#15.5',
      label: label(`eerder door cursist verschoven: 100 %`, 'previously rescheduled by the learner: 100%'),
    },
    lateArrival: late,
  };
}

const examTable: ScheduleInput = {
  measure: 'working_days_before_start',
  tiers: [
    {
      id: 'exam-free',
      from: 6,
      to: null,
      feeBasisPoints: 0,
      allowed: true,
      exceptionApplies: false,
      clause: 'plusport-cursusvoorwaarden#15.5',
      label: label(
        'tot en met 6 werkdagen voor het examen: geen kosten',
        '6 or more working days before the exam: no fee',
      ),
    },
    {
      id: 'exam-100',
      from: 0,
      to: 5,
      feeBasisPoints: 10000,
      allowed: true,
      exceptionApplies: true,
      clause: 'plusport-cursusvoorwaarden#15.5',
      label: label('5 werkdagen of minder voor het examen', '5 working days or fewer before the exam'),
    },
  ],
  lateArrival: late,
};

export const plusportCourseSections: CourseSectionsInput = {
  cancellation: {
    parts: {
      // Reading elearning-window: working days 1..10 after the purchase day are "binnen 10 werkdagen".
      elearning: {
        measure: 'working_days_after_purchase',
        tiers: [
          {
            id: 'elearning-within-10',
            from: 0,
            to: 10,
            feeBasisPoints: 0,
            startedFeeBasisPoints: 10000,
            clause: 'plusport-cursusvoorwaarden#15.5',
            label: label(
              'e-learning binnen 10 werkdagen na aankoop retour: geen kosten als niet gestart, 100 % als gestart',
              'e-learning returned within 10 working days after purchase: no fee if not started, 100% if started',
            ),
          },
          {
            id: 'elearning-after-10',
            from: 11,
            to: null,
            feeBasisPoints: 10000,
            startedFeeBasisPoints: 10000,
            clause: 'plusport-cursusvoorwaarden#15.5',
            label: label(
              'e-learning 11 werkdagen of meer na aankoop retour: 100 %',
              'e-learning returned 11 or more working days after purchase: 100%',
            ),
          },
        ],
      },
      exam: examTable,
      practical: sessionTable('practical', 'de opleiding', 'the training'),
      workshop: sessionTable('workshop', 'de opleiding', 'the training'),
      classroom: sessionTable('classroom', 'de klassikale training', 'the classroom training'),
    },
    textbook: {
      withClassroom: {
        kept: {
          id: 'textbook-kept',
          feeBasisPoints: 10000,
          clause: 'plusport-cursusvoorwaarden#15.5',
          label: label('lesboek van tevoren toegezonden: 100 %', 'textbook sent in advance: 100%'),
        },
        returnedUnused: {
          id: 'textbook-returned',
          feeBasisPoints: 0,
          clause: 'plusport-cursusvoorwaarden#15.5',
          label: label(
            'lesboek ongebruikt en onbeschadigd retour: geen kosten',
            'textbook returned unused and undamaged: no fee',
          ),
        },
      },
      withExam: {
        // plusport-cursusvoorwaarden#15.5 "Annuleringsregeling Lesboek & Examen": the package of a
        // textbook and an exam, without the classroom training the other textbook table goes with.
        packages: { with: ['exam'], without: ['classroom'] },
        kept: {
          id: 'textbook-exam-kept',
          feeBasisPoints: 0,
          clause: 'plusport-cursusvoorwaarden#15.5',
          label: label(
            'lesboek bij lesboek & examen: geen kosten',
            'textbook in the textbook-and-exam package: no fee',
          ),
        },
        returnedUnused: {
          id: 'textbook-exam-returned',
          feeBasisPoints: 0,
          clause: 'plusport-cursusvoorwaarden#15.5',
          label: label(
            'lesboek bij lesboek & examen: geen kosten',
            'textbook in the textbook-and-exam package: no fee',
          ),
        },
      },
    },
    elearningExtraService: {
      id: 'elearning-extra-service',
      feeBasisPoints: 0,
      clause: 'plusport-cursusvoorwaarden#15.5',
      label: label('e-learning als extra service: geen kosten', 'e-learning as an extra service: no fee'),
    },
    afterStart: {
      id: 'after-start',
      feeBasisPoints: 10000,
      clause: 'plusport-cursusvoorwaarden#15.2',
      label: label(
        'een annulering moet voor aanvang zijn ontvangen',
        'a cancellation must be received before the start',
      ),
    },
    exception: {
      reasons: ['death', 'hospital_admission', 'sick_report'],
      // 15.5 *: "overlijden (persoonlijk of eerste graad), ziekenhuisopname (persoonlijk of eerste
      // graad) of ziekmelding (persoonlijk)".
      familyReasons: ['death', 'hospital_admission'],
      proofCalendarDays: 7,
      clause: 'plusport-cursusvoorwaarden#15.6',
    },
    groups: {
      mode: 'see_agreement',
      clause: 'plusport-cursusvoorwaarden#15.7',
      label: label(
        'de annuleringsvoorwaarden staan in de offerte',
        'the cancellation terms are in the quote',
      ),
    },
  },
  reschedule: {
    parts: {
      exam: {
        mode: 'schedule',
        schedule: {
          measure: 'working_days_before_start',
          tiers: [
            {
              id: 'reschedule-exam-free',
              from: 6,
              to: null,
              feeBasisPoints: 0,
              clause: 'plusport-cursusvoorwaarden#14.4',
              label: label(
                'tot en met 6 werkdagen voor het examen: geen kosten',
                '6 or more working days before the exam: no fee',
              ),
            },
            {
              id: 'reschedule-exam-closed',
              from: 0,
              to: 5,
              feeBasisPoints: 0,
              allowed: false,
              clause: 'plusport-cursusvoorwaarden#14.4',
              label: label(
                '5 werkdagen of minder voor het examen: niet mogelijk',
                '5 working days or fewer before the exam: not possible',
              ),
            },
          ],
        },
      },
      practical: {
        mode: 'schedule',
        schedule: {
          measure: 'working_days_before_start',
          tiers: [
            {
              id: 'reschedule-practical-free',
              from: 11,
              to: null,
              feeBasisPoints: 0,
              clause: 'plusport-cursusvoorwaarden#14.5',
              label: label(
                'tot en met 11 werkdagen voor uitvoering: geen kosten',
                '11 or more working days before: no fee',
              ),
            },
            {
              id: 'reschedule-practical-55',
              from: 1,
              to: 10,
              feeBasisPoints: 0,
              fixedFeeCents: 5500,
              payableAtOnce: true,
              clause: 'plusport-cursusvoorwaarden#14.5',
              label: label(
                'van 10 tot en met 1 werkdagen voor uitvoering: € 55,00, direct te betalen',
                '10 to 1 working days before: €55.00, payable at once',
              ),
            },
            {
              id: 'reschedule-practical-day',
              from: 0,
              to: 0,
              feeBasisPoints: 10000,
              clause: 'plusport-cursusvoorwaarden#14.5',
              label: label('op de dag van uitvoering: 100 %', 'on the day: 100%'),
            },
          ],
        },
        newDateWithinMonths: { months: 3, clause: 'plusport-cursusvoorwaarden#14.5' },
      },
      workshop: {
        mode: 'schedule',
        schedule: {
          measure: 'working_days_before_start',
          tiers: [
            {
              id: 'reschedule-workshop-free',
              from: 11,
              to: null,
              feeBasisPoints: 0,
              clause: 'plusport-cursusvoorwaarden#14.5',
              label: label(
                'tot en met 11 werkdagen voor uitvoering: geen kosten',
                '11 or more working days before: no fee',
              ),
            },
            {
              id: 'reschedule-workshop-55',
              from: 1,
              to: 10,
              feeBasisPoints: 0,
              fixedFeeCents: 5500,
              payableAtOnce: true,
              clause: 'plusport-cursusvoorwaarden#14.5',
              label: label(
                'van 10 tot en met 1 werkdagen voor uitvoering: € 55,00, direct te betalen',
                '10 to 1 working days before: €55.00, payable at once',
              ),
            },
            {
              id: 'reschedule-workshop-day',
              from: 0,
              to: 0,
              feeBasisPoints: 10000,
              clause: 'plusport-cursusvoorwaarden#14.5',
              label: label('op de dag van uitvoering: 100 %', 'on the day: 100%'),
            },
          ],
        },
        newDateWithinMonths: { months: 3, clause: 'plusport-cursusvoorwaarden#14.5' },
      },
      classroom: { mode: 'as_cancellation', clause: 'plusport-cursusvoorwaarden#14.6' },
      elearning: {
        mode: 'not_possible',
        clause: 'plusport-cursusvoorwaarden#14.1',
        label: label(
          'verschuiven geldt alleen voor een praktijksessie of examen',
          'only a practical session or exam can be rescheduled',
        ),
      },
    },
    paidInFull: { clause: 'plusport-cursusvoorwaarden#14.3' },
    afterStart: { clause: 'plusport-cursusvoorwaarden#14.1' },
    groups: {
      clause: 'plusport-cursusvoorwaarden#14.7',
      label: label('de verschuivingsregeling staat in de offerte', 'the rescheduling terms are in the quote'),
    },
  },
  substitution: {
    mode: 'allowed',
    feeCents: 0,
    clause: 'plusport-cursusvoorwaarden#14.5',
    theoryExamWhenProofRequired: { clause: 'plusport-cursusvoorwaarden#14.5' },
    beforeStart: { clause: 'plusport-cursusvoorwaarden#15.2' },
  },
  providerCancellation: {
    refundClause: 'plusport-cursusvoorwaarden#15.1',
    alternativeReplacesRefund: false,
    clause: 'plusport-cursusvoorwaarden#15.1',
  },
  forceMajeureRefund: {
    onlyWhenPermanent: true,
    deductInvoiceBasisPoints: 2000,
    deductSupplierCosts: true,
    clause: 'plusport-cursusvoorwaarden#7.3',
  },
  elearningAccess: { runsFrom: 'completed', period: { days: 0 }, clause: 'plusport-cursusvoorwaarden#4.4' },
  certificateRelease: {
    parts: {
      practical: {
        conditions: [
          {
            condition: 'onlineTrainingCompleted',
            clause: 'plusport-cursusvoorwaarden#13.2',
            label: label('de online training volledig doorlopen', 'completed the online training'),
          },
          {
            condition: 'theoryExamPassed',
            clause: 'plusport-cursusvoorwaarden#13.2',
            label: label('geslaagd voor het online theorie-examen', 'passed the online theory exam'),
          },
          {
            condition: 'idChecked',
            clause: 'plusport-cursusvoorwaarden#13.2',
            label: label('gelegitimeerd zoals voorgeschreven', 'identified as required'),
          },
          {
            condition: 'practicalPassed',
            clause: 'plusport-cursusvoorwaarden#13.2',
            label: label('geslaagd voor de praktijkoefeningen', 'passed the practical exercises'),
          },
          {
            condition: 'declaredCompetent',
            clause: 'plusport-cursusvoorwaarden#13.2',
            label: label('competent verklaard door de docent', 'declared competent by the instructor'),
          },
        ],
        releaseWorkingDays: { workingDays: 2, clause: 'plusport-cursusvoorwaarden#13.5' },
      },
      workshop: {
        conditions: [
          {
            condition: 'idChecked',
            clause: 'plusport-cursusvoorwaarden#13.2',
            label: label('gelegitimeerd zoals voorgeschreven', 'identified as required'),
          },
          {
            condition: 'declaredCompetent',
            clause: 'plusport-cursusvoorwaarden#13.5',
            label: label('geslaagd', 'passed'),
          },
        ],
        releaseWorkingDays: { workingDays: 2, clause: 'plusport-cursusvoorwaarden#13.5' },
      },
      classroom: {
        conditions: [
          {
            condition: 'idChecked',
            clause: 'plusport-cursusvoorwaarden#13.3',
            label: label('gelegitimeerd zoals voorgeschreven', 'identified as required'),
          },
          {
            condition: 'examPassed',
            clause: 'plusport-cursusvoorwaarden#13.5',
            label: label('geslaagd', 'passed'),
          },
        ],
        releaseWorkingDays: { workingDays: 2, clause: 'plusport-cursusvoorwaarden#13.5' },
      },
      exam: {
        conditions: [
          {
            condition: 'idChecked',
            clause: 'plusport-cursusvoorwaarden#13.3',
            label: label('gelegitimeerd zoals voorgeschreven', 'identified as required'),
          },
          {
            condition: 'examPassed',
            clause: 'plusport-cursusvoorwaarden#13.3',
            label: label(
              'het minimale aantal vragen goed beantwoord',
              'answered the required number of questions correctly',
            ),
          },
          {
            condition: 'invoicePaid',
            clause: 'plusport-cursusvoorwaarden#13.6',
            label: label('de factuur is betaald', 'the invoice is paid'),
          },
        ],
        releaseWorkingDays: { workingDays: 2, clause: 'plusport-cursusvoorwaarden#13.6' },
      },
    },
  },
};
