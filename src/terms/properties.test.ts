import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { compileTerms } from './compile.ts';
import { courseSectionsOf, tiersMatching } from './course/compile.ts';
import type { Schedule } from './course/sections.ts';
import { SESSION_KINDS } from './course/sections.ts';
import { evaluateJson } from './evaluate.ts';
import { FINANCE_PROVIDERS, termsOf } from './finance/testing.ts';
import { BUILT_IN_PROVIDERS } from './registry.ts';
import { terms } from './testing.ts';

/**
 * Properties every built-in provider's rules keep (issue 11, "done when"): the fee never falls as
 * the start nears, exactly one tier applies to any count, and paying on the due date costs nothing
 * (for every kind of invoice, a payment due before the start moment included, under either reading
 * of when interest starts).
 */

const FROM = Temporal.Instant.from('2026-01-05T00:00:00Z').epochMilliseconds;
const HOUR = 3_600_000;
const iso = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toString();
const day = (offset: number) => Temporal.PlainDate.from('2026-01-01').add({ days: offset }).toString();

function schedulesOf(provider: string): [string, Schedule][] {
  const sections = courseSectionsOf(compileTerms(terms(provider)));
  const found: [string, Schedule][] = [];
  for (const [kind, schedule] of Object.entries(sections.cancellation?.parts ?? {}))
    if (schedule) found.push([`cancellation.${kind}`, schedule]);
  for (const [kind, rule] of Object.entries(sections.reschedule?.parts ?? {}))
    if (rule?.mode === 'schedule') found.push([`reschedule.${kind}`, rule.schedule]);
  return found;
}

describe('properties of every built-in provider', () => {
  for (const provider of BUILT_IN_PROVIDERS) {
    test(`${provider}: a cancellation fee never falls as the start nears`, () => {
      const kinds = SESSION_KINDS.filter((kind) => {
        const parts = courseSectionsOf(compileTerms(terms(provider))).cancellation?.parts;
        return parts?.[kind] !== undefined;
      });
      if (kinds.length === 0) return;
      fc.assert(
        fc.property(
          fc.constantFrom(...kinds),
          fc.integer({ min: 0, max: 600 * 24 }),
          fc.integer({ min: 1, max: 90 * 24 }),
          fc.integer({ min: 1, max: 90 * 24 }),
          fc.integer({ min: 100, max: 500_000 }),
          (kind, startHours, earlierBy, laterBy, price) => {
            const start = FROM + startHours * HOUR + 9 * HOUR;
            const later = start - Math.min(laterBy, earlierBy) * HOUR;
            const earlier = later - Math.abs(earlierBy - laterBy) * HOUR;
            const fee = (at: number) =>
              evaluateJson(terms(provider), {
                type: 'cancellation',
                requestedAt: iso(at),
                parts: [{ kind, price, start: iso(start) }],
              }).amounts.fee ?? 0;
            return fee(earlier) <= fee(later);
          },
        ),
        { numRuns: 150 },
      );
    });

    test(`${provider}: exactly one tier applies to every count of every table`, () => {
      for (const [name, schedule] of schedulesOf(provider)) {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 400 }), (value) => {
            const matching = tiersMatching(schedule, value);
            assert.equal(matching.length, 1, `${provider} ${name} at ${value}: ${matching.map((t) => t.id)}`);
          }),
          { numRuns: 200 },
        );
      }
    });

    test(`${provider}: paying on the due date costs no interest and no surcharge`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 700 }),
          fc.constantFrom('business', 'consumer'),
          fc.integer({ min: 1, max: 10_000_000 }),
          (offset, customerKind, principalCents) => {
            const invoiceDate = day(offset);
            const due = evaluateJson(terms(provider, invoiceDate), {
              type: 'payment_due',
              invoiceDate,
              customerKind,
            }).dates.dueDate;
            assert.ok(due, `${provider}: a due date for ${invoiceDate}`);
            const interest = evaluateJson(terms(provider, invoiceDate), {
              type: 'late_interest',
              principalCents,
              dueDate: due,
              paidOn: due,
              customerKind,
            });
            assert.equal(interest.amounts.interest ?? 0, 0, `${provider} interest on ${due}`);
            const surcharge = evaluateJson(terms(provider, invoiceDate), {
              type: 'credit_restriction_surcharge',
              invoiceDate,
              amountCents: principalCents,
              paidOn: due,
            });
            const free = surcharge.dates.surchargeFreeUntil;
            if (free !== undefined && due <= free) assert.equal(surcharge.amounts.surcharge ?? 0, 0);
          },
        ),
        { numRuns: 100 },
      );
    });
  }

  for (const provider of FINANCE_PROVIDERS) {
    test(`${provider}: a payment on the last day of any payment term costs nothing, whichever day interest starts`, () => {
      const readings = (['due_date', 'day_after_due_date'] as const).map((start) =>
        termsOf(provider, (f) => ({ ...f, lateInterest: { ...f.lateInterest, start } })),
      );
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 700 }),
          fc.constantFrom('standard', 'course', 'learning_materials'),
          fc.constantFrom('business', 'consumer'),
          fc.boolean(),
          fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
          fc.integer({ min: 0, max: 120 }),
          fc.integer({ min: 7 * 4, max: 20 * 4 }),
          fc.integer({ min: 1, max: 10_000_000 }),
          (
            offset,
            invoiceKind,
            customerKind,
            newCustomer,
            statedTermDays,
            startAfter,
            quarter,
            principalCents,
          ) => {
            const invoiceDate = day(offset);
            const hour = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
            for (const version of readings) {
              const due = evaluateJson(version, {
                type: 'payment_due',
                invoiceDate,
                invoiceKind,
                customerKind,
                newCustomer,
                ...(statedTermDays === undefined ? {} : { statedTermDays }),
                start: `${day(offset + startAfter)}T${hour}`,
              }).dates.dueDate!;
              const interest = evaluateJson(version, {
                type: 'late_interest',
                principalCents,
                dueDate: due,
                paidOn: due,
                customerKind,
              });
              assert.equal(
                interest.amounts.interest ?? 0,
                0,
                `${provider} ${invoiceKind}: interest on ${due}`,
              );
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
