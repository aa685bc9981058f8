import { useState } from 'react';
import { useApi } from '../api/useApi.ts';
import { LocationText } from '../catalog/SessionBits.tsx';
import { formatInstantIn, formatSessionTime } from '../catalog/session-time.ts';
import type { SessionDetail } from '../catalog/types.ts';
import { EnrollmentTable } from '../enrollments/EnrollmentListPage.tsx';
import type { EnrollmentList, SessionCancelResult, WaitingList } from '../enrollments/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { Section } from '../ui/Section.tsx';
import { ProviderCancelSection } from './ProviderCancelSection.tsx';
import { SessionActions } from './SessionActions.tsx';

/**
 * One session for staff (issue 4, item 7): its facts, who is enrolled, who waits and in which order,
 * and go/no-go with the provider's cancellation (alternatives offered, refunds recorded).
 */
export function StaffSessionPage({ params }: PageProps) {
  const { t } = useLanguage();
  const id = encodeURIComponent(params.id ?? '');
  const session = useApi<SessionDetail>(`/api/sessions/${id}`);
  const [cancelled, setCancelled] = useState<SessionCancelResult | null>(null);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/planning">{t('staffSession.back')}</Link>
      </p>
      <Loaded result={session.result} reload={session.reload}>
        {(s) => (
          <StaffSessionView
            session={s}
            cancelled={cancelled}
            onChanged={session.reload}
            onCancelled={(outcome) => {
              setCancelled(outcome);
              session.reload();
            }}
          />
        )}
      </Loaded>
    </>
  );
}

function StaffSessionView({
  session,
  cancelled,
  onChanged,
  onCancelled,
}: {
  session: SessionDetail;
  cancelled: SessionCancelResult | null;
  onChanged: () => void;
  onCancelled: (outcome: SessionCancelResult) => void;
}) {
  const { t, locale } = useLanguage();
  const timeZone = session.provider.timeZone;
  const enrollments = useApi<EnrollmentList>(`/api/enrollments?session=${session.id}&limit=200`);
  const waiting = useApi<WaitingList>(`/api/sessions/${session.id}/waiting-list`);
  return (
    <>
      <PageTitle>{t('staffSession.title', { code: session.code })}</PageTitle>
      <div className="card">
        <dl className="facts">
          <dt>{t('planning.product')}</dt>
          <dd>{session.product.name}</dd>
          <dt>{t('sessionInfo.when')}</dt>
          <dd>{formatSessionTime(session.startsAt, session.endsAt, locale, timeZone)}</dd>
          <dt>{t('sessionInfo.where')}</dt>
          <dd>
            <LocationText location={session.location} />
          </dd>
          <dt>{t('staffSession.booked')}</dt>
          <dd>
            {t('sessionInfo.seatsLeftCount', {
              count: session.capacity - session.seatsLeft,
              capacity: session.capacity,
            })}
          </dd>
          <dt>{t('sessionInfo.status')}</dt>
          <dd>{t(`sessionInfo.status.${session.status}`)}</dd>
          {session.instructorName ? (
            <>
              <dt>{t('staffSession.instructor')}</dt>
              <dd>{session.instructorName}</dd>
            </>
          ) : null}
        </dl>
        <p>
          <Link to={`/sessions/${session.id}`}>{t('staffSession.publicPage')}</Link>
        </p>
        <SessionActions session={session} onChanged={onChanged} />
      </div>

      <Section title={t('staffSession.enrollments')}>
        <Loaded result={enrollments.result} reload={enrollments.reload}>
          {(list) => <EnrollmentTable list={list} showLearner />}
        </Loaded>
      </Section>

      <Section title={t('staffSession.waitingList')}>
        <Loaded result={waiting.result} reload={waiting.reload}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="muted">{t('staffSession.waitingList.none')}</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">{t('myEnrollments.learner')}</th>
                      <th scope="col">{t('myEnrollments.status')}</th>
                      <th scope="col">{t('staffSession.waitingList.since')}</th>
                      <th scope="col">{t('staffSession.waitingList.offerUntil')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((w, i) => (
                      <tr key={w.enrollmentId}>
                        <td className="numeric">{i + 1}</td>
                        <td>
                          <Link to={`/enrollments/${w.enrollmentId}`}>{w.learnerName}</Link>{' '}
                          <span className="muted">({w.learnerEmail})</span>
                        </td>
                        <td>{t(`enrollmentStatus.${w.status}`)}</td>
                        <td>{w.waitlistedAt ? formatInstantIn(w.waitlistedAt, locale, timeZone) : '–'}</td>
                        <td>
                          {w.offerExpiresAt ? formatInstantIn(w.offerExpiresAt, locale, timeZone) : '–'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Loaded>
      </Section>

      <ProviderCancelSection
        session={session}
        learnerNames={
          enrollments.result.state === 'loaded'
            ? Object.fromEntries(enrollments.result.data.items.map((e) => [e.id, e.learnerName]))
            : {}
        }
        done={cancelled}
        onCancelled={onCancelled}
      />
    </>
  );
}
