/**
 * Go / no-go (issue 12, item 15: "one go/no-go concept, shown everywhere the same"): the one place it
 * is reckoned, for the staff's planning list, the session's go/no-go view before a provider
 * cancellation, and any page that shows a session's state against its minimum. The terms that
 * govern the session (the quote's for a group, else the provider's in force today) asked the
 * provider_cancellation question give the notice deadline (vapro-leverings-en-betalingsvoorwaarden#15.2: 5 working days;
 * plusport-cursusvoorwaarden#15.1, ingenium-leveringsvoorwaarden#25.1: none), which rules.goNoGoState weighs against the minimum.
 */
import { Temporal } from 'temporal-polyfill';
import * as identity from '../identity/service.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { NotFoundError } from '../platform/errors.ts';
import * as terms from '../terms-library/service.ts';
import type { GoNoGo, Session } from './model.ts';
import { goNoGoState } from './rules.ts';
import * as store from './store.ts';

/** What the reckoning needs of the session's provider. */
export interface GoNoGoProvider {
  timeZone: string;
  termsProviderId: string;
}

/** Reckons go / no-go of a session whose terms are loaded; `priceCents` is what a seat costs. */
function goNoGoOf(
  ctx: AppContext,
  loaded: terms.LoadedTerms,
  session: Session,
  priceCents: number,
  timeZone: string,
): GoNoGo {
  const decision = terms.answerQuestion(
    loaded,
    {
      terms:
        session.quoteTermsVersion === null
          ? loaded.key
          : { provider: loaded.key, version: session.quoteTermsVersion },
      question: { type: 'provider_cancellation', start: session.startsAt, paid: priceCents },
    },
    ctx.clock,
  );
  const now = ctx.clock.now();
  const { state, shortBy } = goNoGoState({
    status: session.status,
    booked: session.booked,
    minParticipants: session.minParticipants,
    started: Temporal.Instant.compare(now, Temporal.Instant.from(session.startsAt)) >= 0,
    today: now.toZonedDateTimeISO(timeZone).toPlainDate().toString(),
    noticeDeadline: decision.dates.noticeDeadline ?? null,
  });
  return {
    state,
    shortBy,
    noticeDeadline: decision.dates.noticeDeadline ?? null,
    terms: { key: decision.terms.provider, version: decision.terms.version },
    clauses: decision.clauses,
    explanation: decision.explanation,
  };
}

/**
 * A reckoner for many sessions of one provider (the planning list): each terms key is loaded once.
 * `priceCents` is the session's own price or else its product's.
 */
export function goNoGoReckoner(
  ctx: AppContext,
  ex: Executor,
  provider: GoNoGoProvider,
): (session: Session, priceCents: number) => Promise<GoNoGo> {
  const loadedByKey = new Map<string, terms.LoadedTerms>();
  return async (session, priceCents) => {
    const key = session.quoteTermsKey ?? provider.termsProviderId;
    let loaded = loadedByKey.get(key);
    if (!loaded) {
      loaded = await terms.loadTerms(ctx, null, key, ex, session.providerId);
      loadedByKey.set(key, loaded);
    }
    return goNoGoOf(ctx, loaded, session, priceCents, provider.timeZone);
  };
}

/**
 * Go / no-go of one session, as the planning list shows it. No visibility check: the caller decided
 * who may see it. Pass the transaction when inside one.
 */
export async function sessionGoNoGo(ctx: AppContext, ex: Executor, session: Session): Promise<GoNoGo> {
  const provider = await identity.findProviderById(ctx, session.providerId, ex);
  const product = await store.findProductById(ex, session.productId);
  if (!provider || !product) throw new NotFoundError('Session');
  return goNoGoReckoner(ctx, ex, provider)(session, session.priceCents ?? product.priceCents);
}
