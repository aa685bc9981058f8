import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VAT_RATE_INFO, vatSummary } from './vat.ts';

describe('vatSummary', () => {
  it('sums the base per rate and rounds the VAT once per rate', () => {
    // Three lines of 7 cents at 21 %: per line 1.47 -> 1 cent each (3), on the sum 4.41 -> 4.
    const summary = vatSummary([
      { net: 7, rate: 'standard' },
      { net: 7, rate: 'standard' },
      { net: 7, rate: 'standard' },
    ]);
    assert.deepEqual(summary.perRate, [{ rate: 'standard', basisPoints: 2100, base: 21, vat: 4, total: 25 }]);
    assert.equal(summary.total, 25);
  });

  it('keeps 21 %, 9 %, 0 % and exempt apart, in that order, and carries the exemption note', () => {
    const summary = vatSummary([
      { net: 95_000, rate: 'exempt' },
      { net: 4_995, rate: 'reduced' },
      { net: 14_750, rate: 'standard' },
      { net: -1_000, rate: 'standard' },
      { net: 2_000, rate: 'zero' },
    ]);
    assert.deepEqual(
      summary.perRate.map((r) => [r.rate, r.base, r.vat, r.total]),
      [
        ['standard', 13_750, 2_888, 16_638], // 2887.5 -> 2888
        ['reduced', 4_995, 450, 5_445], // 449.55 -> 450
        ['zero', 2_000, 0, 2_000],
        ['exempt', 95_000, 0, 95_000],
      ],
    );
    assert.equal(summary.base, 115_745);
    assert.equal(summary.vat, 3_338);
    assert.equal(summary.total, 119_083);
    assert.equal(summary.exemptionNote?.nl, 'Vrijgesteld van btw, art. 11 lid 1 onderdeel o Wet OB 1968');
    assert.match(summary.exemptionNote?.en ?? '', /article 11\(1\)\(o\)/);
  });

  it('has no exemption note without exempt lines, and a credit mirrors its invoice', () => {
    const invoice = vatSummary([{ net: 14_750, rate: 'standard' }]);
    const credit = vatSummary([{ net: -14_750, rate: 'standard' }]);
    assert.equal(invoice.exemptionNote, undefined);
    assert.equal(invoice.vat, 3_098);
    assert.equal(credit.vat, -3_098);
  });

  it('maps rates to UBL tax categories', () => {
    assert.deepEqual(
      Object.values(VAT_RATE_INFO).map((info) => [info.rate, info.basisPoints, info.ublCategory]),
      [
        ['standard', 2100, 'S'],
        ['reduced', 900, 'S'],
        ['zero', 0, 'Z'],
        ['exempt', 0, 'E'],
      ],
    );
  });

  it('rejects a fraction of a cent and an unknown rate, naming the line', () => {
    assert.throws(
      () => vatSummary([{ net: 1.5, rate: 'standard' }]),
      /lines.0.net must be a whole number of cents/,
    );
    assert.throws(() => vatSummary([{ net: 1, rate: 'high' as 'standard' }]), /lines.0.rate 'high'/);
  });
});
