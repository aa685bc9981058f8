import type { CourseSectionsInput } from '../../course/sections.ts';

/** PlusPort cursusvoorwaarden 5.1, 8-10, 13, 14.2, 15.3 and 16.4-16.7: the door, results, prices and forms. */
export const plusportCoursesDoorSections: Pick<
  CourseSectionsInput,
  'admission' | 'results' | 'priceIncludes' | 'notices'
> = {
  admission: {
    identification: {
      kinds: ['classroom', 'practical', 'workshop', 'exam'],
      accepted: ['passport', 'dutch_driving_licence', 'eu_id_card', 'residence_document'],
      detailsMustMatch: { kinds: ['exam'], clause: 'plusport-cursusvoorwaarden#8.3' },
      refusalFeeBasisPoints: 10000,
      clauses: ['plusport-cursusvoorwaarden#8.1', 'plusport-cursusvoorwaarden#8.2'],
    },
    arriveMinutesBefore: {
      minutes: 15,
      kinds: ['classroom', 'practical', 'workshop', 'exam'],
      clause: 'plusport-cursusvoorwaarden#9.1',
    },
    lateArrival: {
      kinds: ['classroom', 'practical', 'workshop', 'exam'],
      refusalFeeBasisPoints: 10000,
      lostTimeCompensated: false,
      clauses: [
        'plusport-cursusvoorwaarden#10.1',
        'plusport-cursusvoorwaarden#10.2',
        'plusport-cursusvoorwaarden#10.3',
      ],
    },
  },
  results: {
    parts: {
      exam: { workingDays: 2, binding: false, via: 'email', clause: 'plusport-cursusvoorwaarden#13.4' },
      practical: { workingDays: 2, binding: false, via: 'email', clause: 'plusport-cursusvoorwaarden#13.4' },
    },
    onTheSpotNotOfficial: { kinds: ['practical'], clause: 'plusport-cursusvoorwaarden#13.1' },
  },
  priceIncludes: {
    items: [
      {
        item: 'vat',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'plusport-cursusvoorwaarden#5.1',
      },
      {
        item: 'levies',
        included: false,
        unlessStatedOtherwise: false,
        clause: 'plusport-cursusvoorwaarden#5.1',
      },
    ],
  },
  notices: {
    rules: [
      {
        subject: 'cancellation',
        form: 'email',
        address: 'customersupport@plusport.com',
        wrongForm: 'discouraged',
        clauses: ['plusport-cursusvoorwaarden#15.3'],
      },
      {
        subject: 'reschedule',
        form: 'email',
        address: 'customersupport@plusport.com',
        wrongForm: 'not_stated',
        clauses: ['plusport-cursusvoorwaarden#14.2'],
      },
      {
        subject: 'complaint',
        form: 'email',
        address: 'customersupport@plusport.com',
        wrongForm: 'not_handled',
        clauses: [
          'plusport-cursusvoorwaarden#16.4',
          'plusport-cursusvoorwaarden#16.6',
          'plusport-cursusvoorwaarden#16.7',
        ],
      },
    ],
  },
};
