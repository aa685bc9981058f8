import type { ClauseRef } from '../model.ts';

/**
 * Statutory provisions a finance decision cites when the terms are silent or the law overrides
 * them (shared/reference/nl-be-rules.md). These are fixed citations, not terms data: a provider
 * cannot edit the law.
 */
const BW = 'burgerlijk-wetboek';

export const LAW = {
  commercialInterest: { document: BW, article: '6:119a', title: 'Wettelijke handelsrente' },
  consumerInterest: { document: BW, article: '6:119', title: 'Wettelijke rente' },
  defaultWithoutTerm: {
    document: BW,
    article: '6:119a lid 2',
    title: 'Rente zonder overeengekomen betalingstermijn',
  },
  collectionCosts: { document: BW, article: '6:96', title: 'Buitengerechtelijke incassokosten' },
  wikScale: {
    document: 'besluit-vergoeding-buitengerechtelijke-incassokosten',
    article: '2',
    title: 'Staffel buitengerechtelijke incassokosten',
  },
  allocationDebts: {
    document: BW,
    article: '6:43',
    title: 'Toerekening van een betaling op verschillende schulden',
  },
  allocationWithinDebt: { document: BW, article: '6:44', title: 'Toerekening op kosten, rente en hoofdsom' },
  complaintInTime: { document: BW, article: '6:89', title: 'Klachtplicht' },
  offerLapses: { document: BW, article: '6:221', title: 'Vervallen van een aanbod' },
  offerRevocable: { document: BW, article: '6:219', title: 'Herroepen van een aanbod' },
  consumerPriceIncrease: {
    document: BW,
    article: '6:236 sub i',
    title: 'Prijsverhoging binnen drie maanden (consument)',
  },
  consumerPriceIncreaseLater: {
    document: BW,
    article: '6:237 sub c',
    title: 'Prijsverhoging zonder recht op ontbinding (consument)',
  },
  consumerTacitRenewal: {
    document: BW,
    article: '6:236 sub j',
    title: 'Stilzwijgende verlenging (consument)',
  },
  dissolution: { document: BW, article: '6:265', title: 'Ontbinding wegens tekortkoming' },
  extendedTerm: {
    document: 'algemene-termijnenwet',
    article: '1',
    title: 'Verlenging van wettelijke termijnen',
  },
} as const satisfies Record<string, ClauseRef>;
