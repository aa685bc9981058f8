import { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../platform/context.ts';

/** Identity stores instants as Date (Kysely timestamptz); "now" comes from the context's clock. */

export function nowDate(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

export function plus(at: Date, duration: Temporal.DurationLike): Date {
  return new Date(Temporal.Instant.fromEpochMilliseconds(at.getTime()).add(duration).epochMilliseconds);
}
