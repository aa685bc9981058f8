import { useApi } from '../api/useApi.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { useSession } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProductFacts } from './ProductFacts.tsx';
import { LocationText, SeatsLeft, SessionStatusBadge } from './SessionBits.tsx';
import { formatInstantIn, formatSessionTime } from './session-time.ts';
import type { SessionDetail } from './types.ts';

/** Roles that enroll through the form: a learner for themself, a customer admin for employees. */
const ENROLLING_ROLES = ['learner', 'customer_admin'];

/** Whether the session still takes enrollments: open for it, and its registration deadline not passed. */
export function enrollmentOpen(session: Pick<SessionDetail, 'status' | 'registrationDeadline' | 'startsAt'>) {
  if (session.status !== 'planned' && session.status !== 'confirmed') return false;
  const closes = session.registrationDeadline ?? session.startsAt;
  return new Date(closes).getTime() > Date.now();
}

/** One session as a catalog visitor sees it (issue 4, item 1): when, where, seats left, and enroll. */
export function SessionPage({ params }: PageProps) {
  const { result, reload } = useApi<SessionDetail>(`/api/sessions/${encodeURIComponent(params.id ?? '')}`);
  return (
    <Loaded result={result} reload={reload}>
      {(session) => <SessionView session={session} />}
    </Loaded>
  );
}

function SessionView({ session }: { session: SessionDetail }) {
  const { t, locale } = useLanguage();
  const { session: login } = useSession();
  const timeZone = session.provider.timeZone;
  const when = formatSessionTime(session.startsAt, session.endsAt, locale, timeZone);
  const open = enrollmentOpen(session);
  const role = login.state === 'signedIn' ? login.me.user.role : null;
  const full = session.seatsLeft <= 0;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/catalog/${session.product.id}`}>{session.product.name}</Link>
      </p>
      <PageTitle>{t('sessionPage.title', { name: session.product.name, date: when })}</PageTitle>
      <div className="session-head card">
        <dl className="facts">
          <dt>{t('sessionInfo.when')}</dt>
          <dd>{when}</dd>
          <dt>{t('sessionInfo.where')}</dt>
          <dd>
            <LocationText location={session.location} />
          </dd>
          <dt>{t('sessionInfo.seatsLeft')}</dt>
          <dd>
            <SeatsLeft session={session} />
          </dd>
          {session.registrationDeadline ? (
            <>
              <dt>{t('sessionInfo.deadline')}</dt>
              <dd>{formatInstantIn(session.registrationDeadline, locale, timeZone)}</dd>
            </>
          ) : null}
          <dt>{t('sessionInfo.price')}</dt>
          <dd>{formatEuros(session.priceCents ?? session.product.priceCents, locale)}</dd>
          <dt>{t('sessionInfo.language')}</dt>
          <dd>{t(`sessionInfo.language.${session.language}`)}</dd>
          <dt>{t('sessionInfo.status')}</dt>
          <dd>
            <SessionStatusBadge status={session.status} />
            {session.kind !== 'open' ? (
              <span className="badge tag">{t(`sessionInfo.group.${session.kind}`)}</span>
            ) : null}
          </dd>
          <dt>{t('sessionInfo.code')}</dt>
          <dd className="code">{session.code}</dd>
        </dl>
        <div className="session-actions">
          <p className="muted">{t('sessionInfo.arrive')}</p>
          {!open ? (
            <p>{t('sessionPage.closed')}</p>
          ) : role === null ? (
            <>
              <p>{t('sessionPage.loginToEnroll')}</p>
              <Link className="button primary" to={`/sessions/${session.id}/enroll`}>
                {full ? t('sessionPage.enrollWaitlist') : t('sessionPage.enroll')}
              </Link>
            </>
          ) : ENROLLING_ROLES.includes(role) ? (
            <Link className="button primary" to={`/sessions/${session.id}/enroll`}>
              {full ? t('sessionPage.enrollWaitlist') : t('sessionPage.enroll')}
            </Link>
          ) : null}
        </div>
      </div>
      <ProductFacts
        product={session.product}
        components={session.components}
        prerequisites={session.prerequisites}
      />
    </>
  );
}
