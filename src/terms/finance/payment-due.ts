import {
  createCalendar,
  type EpochDay,
  isWeekend,
  parseIsoDate,
  type WorkingDayCalendar,
} from '../../calendar/index.ts';
import type { ClauseRef, Decision } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import { prepaymentDeadline } from './prepayment.ts';
import type { PaymentDueQuestion } from './questions.ts';
import { dateEn, dateNl, decide } from './text.ts';

/** Statutory term when none was agreed: 30 days after receipt of the invoice (art. 6:119a lid 2 BW). */
const STATUTORY_TERM_DAYS = 30;

let termijnenwetCalendar: WorkingDayCalendar | undefined;

/**
 * The days the Algemene termijnenwet (art. 1, 3) treats as non-working: weekends, New Year, Good
 * Friday, Easter Monday, King's Day, 5 May every year, Ascension, Whit Monday and both Christmas days.
 */
function termijnenwet(): WorkingDayCalendar {
  termijnenwetCalendar ??= createCalendar({
    country: 'NL',
    goodFridayOff: true,
    liberationDayOff: 'every-year',
    newYearsEveOff: false,
    closingDays: [],
    timeZone: 'Europe/Amsterdam',
    officeHoursEnd: '17:00',
  });
  return termijnenwetCalendar;
}

/**
 * The last day for payment of an invoice: the term the invoice states where the terms allow it,
 * else the terms' term for the invoice kind (PlusPort algemene 8.5 and 19.2: 15 days, 60 days for
 * trainer invoices; ingenium-leveringsvoorwaarden#15.2: 14 days; vapro-leverings-en-betalingsvoorwaarden#22.5: 15 days), else the statutory 30 days after
 * receipt. Prepayment rules (plusport-cursusvoorwaarden#5.3, sparse-algemene-voorwaarden#61.1,
 * vapro-leverings-en-betalingsvoorwaarden#22.6) bring the deadline forward to before the start or
 * delivery: a moment when the question gives the start hour (reading start-hour), else its date.
 */
