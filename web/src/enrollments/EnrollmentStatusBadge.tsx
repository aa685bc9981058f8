import { useLanguage } from '../i18n/language.tsx';
import type { EnrollmentStatus } from './types.ts';

export function EnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const { t } = useLanguage();
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {t(`enrollmentStatus.${status}`)}
    </span>
  );
}
