import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIsoDate, parseIsoDate } from '../calendar/epoch-day.ts';
import { collectionCosts, wikScale } from './collection-costs.ts';

describe('WIK scale (Besluit vergoeding voor buitengerechtelijke incassokosten, art. 2)', () => {
  it('gives the examples of the reference: 1,000 -> 150; 3,000 -> 425; 10,000 -> 875', () => {
    assert.equal(wikScale(100_000).amount, 15_000);
    assert.equal(wikScale(300_000).amount, 42_500);
    assert.equal(wikScale(1_000_000).amount, 87_500);
  });

  it('switches brackets at 2,500, 5,000, 10,000 and 200,000', () => {
    assert.equal(wikScale(250_000).amount, 37_500);
    assert.equal(wikScale(500_000).amount, 62_500);
    assert.equal(wikScale(20_000_000).amount, 277_500);
    assert.deepEqual(
      wikScale(20_000_000).brackets.map((b) => [b.basisPoints, b.base, b.amount]),
      [
        [1500, 250_000, 37_500],
        [1000, 250_000, 25_000],
        [500, 500_000, 25_000],
        [100, 19_000_000, 190_000],
      ],
    );
  });

  it('has a minimum of EUR 40 and a maximum of EUR 6,775', () => {
    assert.equal(wikScale(26_667).amount, 4_000); // 40.0005
    const small = wikScale(26_600);
    assert.equal(small.raw, 3_990);
    assert.equal(small.amount, 4_000);
    assert.equal(small.minimumApplied, true);
    assert.equal(wikScale(100_000_000).amount, 677_500); // exactly the maximum at EUR 1,000,000
    assert.equal(wikScale(100_000_000).maximumApplied, false);
    const large = wikScale(200_000_000);
    assert.equal(large.raw, 1_177_500);
    assert.equal(large.amount, 677_500);
    assert.equal(large.maximumApplied, true);
  });

  it('rounds the total once, half up: EUR 10,000.50 -> EUR 875.01', () => {
    assert.equal(wikScale(1_000_050).amount, 87_501);
  });
});

describe('collectionCosts', () => {
  const vaproClause = { basisPoints: 1500, minimum: 25_000 };
  const ingeniumClause = { basisPoints: 1500, minimum: 5_000 };

  it('charges the scale without a clause, plus VAT only if the creditor cannot deduct it', () => {
    const deducts = collectionCosts({ principal: 100_000, debtor: 'business', creditorDeductsVat: true });
    assert.deepEqual(
      [deducts.costs, deducts.vat, deducts.total, deducts.basis],
      [15_000, 0, 15_000, 'scale'],
    );
    const exempt = collectionCosts({ principal: 100_000, debtor: 'business', creditorDeductsVat: false });
    assert.deepEqual([exempt.costs, exempt.vat, exempt.total], [15_000, 3_150, 18_150]);
  });

  it('lets a B2B clause stand, noting the court may reduce it to the scale', () => {
    const vapro = collectionCosts({
      principal: 100_000,
      debtor: 'business',
      clause: vaproClause,
      creditorDeductsVat: true,
    });
    assert.deepEqual(
      [vapro.costs, vapro.basis, vapro.clauseAmount, vapro.courtMayReduceTo],
      [25_000, 'clause', 25_000, 15_000],
    );
    assert.ok(vapro.sources.includes('HR 10 July 2015, ECLI:NL:HR:2015:1868'));
    const ingenium = collectionCosts({
      principal: 10_000,
      debtor: 'business',
      clause: ingeniumClause,
      creditorDeductsVat: true,
    });
    assert.equal(ingenium.costs, 5_000); // 15 % of 100 = 15, minimum 50
    const big = collectionCosts({
      principal: 1_000_000,
      debtor: 'business',
      clause: ingeniumClause,
      creditorDeductsVat: true,
    });
    assert.equal(big.costs, 150_000);
    assert.equal(big.requiresReminder, false);
    assert.equal(big.dueFrom, null);
  });

  it('gives a business at least EUR 40 (art. 6:96 lid 4 BW)', () => {
    const low = collectionCosts({
      principal: 10_000,
      debtor: 'business',
      clause: { basisPoints: 1000, minimum: 0 },
      creditorDeductsVat: true,
    });
    assert.deepEqual([low.costs, low.basis], [4_000, 'b2b-minimum']);
  });

  it('caps a consumer at the scale: a higher clause is void, a lower one applies', () => {
    const vapro = collectionCosts({
      principal: 100_000,
      debtor: 'consumer',
      clause: vaproClause,
      creditorDeductsVat: true,
    });
    assert.deepEqual([vapro.costs, vapro.basis, vapro.clauseVoid], [15_000, 'scale', true]);
    const ingenium = collectionCosts({
      principal: 300_000,
      debtor: 'consumer',
      clause: ingeniumClause,
      creditorDeductsVat: true,
    });
    assert.deepEqual([ingenium.clauseAmount, ingenium.costs, ingenium.clauseVoid], [45_000, 42_500, true]);
    const equal = collectionCosts({
      principal: 100_000,
      debtor: 'consumer',
      clause: ingeniumClause,
      creditorDeductsVat: true,
    });
    assert.deepEqual([equal.costs, equal.basis, equal.clauseVoid], [15_000, 'clause', false]);
    const lower = collectionCosts({
      principal: 100_000,
      debtor: 'consumer',
      clause: { basisPoints: 1000, minimum: 0 },
      creditorDeductsVat: true,
    });
    assert.deepEqual([lower.costs, lower.basis], [10_000, 'clause']);
  });

  it('makes a consumer owe costs only after the 14 days of a reminder (art. 6:96 lid 6 BW)', () => {
    const none = collectionCosts({ principal: 100_000, debtor: 'consumer', creditorDeductsVat: true });
    assert.equal(none.requiresReminder, true);
    assert.equal(none.dueFrom, null);
    const reminded = collectionCosts({
      principal: 100_000,
      debtor: 'consumer',
      creditorDeductsVat: true,
      reminderSentOn: parseIsoDate('2025-06-02'),
    });
    // 14 days from the day after the reminder: 3 .. 16 June; costs due from 17 June.
    assert.equal(formatIsoDate(reminded.dueFrom ?? 0), '2025-06-17');
  });

  it('refuses a negative principal', () => {
    assert.throws(
      () => collectionCosts({ principal: -1, debtor: 'business', creditorDeductsVat: true }),
      /must not be negative/,
    );
  });
});
