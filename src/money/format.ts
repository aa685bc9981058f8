import { invalidInput } from '../platform/domain-problem.ts';
import { assertCents, type Cents } from './cents.ts';

export type MoneyLocale = 'nl' | 'en';

/**
 * An amount for people: nl "€ 1.234,50" (negative "€ -1.234,50", as Dutch invoices write it),
 * en "€1,234.50" (negative "-€1,234.50"). Plain spaces, integer math only.
 */
export function formatEuro(cents: Cents, locale: MoneyLocale): string {
  assertCents(cents);
  const negative = cents < 0;
  const absolute = Math.abs(cents);
  const fraction = String(absolute % 100).padStart(2, '0');
  const whole = String((absolute - (absolute % 100)) / 100);
  if (locale === 'nl') return `€ ${negative ? '-' : ''}${group(whole, '.')},${fraction}`;
  return `${negative ? '-' : ''}€${group(whole, ',')}.${fraction}`;
}

/** An amount as a plain decimal with a point and two decimals ("1234.50"), as UBL and CSV exports want. */
export function formatDecimal(cents: Cents): string {
  assertCents(cents);
  const absolute = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${(absolute - (absolute % 100)) / 100}.${String(absolute % 100).padStart(2, '0')}`;
}

function group(digits: string, separator: string): string {
  let result = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) result += separator;
    result += digits[i];
  }
  return result;
}

const DIGITS = /^\d[\d.,' ]*$/;

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}

/**
 * [sign, currency, sign, digits] of an amount, read left to right: an optional sign, 'EUR' or '€',
 * another sign and the digits, with space between any of them. By hand, since the pattern
 * /^([+-])?\s*(?:EUR|€)?\s*([+-])?\s*(\d...)$/ backtracks cubically on a run of spaces (issue 12,
 * item 1: no super-linear pattern on input).
 */
function splitAmount(text: string): [string | undefined, string | undefined, string] | null {
  let i = 0;
  let first: string | undefined;
  let second: string | undefined;
  if (text[i] === '+' || text[i] === '-') first = text[i++];
  i = skipSpace(text, i);
  if (text.slice(i, i + 3).toUpperCase() === 'EUR') i += 3;
  else if (text[i] === '€') i += 1;
  i = skipSpace(text, i);
  if (text[i] === '+' || text[i] === '-') second = text[i++];
  i = skipSpace(text, i);
  const digits = text.slice(i);
  return DIGITS.test(digits) ? [first, second, digits] : null;
}

/**
 * Parses an amount a person typed or a sheet holds: "EUR 12,50", "€ 1.234,56", "1,234.56", "12.5",
 * "-7,00", "1250". The last '.' or ',' followed by one or two digits is the decimal separator; the
 * other marks must group thousands by three. A lone separator followed by three digits ("1.250")
 * is ambiguous (1250 in Dutch, 1.25 in English) and rejected, as is anything with more than two
 * decimals. Errors are a DomainProblem on `path` that quotes the input.
 */
export function parseEuro(text: string, path = 'amount'): Cents {
  const fail = (why: string): never => {
    throw invalidInput('amount-invalid', [{ path, message: `'${text}' is not an amount in euros: ${why}` }]);
  };
  const trimmed = text.trim();
  if (trimmed === '') fail('it is empty');
  const match = splitAmount(trimmed);
  if (!match) return fail('write it like 12,50 or EUR 1.234,56');
  if (match[0] && match[1]) fail('it has two signs');
  const negative = (match[0] ?? match[1]) === '-';
  const body = match[2].replace(/[ ']/g, '');
  if (/[.,]$/.test(body)) fail('it ends in a separator');

  const lastSeparator = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  let wholePart = body;
  let fractionPart = '';
  if (lastSeparator >= 0) {
    const after = body.slice(lastSeparator + 1);
    const separator = body[lastSeparator];
    const before = body.slice(0, lastSeparator);
    const sameBefore = before.includes(separator ?? '');
    const otherBefore = /[.,]/.test(before);
    if (after.length <= 2 && !sameBefore) {
      wholePart = before;
      fractionPart = after;
    } else if (after.length === 3 && !otherBefore && !sameBefore) {
      fail(`'${separator}' could mean thousands or decimals; write 1250 or 1250,00`);
    } else if (after.length > 3 || (after.length < 3 && sameBefore)) {
      fail('it has more than two decimals or a misplaced separator');
    }
  }
  if (/[.,]/.test(wholePart)) {
    // Thousands grouping: digits then groups of exactly three, one kind of mark.
    if (!/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(wholePart)) fail('thousands must be grouped by three');
    wholePart = wholePart.replace(/[.,]/g, '');
  }
  if (!/^\d+$/.test(wholePart)) fail('write it like 12,50 or EUR 1.234,56');
  const euros = Number(wholePart);
  const cents = euros * 100 + Number(fractionPart.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) fail('it is too large');
  return negative ? -cents : cents;
}
