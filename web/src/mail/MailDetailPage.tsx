import type { MailDetail } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { MailStatus } from './MailStatus.tsx';

/** One stored mail (GET /api/mails/:id): its envelope, its text, and its HTML in a sandbox. */
export function MailDetailPage({ params }: PageProps) {
  const { t, locale } = useLanguage();
  const { result, reload } = useApi<MailDetail>(`/api/mails/${encodeURIComponent(params.id ?? '')}`);
  return (
    <>
      <p>
        <Link to="/mail">← {t('mail.back')}</Link>
      </p>
      <Loaded result={result} reload={reload}>
        {(mail) => (
          <>
            <PageTitle>{mail.subject}</PageTitle>
            <div className="card">
              <dl className="facts">
                <dt>{t('mail.to')}</dt>
                <dd>{mail.to}</dd>
                <dt>{t('mail.status')}</dt>
                <dd>
                  <MailStatus status={mail.status} />
                </dd>
                <dt>{t('mail.created')}</dt>
                <dd>{formatDateTime(mail.createdAt, locale)}</dd>
                {mail.sentAt ? (
                  <>
                    <dt>{t('mail.sent')}</dt>
                    <dd>{formatDateTime(mail.sentAt, locale)}</dd>
                  </>
                ) : null}
                {mail.error ? (
                  <>
                    <dt>{t('mail.error')}</dt>
                    <dd>{mail.error}</dd>
                  </>
                ) : null}
              </dl>
              {mail.ics ? <p className="muted">{t('mail.attachmentIcs')}</p> : null}
            </div>
            <section className="card" aria-label={t('mail.text')}>
              <pre className="mail-text">{mail.text}</pre>
            </section>
            {mail.html ? (
              <details className="card">
                <summary>{t('mail.html')}</summary>
                {/* An empty sandbox: the mail's HTML gets no scripts, no forms, no same-origin access. */}
                <iframe className="mail-html" title={t('mail.html')} sandbox="" srcDoc={mail.html} />
              </details>
            ) : null}
          </>
        )}
      </Loaded>
    </>
  );
}
