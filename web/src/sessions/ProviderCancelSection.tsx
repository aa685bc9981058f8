import { useId, useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { formatInstantIn } from '../catalog/session-time.ts';
import type { SessionDetail } from '../catalog/types.ts';
import { ChangeDecision } from '../enrollments/ChangeDecision.tsx';
import { ENROLLMENT_STATUS_ORDER } from '../enrollments/EnrollmentListPage.tsx';
import type { EnrollmentStatus, SessionCancelResult, SessionGoNoGo } from '../enrollments/types.ts';
import { formatDate, formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';
import { Section } from '../ui/Section.tsx';
import { GoNoGoBadge } from './GoNoGoBadge.tsx';

const STATUS_WORDS: readonly string[] = ENROLLMENT_STATUS_ORDER;
const isStatus = (status: string): status is EnrollmentStatus => STATUS_WORDS.includes(status);

const REASONS = ['too_few_participants', 'instructor_unavailable', 'force_majeure', 'other'] as const;
type Reason = (typeof REASONS)[number];

/**
 * Go/no-go for one session and the provider's cancellation (issue 4, item 6): booked against the
 * minimum with the same go/no-go badge as the planning list (issue 12, item 15), the notice
 * deadline from the terms (e.g. vapro-leverings-en-betalingsvoorwaarden#15.2: 5 working days), the refund each enrollment gets and
 * the alternative sessions offered, all shown before staff confirm.
 */
export function ProviderCancelSection({
  session,
  learnerNames,
  done,
  onCancelled,
}: {
  session: SessionDetail;
  /** Enrollment id -> learner name, from the session's enrollment list. */
  learnerNames: Record<string, string>;
  /** The outcome of a cancellation made on this page; held by the page, which reloads the session. */
  done: SessionCancelResult | null;
  onCancelled: (outcome: SessionCancelResult) => void;
}) {
  const { t, locale } = useLanguage();
  const { result, reload } = useApi<SessionGoNoGo>(`/api/sessions/${session.id}/go-no-go`);
  return (
    <Section title={t('providerCancel.title')}>
      {done ? (
        <div role="status">
          <p className="notice">
            {t('providerCancel.done', {
              count: done.released.length,
              refund: formatEuros(done.refundTotalCents, locale),
            })}
          </p>
          {done.noticeInTime ? null : <p>{t('providerCancel.noticeLate')}</p>}
        </div>
      ) : null}
      <Loaded result={result} reload={reload}>
        {(goNoGo) => (
          <GoNoGoView
            goNoGo={goNoGo}
            learnerNames={learnerNames}
            session={session}
            onCancelled={(outcome) => {
              reload();
              onCancelled(outcome);
            }}
          />
        )}
      </Loaded>
    </Section>
  );
}

function GoNoGoView({
  goNoGo,
  learnerNames,
  session,
  onCancelled,
}: {
  goNoGo: SessionGoNoGo;
  learnerNames: Record<string, string>;
  session: SessionDetail;
  onCancelled: (outcome: SessionCancelResult) => void;
}) {
  const { t, locale } = useLanguage();
  const timeZone = session.provider.timeZone;
  const [reason, setReason] = useState<Reason>(
    goNoGo.goNoGo.shortBy > 0 ? 'too_few_participants' : 'instructor_unavailable',
  );
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const checkId = useId();
  const cancellable = session.status === 'planned' || session.status === 'confirmed';

  const cancel = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await api.post<SessionCancelResult>(`/api/sessions/${session.id}/cancel`, {
        reason,
        previewedRefundCents: goNoGo.refundTotalCents,
      });
      onCancelled(result);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        <GoNoGoBadge goNoGo={goNoGo.goNoGo} />{' '}
        {t('planning.occupancyValue', {
          booked: goNoGo.booked,
          capacity: goNoGo.capacity,
          min: goNoGo.minParticipants,
        })}
      </p>
      <p>
        {goNoGo.goNoGo.noticeDeadline
          ? t('providerCancel.deadline', { date: formatDate(goNoGo.goNoGo.noticeDeadline, locale) })
          : t('providerCancel.noDeadline')}{' '}
        {goNoGo.goNoGo.state === 'no_go_deadline_passed' ? (
          <strong>{t('providerCancel.deadlinePassed')}</strong>
        ) : null}
      </p>
      <ChangeDecision
        decision={goNoGo.decision}
        terms={goNoGo.terms}
        feeLabel={t('providerCancel.refundTotal')}
      />

      {cancellable ? (
        <>
          <h3>{t('providerCancel.refunds')}</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('myEnrollments.learner')}</th>
                  <th scope="col">{t('myEnrollments.status')}</th>
                  <th scope="col" className="numeric">
                    {t('ledgerKind.refund')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {goNoGo.enrollments.map((e) => (
                  <tr key={e.enrollmentId}>
                    <td>
                      <Link to={`/enrollments/${e.enrollmentId}`}>
                        {learnerNames[e.enrollmentId] ?? e.learnerId}
                      </Link>
                    </td>
                    <td>{isStatus(e.status) ? t(`enrollmentStatus.${e.status}`) : e.status}</td>
                    <td className="numeric">{formatEuros(e.refundCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('providerCancel.refundTotal')}
                  </th>
                  <td className="numeric" data-testid="refund-total">
                    {formatEuros(goNoGo.refundTotalCents, locale)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>

          <h3>{t('providerCancel.alternatives')}</h3>
          {goNoGo.alternatives.length === 0 ? (
            <p className="muted">{t('providerCancel.alternatives.none')}</p>
          ) : (
            <ul>
              {goNoGo.alternatives.map((a) => (
                <li key={a.id}>
                  <Link to={`/planning/${a.id}`}>{a.code}</Link>
                  {`, ${formatInstantIn(a.startsAt, locale, timeZone)}, `}
                  {t('sessionInfo.seatsLeft').toLowerCase()}: {a.seatsLeft}
                </li>
              ))}
            </ul>
          )}

          <div className="field narrow">
            <label htmlFor="provider-cancel-reason">{t('providerCancel.reason')}</label>
            <select
              id="provider-cancel-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value as Reason)}
            >
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`providerCancel.reason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field check">
            <input
              id={checkId}
              type="checkbox"
              checked={understood}
              onChange={(e) => setUnderstood(e.target.checked)}
            />
            <label htmlFor={checkId}>
              {t('providerCancel.confirmCheck', { count: goNoGo.enrollments.length })}
            </label>
          </div>
          {problem ? <ProblemMessage problem={problem} /> : null}
          <button type="button" className="button danger" disabled={busy || !understood} onClick={cancel}>
            {busy ? t('providerCancel.confirming') : t('providerCancel.confirm')}
          </button>
        </>
      ) : (
        <p className="muted">{t('providerCancel.unavailable')}</p>
      )}
    </>
  );
}
