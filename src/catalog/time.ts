/** The clock as the catalog's use cases read it (DESIGN: services take a Clock). */
import type { AppContext } from '../platform/context.ts';

export function nowDate(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}

/** Today ('YYYY-MM-DD') in a time zone, by the clock. */
export function today(ctx: AppContext, timeZone: string): string {
  return ctx.clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
}
