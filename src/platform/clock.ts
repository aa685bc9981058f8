import { Temporal } from 'temporal-polyfill';

/**
 * Time is passed in, never read inline (DESIGN: conventions), so a test or a provider asking
 * "what if today were 12 May" can set now.
 */
export interface Clock {
  now(): Temporal.Instant;
}

export const systemClock: Clock = {
  now: () => Temporal.Now.instant(),
};

export function fixedClock(at: Temporal.Instant | string): Clock {
  const instant = typeof at === 'string' ? Temporal.Instant.from(at) : at;
  return { now: () => instant };
}

/** A clock a test can move forward. */
export function manualClock(start: Temporal.Instant | string) {
  let current = typeof start === 'string' ? Temporal.Instant.from(start) : start;
  return {
    now: () => current,
    set(at: Temporal.Instant | string) {
      current = typeof at === 'string' ? Temporal.Instant.from(at) : at;
    },
    advance(duration: Temporal.DurationLike) {
      current = current.add(duration);
    },
  };
}
