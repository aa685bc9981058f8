import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { terms, variant } from '../testing.ts';

test('group-discount: Ingenium 3.5, two participants of one company qualify; the rate comes from the price list', () => {
  const two = evaluate(terms('ingenium'), { type: 'group_discount', participants: 2, sameCompany: true });
  assert.deepEqual([two.outcome, two.amounts.discount], ['allowed', undefined]);
  assert.equal(
    evaluate(terms('ingenium'), { type: 'group_discount', participants: 1, sameCompany: true }).outcome,
    'not_allowed',
  );
  assert.equal(
    evaluate(terms('ingenium'), { type: 'group_discount', participants: 3, sameCompany: false }).outcome,
    'not_allowed',
  );
  const priced = variant(terms('ingenium'), (copy) => {
    const section = copy.sections.course?.groupDiscount;
    if (section)
      section.tiers = [
        { minParticipants: 2, discountBasisPoints: 1000 },
        { minParticipants: 5, discountBasisPoints: 1500 },
      ];
  });
  const five = evaluate(priced, {
    type: 'group_discount',
    participants: 5,
    sameCompany: true,
    pricePerParticipant: 49500,
  });
  assert.deepEqual([five.amounts.discountBasisPoints, five.amounts.discount], [1500, 5 * 7425]);
  assert.equal(
    evaluate(terms('plusport-courses'), { type: 'group_discount', participants: 5, sameCompany: true })
      .outcome,
    'not_covered',
  );
});
