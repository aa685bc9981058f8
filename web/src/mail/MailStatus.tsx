import type { MailSummary } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';

export function MailStatus({ status }: { status: MailSummary['status'] }) {
  const { t } = useLanguage();
  return <span className={`badge badge-${status}`}>{t(`mail.status.${status}`)}</span>;
}
