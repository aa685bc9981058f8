import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Product } from '../catalog/types.ts';
import { centsAsEuroText, NEW_PRODUCT, productBody, productValues } from './product-form.ts';

const exam: Product = {
  id: '00000000-0000-4000-8000-000000000001',
  providerId: '00000000-0000-4000-8000-000000000002',
  code: 'VCA-EX',
  name: 'VCA-examen',
  type: 'exam',
  priceCents: 12_505,
  vatCode: 'exempt_training',
  durationMinutes: 90,
  description: '',
  published: true,
  programme: '',
  examDelivery: 'external',
  examFormat: 'computer',
  reschedulesAsCancellation: true,
  proofOfParticipation: false,
};

describe('product form', () => {
  it('shows cents as euros and reads them back as the same cents', () => {
    assert.equal(centsAsEuroText(12_505), '125,05');
    assert.equal(centsAsEuroText(7), '0,07');
    const result = productBody(productValues(exam), false, 'x');
    assert.ok(result.ok);
    assert.equal(result.body.priceCents, 12_505);
    assert.equal(result.body.durationMinutes, 90);
    assert.equal(result.body.examDelivery, 'external');
    assert.equal('code' in result.body, false, 'code and type stay when editing');
  });

  it('reports a price that is not an amount at the price field, and sends nothing', () => {
    const result = productBody({ ...NEW_PRODUCT, priceCents: 'twaalf' }, true, 'not an amount');
    assert.deepEqual(result, { ok: false, errors: [{ path: 'priceCents', message: 'not an amount' }] });
  });

  it('drops exam fields of a product that is not an exam, and sends code and type when creating', () => {
    const result = productBody(
      { ...NEW_PRODUCT, code: 'NEW', priceCents: '1.234,50', examDelivery: 'own', durationMinutes: '' },
      true,
      'x',
    );
    assert.ok(result.ok);
    assert.deepEqual(
      [
        result.body.code,
        result.body.type,
        result.body.priceCents,
        result.body.examDelivery,
        result.body.durationMinutes,
      ],
      ['NEW', 'classroom', 123_450, null, null],
    );
  });
});
