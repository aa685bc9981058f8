import { useState } from 'react';
import { STAFF_ROLES } from '../api/roles.ts';
import { useApi } from '../api/useApi.ts';
import { useDisplayTimeZone } from '../catalog/SessionTable.tsx';
import { formatInstantIn } from '../catalog/session-time.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { EnrollmentStatusBadge } from './EnrollmentStatusBadge.tsx';
import type { EnrollmentList, EnrollmentStatus } from './types.ts';

export const ENROLLMENT_STATUS_ORDER: readonly EnrollmentStatus[] = [
  'pending_approval',
  'confirmed',
  'waitlisted',
  'offered',
  'cancellation_pending',
  'cancelled',
  'rescheduled',
  'released',
  'rejected',
  'completed',
];

/**
 * "My enrollments" (issue 4, item 7): a learner's own, a customer admin's company's, staff their
 * provider's; each with its status, and a link to its page where it can be changed.
 */
export function EnrollmentListPage() {
  const { t } = useLanguage();
  const me = useMe();
  const [status, setStatus] = useState<EnrollmentStatus | ''>('');
  const { result, reload } = useApi<EnrollmentList>(
    `/api/enrollments?limit=200${status ? `&status=${status}` : ''}`,
  );
  const role = me.user.role;
  const intro =
    role === 'learner'
      ? t('myEnrollments.intro.learner')
      : role === 'customer_admin'
        ? t('myEnrollments.intro.customer')
        : t('myEnrollments.intro.staff');
  return (
    <>
      <PageTitle>{t('myEnrollments.title')}</PageTitle>
      <p className="lead">{intro}</p>
      <div className="field narrow">
        <label htmlFor="enrollments-status">{t('myEnrollments.status')}</label>
        <select
          id="enrollments-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as EnrollmentStatus | '')}
        >
          <option value="">{t('myEnrollments.status.all')}</option>
          {ENROLLMENT_STATUS_ORDER.map((s) => (
            <option key={s} value={s}>
              {t(`enrollmentStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <Loaded result={result} reload={reload}>
        {(list) => (
          <div className="card">
            <EnrollmentTable list={list} showLearner={role !== 'learner'} />
          </div>
        )}
      </Loaded>
      {STAFF_ROLES.includes(role) ? null : (
        <p>
          <Link to="/catalog">{t('myEnrollments.toCatalog')}</Link>
        </p>
      )}
    </>
  );
}

export function EnrollmentTable({ list, showLearner }: { list: EnrollmentList; showLearner: boolean }) {
  const { t, locale } = useLanguage();
  const timeZone = useDisplayTimeZone();
  if (list.items.length === 0) return <p>{t('myEnrollments.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('myEnrollments.count', { count: list.total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myEnrollments.product')}</th>
            {showLearner ? <th scope="col">{t('myEnrollments.learner')}</th> : null}
            <th scope="col">{t('myEnrollments.start')}</th>
            <th scope="col">{t('myEnrollments.session')}</th>
            <th scope="col">{t('myEnrollments.status')}</th>
            <th scope="col" className="numeric">
              {t('myEnrollments.price')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((e) => (
            <tr key={e.id}>
              <td>
                <Link to={`/enrollments/${e.id}`}>{e.productName}</Link>
              </td>
              {showLearner ? <td>{e.learnerName}</td> : null}
              <td className="nowrap">{formatInstantIn(e.sessionStartsAt, locale, timeZone)}</td>
              <td className="code">{e.sessionCode}</td>
              <td>
                <EnrollmentStatusBadge status={e.status} />
              </td>
              <td className="numeric">{formatEuros(e.priceCents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
