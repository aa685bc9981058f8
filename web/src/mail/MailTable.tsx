import type { MailSummary } from '../api/types.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { MailStatus } from './MailStatus.tsx';

export function MailTable({ items, caption }: { items: MailSummary[]; caption: string }) {
  const { t, locale } = useLanguage();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mail.subject')}</th>
            <th scope="col">{t('mail.to')}</th>
            <th scope="col">{t('mail.status')}</th>
            <th scope="col">{t('mail.created')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td>
                <Link to={`/mail/${m.id}`}>{m.subject}</Link>
              </td>
              <td>{m.to}</td>
              <td>
                <MailStatus status={m.status} />
              </td>
              <td>{formatDateTime(m.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
