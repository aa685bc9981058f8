import type { Reading } from '../readings.ts';
import { COMPLAINT_READINGS } from './readings-complaints.ts';
import { CONTRACT_READINGS } from './readings-contracts.ts';
import { INTEREST_READINGS } from './readings-interest.ts';
import { PAYMENT_READINGS } from './readings-payment.ts';

/**
 * The readings of the finance and contract rules (docs/terms-readings.md, "Finance and contracts"):
 * where a text leaves a payment, interest, cost, deadline or contract question open, the one answer
 * the engine applies, the alternative the text allows and why it was not chosen. Each id appears in
 * the code or data that applies it and in the `readings` of every decision that relied on it; the
 * test named pins it. One file per topic: payment terms, interest and costs, complaints, contracts.
 * "Voor aanvang" for a payment is the course reading start-hour (src/terms/readings.ts).
 */
export const FINANCE_READINGS: readonly Reading[] = [
  ...PAYMENT_READINGS,
  ...INTEREST_READINGS,
  ...COMPLAINT_READINGS,
  ...CONTRACT_READINGS,
];
