import { z } from 'zod';

/**
 * The readings a provider can set where its terms leave a question open (docs/terms-readings.md).
 * Readings that are a number or a table row (how many days, which tier) live in the sections as data;
 * these are the ones that change how the engine counts.
 */
export const readingsSettingsSchema = z.object({
  /**
   * Reading request-day-counted: "n werkdagen voor aanvang" counts the (effective) request day
   * itself when it is a working day, up to the start day, which is not counted. false: counting
   * starts the working day after the request.
   */
  requestDayCounted: z.boolean(),
  /**
   * Reading after-office-hours: a request received at or after the calendar's office-hours end
   * counts as received on the next working day (or, for a count in calendar days, the next day).
   * false: the local date of receipt counts, whatever the hour (plusport-cursusvoorwaarden#15.2: an answering service
   * receives cancellations outside office hours).
   */
  officeHoursCutOff: z.boolean(),
  /**
   * Reading elearning-window: the purchase day counts as the first of the working days after a
   * purchase. false: the first working day after the purchase day is day 1.
   */
  purchaseDayCounted: z.boolean(),
  /**
   * Reading proof-deadline: a proof deadline in calendar days that ends on a weekend or holiday
   * moves to the next working day. false: it stays (a contractual term; the Algemene termijnenwet
   * applies to statutory terms only).
   */
  proofDeadlineMovesToWorkingDay: z.boolean(),
});
export type ReadingsSettings = z.infer<typeof readingsSettingsSchema>;
