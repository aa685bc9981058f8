/**
 * The commit's plan per session: the terms in force on the commit day and the fee's parts
 * (docs/decisions/0006-import-sheets.md, "What a commit writes").
 */

import { listPackageComponents } from '../../catalog/service.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { type FeePart, splitPrice } from '../rules.ts';
import { type SessionTerms, termsForSession } from '../terms.ts';
import type { ValidRow } from './rules.ts';
import * as store from './store.ts';

export interface SessionPlan {
  session: store.SessionPricing;
  terms: SessionTerms;
  parts: FeePart[];
  rows: ValidRow[];
}

/** One plan per session of the valid rows, in the order the sheet first names them. */
export async function planSessions(
  ctx: AppContext,
  tx: Tx,
  providerId: string,
  valid: readonly ValidRow[],
  today: string,
): Promise<SessionPlan[]> {
  const bySession = Map.groupBy(valid, (row) => row.sessionId);
  const sessions = await store.sessionsByCodes(tx, providerId, [...new Set(valid.map((r) => r.sessionCode))]);
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  // Sessions under the same terms (the provider's standard ones, or one quote's) look them up once.
  const termsCache = new Map<string, SessionTerms>();
  const plans: SessionPlan[] = [];
  for (const [sessionId, rows] of bySession) {
    const session = sessionById.get(sessionId);
    if (!session) throw new NotFoundError('Session');
    const cacheKey = `${session.quoteTermsKey ?? ''} ${session.quoteTermsVersion ?? ''}`;
    let terms = termsCache.get(cacheKey);
    if (!terms) {
      // The terms in force on the day of the commit, accepted by the uploader now (issue 4, item 3).
      terms = await termsForSession(ctx, tx, session, today);
      termsCache.set(cacheKey, terms);
    }
    // A package is invoiced per component with its own VAT code (migration 0006); a package
    // without components yet, and any other product, as one line.
    const components =
      session.productType === 'package' ? await listPackageComponents(tx, session.productId) : [];
    const parts =
      components.length > 0
        ? splitPrice(
            session.priceCents,
            components.map((c) => ({ description: c.name, vatCode: c.vatCode, priceCents: c.priceCents })),
          )
        : [{ description: session.productName, vatCode: session.vatCode, priceCents: session.priceCents }];
    plans.push({ session, terms, parts, rows });
  }
  return plans;
}
