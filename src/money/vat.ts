import { assertCents, type BasisPoints, type Cents, percentOf } from './cents.ts';

/**
 * Dutch VAT rates (Wet OB 1968, art. 9 and tabel I/II): `standard` 21 %, `reduced` 9 % (since
 * 1 January 2019; books and e-books are 9 %), `zero` 0 %, and `exempt`: vocational training by a
 * provider registered in the CRKBO (art. 11 lid 1 onderdeel o Wet OB 1968; policy Stcrt. 2025, 3488).
 * Exempt is not 0 %: no VAT is charged, and the invoice must state the exemption (art. 35a).
 */
export const VAT_RATES = ['standard', 'reduced', 'zero', 'exempt'] as const;
export type VatRate = (typeof VAT_RATES)[number];

export interface VatRateInfo {
  rate: VatRate;
  basisPoints: BasisPoints;
  /** UNCL 5305 tax category for UBL / Peppol BIS 3.0: S standard and reduced, Z zero, E exempt. */
  ublCategory: 'S' | 'Z' | 'E';
  label: { nl: string; en: string };
  /** Text the invoice must carry (art. 35a lid 1 letter l Wet OB); only for `exempt`. */
  exemptionNote?: { nl: string; en: string };
}

export const VAT_RATE_INFO: Readonly<Record<VatRate, VatRateInfo>> = {
  standard: {
    rate: 'standard',
    basisPoints: 2100,
    ublCategory: 'S',
    label: { nl: 'btw 21%', en: 'VAT 21%' },
  },
  reduced: { rate: 'reduced', basisPoints: 900, ublCategory: 'S', label: { nl: 'btw 9%', en: 'VAT 9%' } },
  zero: { rate: 'zero', basisPoints: 0, ublCategory: 'Z', label: { nl: 'btw 0%', en: 'VAT 0%' } },
  exempt: {
    rate: 'exempt',
    basisPoints: 0,
    ublCategory: 'E',
    label: { nl: 'vrijgesteld van btw', en: 'exempt from VAT' },
    exemptionNote: {
      nl: 'Vrijgesteld van btw, art. 11 lid 1 onderdeel o Wet OB 1968',
      en: 'Exempt from VAT under article 11(1)(o) of the Dutch VAT Act 1968 (Wet OB 1968)',
    },
  },
};

export interface VatLine {
  /** Amount excluding VAT, in cents; negative for a discount or credit line. */
  net: Cents;
  rate: VatRate;
}

export interface VatRateTotal {
  rate: VatRate;
  basisPoints: BasisPoints;
  base: Cents;
  vat: Cents;
  total: Cents;
}

export interface VatSummary {
  /** One entry per rate that occurs on the invoice, in the order standard, reduced, zero, exempt. */
  perRate: VatRateTotal[];
  base: Cents;
  vat: Cents;
  total: Cents;
  /** The exemption text the invoice must carry when any line is exempt. */
  exemptionNote?: { nl: string; en: string };
}

/**
 * VAT per rate per invoice: the net amounts of all lines at one rate are summed first and the VAT
 * on that base is rounded once, half up to the cent (DESIGN.md conventions; art. 35a lid 1 letters
 * i and k Wet OB: taxable amount and VAT per rate). Rounding per line instead can differ by a cent
 * per line.
 */
export function vatSummary(lines: readonly VatLine[]): VatSummary {
  const bases = new Map<VatRate, Cents>();
  for (const [index, line] of lines.entries()) {
    assertCents(line.net, `lines.${index}.net`);
    if (!VAT_RATES.includes(line.rate))
      throw new RangeError(`lines.${index}.rate '${line.rate}' is not a VAT rate`);
    bases.set(line.rate, (bases.get(line.rate) ?? 0) + line.net);
  }
  const perRate: VatRateTotal[] = [];
  let base = 0;
  let vat = 0;
  for (const rate of VAT_RATES) {
    const rateBase = bases.get(rate);
    if (rateBase === undefined) continue;
    const info = VAT_RATE_INFO[rate];
    const rateVat = percentOf(rateBase, info.basisPoints);
    perRate.push({
      rate,
      basisPoints: info.basisPoints,
      base: rateBase,
      vat: rateVat,
      total: rateBase + rateVat,
    });
    base += rateBase;
    vat += rateVat;
  }
  assertCents(base + vat, 'invoice total');
  const summary: VatSummary = { perRate, base, vat, total: base + vat };
  if (bases.has('exempt')) summary.exemptionNote = VAT_RATE_INFO.exempt.exemptionNote;
  return summary;
}
