/**
 * The cancellation question as the terms page's form holds it (strings, as inputs give them), and
 * its translation into the engine's question (src/terms/course/questions.ts). Checks here only
 * catch what the form can tell before asking; the server validates everything again.
 */
import type { LabelKey } from '../i18n/dictionary.ts';
import { parseEuroCents } from './euro-input.ts';
import type { CancellationQuestion, PartQuestion } from './types.ts';
import { addDays, epochDay, zonedInstant } from './zoned-time.ts';

export const PART_KINDS = [
  'classroom',
  'practical',
  'workshop',
  'exam',
  'advice',
  'elearning',
  'textbook',
] as const;
export type PartKind = (typeof PART_KINDS)[number];
export const REASONS = ['', 'death', 'hospital_admission', 'sick_report'] as const;
export const ATTENDANCE = ['', 'late', 'no_show'] as const;

export interface CancellationForm {
  kind: PartKind;
  price: string;
  startDate: string;
  startTime: string;
  previouslyRescheduled: boolean;
  attendance: (typeof ATTENDANCE)[number];
  purchasedOn: string;
  started: boolean;
  returnedUnused: boolean;
  requestDate: string;
  requestTime: string;
  reason: (typeof REASONS)[number];
  proofReceivedOn: string;
}

export function defaultForm(today: string): CancellationForm {
  return {
    kind: 'classroom',
    price: '',
    startDate: addDays(today, 14),
    startTime: '09:00',
    previouslyRescheduled: false,
    attendance: '',
    purchasedOn: today,
    started: false,
    returnedUnused: false,
    requestDate: today,
    requestTime: '10:00',
    reason: '',
    proofReceivedOn: '',
  };
}

export const isSessionKind = (kind: PartKind) => kind !== 'elearning' && kind !== 'textbook';

export type FormErrors = Partial<Record<keyof CancellationForm, LabelKey>>;

export interface BuiltQuestion {
  question: CancellationQuestion;
  part: PartQuestion;
  priceCents: number;
  /** The day the timeline is anchored on: the start, or the purchase of an e-learning. */
  anchorDay: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

export function buildQuestion(
  form: CancellationForm,
  timeZone: string,
  today: string,
): { ok: true; built: BuiltQuestion } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const price = parseEuroCents(form.price);
  if (price === null) errors.price = 'terms.error.price';
  if (!DATE.test(form.requestDate)) errors.requestDate = 'terms.error.date';
  if (!TIME.test(form.requestTime)) errors.requestTime = 'terms.error.time';
  if (isSessionKind(form.kind)) {
    if (!DATE.test(form.startDate)) errors.startDate = 'terms.error.date';
    if (!TIME.test(form.startTime)) errors.startTime = 'terms.error.time';
  }
  if (form.kind === 'elearning' && !DATE.test(form.purchasedOn)) errors.purchasedOn = 'terms.error.date';
  if (form.reason && form.proofReceivedOn && !DATE.test(form.proofReceivedOn)) {
    errors.proofReceivedOn = 'terms.error.date';
  }
  if (price === null || Object.keys(errors).length > 0) return { ok: false, errors };

  let part: PartQuestion;
  let anchorDay: string | null;
  if (form.kind === 'elearning') {
    part = { kind: 'elearning', price, purchasedOn: form.purchasedOn, started: form.started };
    anchorDay = form.purchasedOn;
  } else if (form.kind === 'textbook') {
    part = { kind: 'textbook', price, returnedUnused: form.returnedUnused };
    anchorDay = null;
  } else {
    part = {
      kind: form.kind,
      price,
      start: zonedInstant(form.startDate, form.startTime, timeZone),
      ...(form.previouslyRescheduled ? { previouslyRescheduled: true } : {}),
      ...(form.attendance ? { attendance: form.attendance } : {}),
    };
    anchorDay = form.startDate;
  }
  const question: CancellationQuestion = {
    type: 'cancellation',
    requestedAt: zonedInstant(form.requestDate, form.requestTime, timeZone),
    parts: [part],
    // asOf: the day the question is asked, so the engine can tell whether the proof deadline passed
    // (plusport-cursusvoorwaarden 15.6); a request dated later is asked as of that day.
    ...(form.reason
      ? { reason: form.reason, asOf: epochDay(form.requestDate) > epochDay(today) ? form.requestDate : today }
      : {}),
    ...(form.reason && form.proofReceivedOn ? { proofReceivedOn: form.proofReceivedOn } : {}),
  };
  return { ok: true, built: { question, part, priceCents: price, anchorDay } };
}

/**
 * The days the fee timeline covers: the engine's default window (60 days before the start, or 60
 * days after an e-learning purchase), widened so that the request day is always on the chart.
 */
export function timelineWindow(
  built: BuiltQuestion,
  requestDate: string,
): { from: string; to: string } | null {
  if (built.anchorDay === null) return null;
  const anchor = built.anchorDay;
  const [from, to] =
    built.part.kind === 'elearning' ? [anchor, addDays(anchor, 60)] : [addDays(anchor, -60), anchor];
  return {
    from: epochDay(requestDate) < epochDay(from) ? requestDate : from,
    to: epochDay(requestDate) > epochDay(to) ? requestDate : to,
  };
}
