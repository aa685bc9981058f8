import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { wikScale } from '../../money/index.ts';
import { ask, FINANCE_PROVIDERS } from './testing.ts';

const costs = (
  provider: Parameters<typeof ask>[0],
  principalCents: number,
  extra: Record<string, unknown> = {},
) => ask(provider, { type: 'collection_costs', principalCents, asOf: '2026-06-01', ...extra });

describe('collection_costs', () => {
  test('Sparse names no amount: the statutory scale (3.7), at least EUR 40', () => {
    assert.equal(costs('sparse', 100_000).amounts.collectionCosts, 15_000);
    assert.equal(costs('sparse', 300_000).amounts.collectionCosts, 42_500);
    assert.equal(costs('sparse', 1_000_000).amounts.collectionCosts, 87_500);
    assert.equal(costs('sparse', 10_000).amounts.collectionCosts, 4_000);
    const d = costs('sparse', 100_000);
    assert.ok(d.clauses.some((c) => c.article === '3.7'));
    assert.ok(d.clauses.some((c) => c.document === 'besluit-vergoeding-buitengerechtelijke-incassokosten'));
  });

  test('Ingenium 16.1: 15 % with a minimum of EUR 50; above the scale a court may reduce it', () => {
    assert.equal(costs('ingenium', 10_000).amounts.collectionCosts, 5_000);
    assert.equal(costs('ingenium', 33_400).amounts.collectionCosts, 5_010);
    const large = costs('ingenium', 1_000_000);
    assert.equal(large.amounts.collectionCosts, 150_000);
    assert.equal(large.amounts.scaleAmount, 87_500);
    assert.match(large.explanation.nl, /rechter kan dit matigen tot de staffel \(€ 875,00\)/);
  });

  test('consumer-collection-costs: a clause above the scale is void, and costs wait for the 14-day reminder', () => {
    const none = costs('ingenium', 1_000_000, { customerKind: 'consumer' });
    assert.equal(none.outcome, 'not_allowed');
    assert.equal(none.amounts.collectionCosts, 87_500);
    assert.equal(none.conditions?.clauseVoidForConsumer, true);
    const early = costs('ingenium', 1_000_000, {
      customerKind: 'consumer',
      reminderSentOn: '2026-05-18',
      asOf: '2026-06-01',
    });
    assert.equal(early.outcome, 'not_allowed');
    assert.equal(early.dates.dueFrom, '2026-06-02');
    const due = costs('ingenium', 1_000_000, {
      customerKind: 'consumer',
      reminderSentOn: '2026-05-18',
      asOf: '2026-06-02',
    });
    assert.equal(due.outcome, 'allowed');
    // VAPRO's EUR 250 minimum is above the scale's EUR 40 on a small claim.
    assert.equal(
      costs('vapro', 10_000, { customerKind: 'consumer', reminderSentOn: '2026-05-01' }).amounts
        .collectionCosts,
      4_000,
    );
  });

  test('VAPRO 22.11: 15 %, at least EUR 250, or the actual costs when higher (businesses)', () => {
    assert.equal(costs('vapro', 10_000).amounts.collectionCosts, 25_000);
    assert.equal(costs('vapro', 10_000, { actualCostsCents: 40_000 }).amounts.collectionCosts, 40_000);
    assert.equal(costs('vapro', 10_000, { actualCostsCents: 20_000 }).amounts.collectionCosts, 25_000);
  });

  test('collection-costs-handed-over: PlusPort LSP charges the scale only once the claim is handed over (8.7)', () => {
    const before = costs('plusport-lsp', 100_000);
    assert.equal(before.amounts.collectionCosts, 4_000);
    assert.ok(before.readings.includes('collection-costs-handed-over'));
    assert.equal(costs('plusport-lsp', 100_000, { handedOver: true }).amounts.collectionCosts, 15_000);
    const consumer = costs('plusport-lsp', 100_000, { customerKind: 'consumer' });
    assert.equal(consumer.outcome, 'not_allowed');
    assert.equal(consumer.amounts.collectionCosts, 0);
  });

  test('a VAT-exempt provider adds 21 % VAT to the costs', () => {
    const d = costs('plusport-courses', 100_000, { creditorDeductsVat: false });
    assert.equal(d.amounts.collectionCosts, 15_000);
    assert.equal(d.amounts.vat, 3_150);
    assert.equal(d.amounts.total, 18_150);
  });

  test('property: a consumer never pays more than the scale; a business never less than EUR 40', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FINANCE_PROVIDERS),
        fc.integer({ min: 0, max: 100_000_000 }),
        (provider, principal) => {
          const consumer = costs(provider, principal, {
            customerKind: 'consumer',
            reminderSentOn: '2026-01-01',
            handedOver: true,
          });
          assert.ok(consumer.amounts.collectionCosts! <= wikScale(principal).amount);
          const business = costs(provider, principal, { handedOver: true });
          assert.ok(business.amounts.collectionCosts! >= 4_000);
        },
      ),
      { numRuns: 300 },
    );
  });
});
