import { useState } from 'react';
import { ApiProblem, api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { formatInstantIn } from '../catalog/session-time.ts';
import type { EnrollmentList, EnrollmentListItem } from '../enrollments/types.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ProblemMessage } from '../ui/Problem.tsx';

/**
 * Enrollments awaiting approval (issue 4, items 3 and 7): staff approve or reject each, without
 * giving reasons (plusport-cursusvoorwaarden#3.4); approving confirms it and sends the confirmation mail.
 */
export function ApprovalsPage() {
  const { t } = useLanguage();
  const { result, reload } = useApi<EnrollmentList>('/api/enrollments?status=pending_approval&limit=200');
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <PageTitle>{t('approvals.title')}</PageTitle>
      <p className="lead">{t('approvals.intro')}</p>
      <p role="status" className={message ? 'notice' : 'visually-hidden'}>
        {message ?? ''}
      </p>
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('approvals.none')}</p>
          ) : (
            <ApprovalTable
              items={items}
              onDone={(text) => {
                setMessage(text);
                reload();
              }}
            />
          )
        }
      </Loaded>
    </>
  );
}

function ApprovalTable({
  items,
  onDone,
}: {
  items: EnrollmentListItem[];
  onDone: (message: string) => void;
}) {
  const { t, locale } = useLanguage();
  const me = useMe();
  const timeZone = me.provider?.timeZone ?? 'Europe/Amsterdam';
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const act = async (e: EnrollmentListItem, action: 'approve' | 'reject') => {
    setBusy(e.id);
    setProblem(null);
    try {
      await api.post(`/api/enrollments/${e.id}/${action}`);
      onDone(
        t(action === 'approve' ? 'approvals.done.approved' : 'approvals.done.rejected', {
          name: e.learnerName,
        }),
      );
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {problem ? <ProblemMessage problem={problem} /> : null}
      <div className="table-wrap card">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('myEnrollments.learner')}</th>
              <th scope="col">{t('myEnrollments.product')}</th>
              <th scope="col">{t('myEnrollments.session')}</th>
              <th scope="col">{t('myEnrollments.start')}</th>
              <th scope="col" className="numeric">
                {t('myEnrollments.price')}
              </th>
              <th scope="col">{t('approvals.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link to={`/enrollments/${e.id}`}>{e.learnerName}</Link>
                  <span className="muted nowrap-block">{e.learnerEmail}</span>
                </td>
                <td>{e.productName}</td>
                <td className="code">
                  <Link to={`/planning/${e.sessionId}`}>{e.sessionCode}</Link>
                </td>
                <td className="nowrap">{formatInstantIn(e.sessionStartsAt, locale, timeZone)}</td>
                <td className="numeric">{formatEuros(e.priceCents, locale)}</td>
                <td>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button primary small"
                      disabled={busy !== null}
                      aria-label={t('approvals.approveFor', { name: e.learnerName })}
                      onClick={() => act(e, 'approve')}
                    >
                      {t('approvals.approve')}
                    </button>
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={busy !== null}
                      aria-label={t('approvals.rejectFor', { name: e.learnerName })}
                      onClick={() => act(e, 'reject')}
                    >
                      {t('approvals.reject')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