export function paymentDue(terms: FinanceTerms, q: PaymentDueQuestion): Decision {
  const payment = terms.sections.payment;
  const invoiceDate = parseIsoDate(q.invoiceDate);
  const dates: Record<string, EpochDay> = { invoiceDate };
  const clauses: string[] = [];
  const rules: { readings?: readonly string[] }[] = [];
  const law: ClauseRef[] = [];
  const readings: string[] = ['days-after-event'];
  const moments: Record<string, string> = {};
  const missingInputs: string[] = [];
  const nl: string[] = [];
  const en: string[] = [];

  const termRule =
    payment.terms.find((t) => t.invoiceKind === q.invoiceKind) ??
    payment.terms.find((t) => t.invoiceKind === 'standard');
  let termDue: EpochDay | undefined;
  let statutory = false;
  if (q.statedTermDays !== undefined && (termRule?.invoiceMayStateOther ?? true)) {
    termDue = invoiceDate + q.statedTermDays;
    if (termRule) clauses.push(...termRule.clauses);
    nl.push(
      `De factuur noemt een betalingstermijn van ${q.statedTermDays} dagen: uiterlijk ${dateNl(termDue)}.`,
    );
    en.push(`The invoice states a payment term of ${q.statedTermDays} days: by ${dateEn(termDue)}.`);
  } else if (termRule) {
    termDue = invoiceDate + termRule.days;
    clauses.push(...termRule.clauses);
    rules.push(termRule);
    nl.push(`Betalen binnen ${termRule.days} dagen na factuurdatum: uiterlijk ${dateNl(termDue)}.`);
    en.push(`Pay within ${termRule.days} days after the invoice date: by ${dateEn(termDue)}.`);
  } else {
    // The terms leave the term to the invoice (plusport-cursusvoorwaarden#5.4, sparse-algemene-voorwaarden#3.6): one it states would change the answer.
    missingInputs.push('statedTermDays');
  }

  const prepayment = payment.prepayment.find(
    (p) =>
      p.invoiceKind === q.invoiceKind &&
      (p.appliesTo === 'everyone' || q.customerKind === 'consumer' || q.newCustomer),
  );
  let due = termDue;
  let prepaid = false;
  let prepaidBefore: { nl: string; en: string } | undefined;
  if (prepayment?.invoiceMayWaive && q.invoiceWaivesPrepayment) {
    clauses.push(...prepayment.clauses);
    nl.push(
      'De factuur wijkt uitdrukkelijk af van betaling vóór de start, dus alleen de betalingstermijn telt.',
    );
    en.push('The invoice expressly departs from payment before the start, so only the payment term counts.');
  } else if (prepayment) {
    const deadline = prepaymentDeadline(terms, prepayment, q);
    dates.startDate = deadline.startDay;
    if (deadline.start) moments.start = deadline.start;
    clauses.push(...prepayment.clauses);
    rules.push(prepayment);
    readings.push('start-hour', 'prepayment-combines-with-term');
    nl.push(deadline.nl);
    en.push(deadline.en);
    if (prepayment.combine === 'replaces_term' || due === undefined || deadline.lastDay <= due) {
      due = deadline.lastDay;
      prepaid = true;
      if (deadline.dueBefore) {
        moments.dueBefore = deadline.dueBefore;
        prepaidBefore = { nl: deadline.momentNl!, en: deadline.momentEn! };
      }
      // The start hour matters only when the start decides.
      missingInputs.push(...deadline.missing);
    }
  }

  if (due === undefined) {
    const received = q.receivedOn ? parseIsoDate(q.receivedOn) : invoiceDate;
    if (!q.receivedOn) {
      readings.push('receipt-defaults-to-invoice-date');
      missingInputs.push('receivedOn');
    }
    const raw = received + STATUTORY_TERM_DAYS;
    // A statutory term ending on a weekend or holiday runs on to the next day that is neither (Algemene termijnenwet art. 1).
    due = termijnenwet().nextWorkingDayOnOrAfter(raw);
    statutory = true;
    law.push(LAW.defaultWithoutTerm, LAW.extendedTerm);
    readings.push('statutory-term-extended');
    nl.push(
      `Deze voorwaarden noemen geen betalingstermijn: dan geldt 30 dagen na ontvangst van de factuur (art. 6:119a lid 2 BW): uiterlijk ${dateNl(due)}${due !== raw ? ' (verlengd tot de eerstvolgende werkdag volgens de Algemene termijnenwet)' : ''}.`,
    );
    en.push(
      `These terms set no payment term: the statutory 30 days after receipt of the invoice apply (art. 6:119a(2) Dutch Civil Code): by ${dateEn(due)}${due !== raw ? ' (extended to the next working day under the General Time Limits Act)' : ''}.`,
    );
  } else if (!prepaid) {
    readings.push('due-date-non-working-day');
    if (!terms.calendar.isWorkingDay(due)) {
      if (payment.dueDateOnNonWorkingDay === 'next_working_day') {
        due = terms.calendar.nextWorkingDayOnOrAfter(due);
        nl.push(`Die dag is geen werkdag; de termijn loopt door tot ${dateNl(due)}.`);
        en.push(`That day is not a working day; the term runs on to ${dateEn(due)}.`);
      } else {
        nl.push(
          `Die dag valt ${isWeekend(due) ? 'in het weekend' : 'op een feestdag'}; een contractuele termijn schuift niet op.`,
        );
        en.push(
          `That day falls ${isWeekend(due) ? 'in the weekend' : 'on a holiday'}; a contractual term does not move.`,
        );
      }
    }
  }
  if (payment.noSuspension) {
    clauses.push(payment.noSuspension);
    nl.push('Deze voorwaarden staan niet toe de betaling op te schorten, ook niet bij bezwaar.');
    en.push('These terms do not allow payment to be suspended, not even on a dispute.');
  }
  const suspension = payment.deliverySuspension;
  if (suspension) {
    clauses.push(...suspension.clauses);
    nl.push(DELIVERY_NL[suspension.when]);
    en.push(DELIVERY_EN[suspension.when]);
  }
  dates.dueDate = due;
  dates.interestFrom = terms.sections.lateInterest.start === 'due_date' ? due : due + 1;
  nl.push(
    prepaidBefore
      ? `Uiterste betaalmoment: vóór ${prepaidBefore.nl}; de laatste dag is ${dateNl(due)}.`
      : `Uiterste betaaldatum: ${dateNl(due)}.`,
  );
  en.push(
    prepaidBefore
      ? `Payment must be in before ${prepaidBefore.en}; the last day is ${dateEn(due)}.`
      : `Last day for payment: ${dateEn(due)}.`,
  );
  return decide(terms, q.type, {
    outcome: 'allowed',
    dates,
    clauses,
    law,
    rules,
    readings,
    nl,
    en,
    conditions: { prepayment: prepaid, statutoryTerm: statutory },
    moments,
    missingInputs,
    conclusions: {
      paymentMayBeSuspended: !payment.noSuspension,
      deliveryMayBeSuspended: Boolean(suspension),
    },
  });
}

const DELIVERY_NL = {
  while_unpaid: 'Zolang de factuur niet is betaald, mag de aanbieder de levering opschorten.',
  in_default_after_notice:
    'Is de klant in verzuim, dan mag de aanbieder na schriftelijke aankondiging de verdere uitvoering opschorten.',
  in_default:
    'Komt de klant zijn verplichtingen niet na, dan mag de aanbieder de verdere uitvoering opschorten.',
} as const;
const DELIVERY_EN = {
  while_unpaid: 'While the invoice is unpaid, the provider may suspend delivery.',
  in_default_after_notice:
    'Once the customer is in default, the provider may suspend further performance after written notice.',
  in_default: 'If the customer fails its obligations, the provider may suspend further performance.',
} as const;
