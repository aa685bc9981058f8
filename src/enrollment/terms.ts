/**
 * Which terms govern an enrollment, and what a learner is shown of them before accepting (issue 4,
 * item 3: "each enrollment stores the terms version in force and who accepted it when").
 */
import { Temporal } from 'temporal-polyfill';
import type { ProductType } from '../catalog/model.ts';
import type { Clock } from '../platform/clock.ts';
import type { AppContext } from '../platform/context.ts';
import type { Executor } from '../platform/db/database.ts';
import { NotFoundError } from '../platform/errors.ts';
import {
  type ClauseRef,
  evaluate,
  type FeeTimelineRange,
  feeTimeline,
  type TermsVersion,
  toPlainDecision,
} from '../terms/index.ts';
import { loadTerms, pickVersion } from '../terms-library/service.ts';
import { findProviderTermsKey } from './store.ts';

/** What termsForSession needs of a session (SessionForEnrollment and the catalog's session both fit). */
export interface SessionTermsSource {
  providerId: string;
  quoteTermsKey: string | null;
  quoteTermsVersion: string | null;
  /** The provider's standard terms key, when it was read with the session (one query fewer). */
  provider?: { termsProviderId: string };
}

export interface SessionTerms {
  /** The terms key (a built-in provider id such as 'plusport-courses', or a provider's own copy). */
  key: string;
  version: string;
  effectiveFrom: string;
  terms: TermsVersion;
}

/**
 * The terms version that governs an enrollment in this session made on `onDate` ('YYYY-MM-DD'):
 * a group session's quote terms when it has them (plusport-cursusvoorwaarden#14.7 and plusport-cursusvoorwaarden#15.7: in-company and
 * out-company sessions run under the quote), else the provider's standard terms in force that day.
 */
export async function termsForSession(
  ctx: AppContext,
  ex: Executor,
  session: SessionTermsSource,
  onDate: string,
): Promise<SessionTerms> {
  let key: string;
  let version: string | undefined;
  if (session.quoteTermsKey !== null) {
    key = session.quoteTermsKey;
    version = session.quoteTermsVersion ?? undefined;
  } else {
    const providerKey =
      session.provider?.termsProviderId ?? (await findProviderTermsKey(ex, session.providerId));
    if (providerKey === undefined) throw new NotFoundError('Provider');
    key = providerKey;
  }
  // The operator's view (null): an enrollment is governed by its provider's terms whoever enrolls.
  const loaded = await loadTerms(ctx, null, key, ex, session.providerId);
  const picked = pickVersion(loaded, version, onDate);
  return {
    key,
    version: picked.terms.version,
    effectiveFrom: picked.terms.effectiveFrom,
    terms: picked.terms,
  };
}

export interface AppliedTerms {
  key: string;
  version: string;
  terms: TermsVersion;
}

/** The terms version an enrollment was made under, read in `ex` (the operator's view: any terms). */
export async function termsOf(
  ctx: AppContext,
  ex: Executor,
  ref: { providerId: string; termsKey: string; termsVersion: string },
): Promise<AppliedTerms> {
  const loaded = await loadTerms(ctx, null, ref.termsKey, ex, ref.providerId);
  const version = pickVersion(loaded, ref.termsVersion, '');
  return { key: ref.termsKey, version: version.terms.version, terms: version.terms };
}

/** Today ('YYYY-MM-DD') in a provider's time zone, by the clock. */
export function todayIn(clock: Clock, timeZone: string): string {
  return clock.now().toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The kind of part the cancellation rules know a product type by (terms: SESSION_KINDS). */
const SESSION_PART_KIND: Partial<Record<ProductType, 'classroom' | 'practical' | 'workshop' | 'exam'>> = {
  classroom: 'classroom',
  practical: 'practical',
  workshop: 'workshop',
  exam: 'exam',
};

export interface PartSource {
  productType: ProductType;
  /** For a package, the types of its components in order. */
  componentTypes: readonly ProductType[];
  priceCents: number;
  startsAt: Date;
  /** 'YYYY-MM-DD', for e-learning: the purchase day. */
  today: string;
}

export type TimelinePart =
  | { kind: 'classroom' | 'practical' | 'workshop' | 'exam'; price: number; start: string }
  | { kind: 'elearning'; price: number; purchasedOn: string; started: boolean };

/**
 * The part whose cancellation fee over time a learner is shown: the session itself, or for a
 * package its first part held on a date (plusport-cursusvoorwaarden#15.5 charges "of the part concerned").
 */
export function timelinePart(source: PartSource): TimelinePart | null {
  const types = source.productType === 'package' ? source.componentTypes : [source.productType];
  const sessionType = types.find((t) => SESSION_PART_KIND[t] !== undefined);
  const kind = sessionType ? SESSION_PART_KIND[sessionType] : undefined;
  if (kind) return { kind, price: source.priceCents, start: source.startsAt.toISOString() };
  if (types.includes('elearning'))
    return { kind: 'elearning', price: source.priceCents, purchasedOn: source.today, started: false };
  return null;
}

export interface TermsPreview {
  key: string;
  version: string;
  effectiveFrom: string;
  /** The clauses that decide what cancelling costs, in the order the fee timeline meets them. */
  cancellationClauses: ClauseRef[];
  /** Runs of days with the same cancellation fee, from today to the start. */
  feeTimeline: FeeTimelineRange[];
  /**
   * What the terms say on a group discount for one company enrolling two learners (ingenium-leveringsvoorwaarden#3.5:
   * "twee of meer cursisten"); null when the terms have no group discount.
   */
  groupDiscount: {
    outcome: string;
    /** The rate of the price list, when the terms carry one. */
    discountBasisPoints: number | null;
    clauses: ClauseRef[];
    explanation: { nl: string; en: string };
  } | null;
}

/** What the learner accepts: the terms version, its cancellation clauses and the fee over time. */
export function previewTerms(applied: SessionTerms, part: TimelinePart | null, today: string): TermsPreview {
  let ranges: FeeTimelineRange[] = [];
  if (part) {
    const from =
      part.kind === 'elearning'
        ? today
        : minDay(today, Temporal.PlainDate.from(part.start.slice(0, 10)).subtract({ days: 1 }).toString());
    ranges = feeTimeline(applied.terms, { part, from });
  }
  const seen = new Set<string>();
  const clauses: ClauseRef[] = [];
  for (const range of ranges)
    for (const clause of range.clauses) {
      const id = `${clause.document}#${clause.article}`;
      if (seen.has(id)) continue;
      seen.add(id);
      clauses.push(clause);
    }
  const group = toPlainDecision(
    evaluate(applied.terms, { type: 'group_discount', participants: 2, sameCompany: true }),
  );
  return {
    key: applied.key,
    version: applied.version,
    effectiveFrom: applied.effectiveFrom,
    cancellationClauses: clauses,
    feeTimeline: ranges,
    groupDiscount:
      group.outcome === 'not_covered'
        ? null
        : {
            outcome: group.outcome,
            discountBasisPoints: group.amounts.discountBasisPoints ?? null,
            clauses: group.clauses,
            explanation: group.explanation,
          },
  };
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
