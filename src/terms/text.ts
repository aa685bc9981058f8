import { civilDate, type EpochDay } from '../calendar/index.ts';
import { formatEuro } from '../money/format.ts';
import type { ClauseRef } from './model.ts';

/** Small helpers that write the Dutch and English of explanations. */

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '12 mei 2026' */
export function dateNl(day: EpochDay): string {
  const { year, month, day: d } = civilDate(day);
  return `${d} ${MONTHS_NL[month - 1]} ${year}`;
}

/** '12 May 2026' */
export function dateEn(day: EpochDay): string {
  const { year, month, day: d } = civilDate(day);
  return `${d} ${MONTHS_EN[month - 1]} ${year}`;
}

export function euroNl(cents: number): string {
  return formatEuro(cents, 'nl');
}

export function euroEn(cents: number): string {
  return formatEuro(cents, 'en');
}

/** '50 %' / '12,5 %' (nl) and '50%' / '12.5%' (en) from basis points. */
export function percentNl(basisPoints: number): string {
  return `${percentNumber(basisPoints).replace('.', ',')} %`;
}

export function percentEn(basisPoints: number): string {
  return `${percentNumber(basisPoints)}%`;
}

function percentNumber(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** 'art. 15.5' */
export function articleNl(clause: ClauseRef): string {
  return `art. ${clause.article}`;
}

export function articleEn(clause: ClauseRef): string {
  return `art. ${clause.article}`;
}

/** '1 werkdag' / '5 werkdagen' */
export function workingDaysNl(n: number): string {
  return n === 1 ? '1 werkdag' : `${n} werkdagen`;
}

export function workingDaysEn(n: number): string {
  return n === 1 ? '1 working day' : `${n} working days`;
}

export function daysNl(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagen`;
}

export function daysEn(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}
