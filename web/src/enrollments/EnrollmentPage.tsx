import { useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import { STAFF_ROLES } from '../api/roles.ts';
import type { User } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { LocationText } from '../catalog/SessionBits.tsx';
import { formatInstantIn, formatSessionTime } from '../catalog/session-time.ts';
import type { SessionDetail } from '../catalog/types.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { useMe } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { EnrollmentStatusBadge } from './EnrollmentStatusBadge.tsx';
import { EventTable } from './EventTable.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { StaffEnrollmentActions } from './StaffEnrollmentActions.tsx';
import type { EnrollmentDetail, EnrollmentStatus } from './types.ts';

/** Which changes an enrollment in each status allows to start; the terms then decide the fee. */
const CHANGES_BY_STATUS: Partial<
  Record<EnrollmentStatus, readonly ('reschedule' | 'cancel' | 'substitute')[]>
> = {
  pending_approval: ['reschedule', 'cancel', 'substitute'],
  confirmed: ['reschedule', 'cancel', 'substitute'],
  waitlisted: ['cancel'],
  offered: ['cancel'],
};

/**
 * One enrollment (issue 4, item 7): its session, status, the terms accepted, every event with the
 * decision it was made under, and the amounts for the invoice; with the changes it still allows.
 */
export function EnrollmentPage({ params }: PageProps) {
  const id = encodeURIComponent(params.id ?? '');
  const { result, reload } = useApi<EnrollmentDetail>(`/api/enrollments/${id}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/enrollments">{useLanguage().t('enrollment.back')}</Link>
      </p>
      <Loaded result={result} reload={reload}>
        {(enrollment) => <EnrollmentView enrollment={enrollment} reload={reload} />}
      </Loaded>
    </>
  );
}

function EnrollmentView({ enrollment, reload }: { enrollment: EnrollmentDetail; reload: () => void }) {
  const { t, locale } = useLanguage();
  const me = useMe();
  const session = useApi<SessionDetail>(`/api/sessions/${enrollment.sessionId}`);
  const s = session.result.state === 'loaded' ? session.result.data : null;
  const timeZone = s?.provider.timeZone ?? me.provider?.timeZone ?? 'Europe/Amsterdam';
  const changes = (CHANGES_BY_STATUS[enrollment.status] ?? []).filter(
    // A colleague is sent by the company that pays (plusport-cursusvoorwaarden#14.8), or arranged by staff.
    (c) => c !== 'substitute' || me.user.role === 'customer_admin' || STAFF_ROLES.includes(me.user.role),
  );

  return (
    <>
      <PageTitle>{t('enrollment.title', { product: s?.product.name ?? '' })}</PageTitle>
      <div className="card">
        <dl className="facts">
          <dt>{t('enrollment.status')}</dt>
          <dd>
            <EnrollmentStatusBadge status={enrollment.status} />
          </dd>
          <dt>{t('enrollment.learner')}</dt>
          <dd>
            {enrollment.learnerId === me.user.id ? (
              `${me.user.name} (${me.user.email})`
            ) : (
              <LearnerName learnerId={enrollment.learnerId} />
            )}
          </dd>
          <dt>{t('enrollment.session')}</dt>
          <dd>
            {s ? (
              <>
                <Link to={`/sessions/${s.id}`}>
                  {formatSessionTime(s.startsAt, s.endsAt, locale, timeZone)}
                </Link>
                {', '}
                <LocationText location={s.location} />
              </>
            ) : (
              '…'
            )}
          </dd>
          <dt>{t('enrollment.price')}</dt>
          <dd>{formatEuros(enrollment.priceCents, locale)}</dd>
          {enrollment.purchaseOrderRef ? (
            <>
              <dt>{t('enrollment.purchaseOrder')}</dt>
              <dd>{enrollment.purchaseOrderRef}</dd>
            </>
          ) : null}
          <dt>{t('enrollment.terms')}</dt>
          <dd>
            {t('enrollment.termsAccepted', {
              key: enrollment.termsKey,
              version: enrollment.termsVersion,
              at: formatInstantIn(enrollment.termsAcceptedAt, locale, timeZone),
            })}
          </dd>
          <dt>{t('enrollment.source')}</dt>
          <dd>{t(`enrollment.source.${enrollment.source}`)}</dd>
          {enrollment.offerExpiresAt && enrollment.status === 'offered' ? (
            <>
              <dt>{t('enrollment.offerExpires')}</dt>
              <dd>{formatInstantIn(enrollment.offerExpiresAt, locale, timeZone)}</dd>
            </>
          ) : null}
          {enrollment.movedTo ? (
            <>
              <dt>{t('enrollment.movedTo')}</dt>
              <dd>
                <Link to={`/enrollments/${enrollment.movedTo}`}>{t('enrollment.openOther')}</Link>
              </dd>
            </>
          ) : null}
          {enrollment.movedFrom ? (
            <>
              <dt>{t('enrollment.movedFrom')}</dt>
              <dd>
                <Link to={`/enrollments/${enrollment.movedFrom}`}>{t('enrollment.openPrevious')}</Link>
              </dd>
            </>
          ) : null}
        </dl>
      </div>

      {enrollment.status === 'offered' ? <OfferActions enrollmentId={enrollment.id} onDone={reload} /> : null}

      {changes.length > 0 ? (
        <Section title={t('enrollment.actions')}>
          <p className="muted">{t('enrollment.actions.intro')}</p>
          <div className="button-row">
            {changes.map((c) => (
              <Link key={c} className="button secondary" to={`/enrollments/${enrollment.id}/${c}`}>
                {t(`enrollment.${c}`)}
              </Link>
            ))}
          </div>
        </Section>
      ) : null}

      {STAFF_ROLES.includes(me.user.role) ? (
        <StaffEnrollmentActions enrollment={enrollment} timeZone={timeZone} onDone={reload} />
      ) : null}

      <Section title={t('enrollment.events')}>
        <EventTable events={enrollment.events} timeZone={timeZone} />
      </Section>
      <Section title={t('enrollment.ledger')}>
        <LedgerTable lines={enrollment.ledger} />
      </Section>
    </>
  );
}

/** Another user's name as the users API shows it to this user; a dash when it may not. */
function LearnerName({ learnerId }: { learnerId: string }) {
  const { result } = useApi<User>(`/api/users/${learnerId}`);
  return <>{result.state === 'loaded' ? `${result.data.name} (${result.data.email})` : '–'}</>;
}

function OfferActions({ enrollmentId, onDone }: { enrollmentId: string; onDone: () => void }) {
  const { t } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const act = async (action: 'accept-offer' | 'decline-offer') => {
    setBusy(true);
    setProblem(null);
    try {
      await api.post(`/api/enrollments/${enrollmentId}/${action}`);
      onDone();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="card">
      {problem ? <ProblemMessage problem={problem} /> : null}
      <div className="button-row">
        <button type="button" className="button primary" disabled={busy} onClick={() => act('accept-offer')}>
          {t('enrollment.acceptOffer')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => act('decline-offer')}
        >
          {t('enrollment.declineOffer')}
        </button>
      </div>
    </div>
  );
}
