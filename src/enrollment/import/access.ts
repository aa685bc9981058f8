/**
 * Who may import and see a sheet (docs/decisions/0006-import-sheets.md, "Who"): a customer admin for
 * their own company, provider staff for any customer of their provider; anyone else sees 404.
 */
import { type Actor, isProviderStaff } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import type { Uploader } from './rules.ts';
import * as store from './store.ts';

/** The uploader an actor imports as; learners, instructors, trainers and the platform admin cannot (403). */
export function uploaderOf(actor: Actor): { providerId: string; uploader: Uploader } {
  if (actor.role === 'customer_admin' && actor.providerId && actor.customerId) {
    return { providerId: actor.providerId, uploader: { kind: 'customer', customerId: actor.customerId } };
  }
  if (isProviderStaff(actor.role) && actor.providerId)
    return { providerId: actor.providerId, uploader: { kind: 'staff' } };
  throw new ForbiddenError('Only provider staff and customer admins import sheets.');
}

/** The uploader a stored sheet was validated for: its company's, or staff's when it has none. */
export function sheetUploader(sheet: { customerId: string | null }): Uploader {
  return sheet.customerId ? { kind: 'customer', customerId: sheet.customerId } : { kind: 'staff' };
}

export function canSeeSheet(actor: Actor, sheet: { providerId: string; customerId: string | null }): boolean {
  if (actor.providerId === null || actor.providerId !== sheet.providerId) return false;
  if (isProviderStaff(actor.role)) return true;
  return (
    actor.role === 'customer_admin' && actor.customerId !== null && actor.customerId === sheet.customerId
  );
}

/** The stored sheet, or 404 when there is none or the actor may not see it (decision 0003). */
export async function visibleSheet(ctx: AppContext, actor: Actor, id: string): Promise<store.SheetRow> {
  const sheet = await store.findSheet(ctx.db, id);
  if (!sheet || !canSeeSheet(actor, sheet)) throw new NotFoundError('Import sheet');
  return sheet;
}

export function now(ctx: AppContext): Date {
  return new Date(ctx.clock.now().epochMilliseconds);
}
