/** The wizard's "cancel" (docs/decisions/0006-import-sheets.md, "Not done"): the rows are dropped. */
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { ConflictError } from '../../platform/errors.ts';
import { visibleSheet } from './access.ts';
import * as store from './store.ts';

/** The sheet is kept as discarded, without the rows (names, e-mail addresses, dates of birth) it held. */
export async function discardSheet(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const sheet = await visibleSheet(ctx, actor, id);
  if (!(await ctx.db.transaction().execute((tx) => store.discardSheet(tx, id)))) {
    throw new ConflictError('import-not-open', 'Sheet already handled', `This sheet is ${sheet.status}.`);
  }
}
