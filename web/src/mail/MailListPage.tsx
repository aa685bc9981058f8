import { useState } from 'react';
import type { MailList } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { MailTable } from './MailTable.tsx';

const PAGE_SIZE = 25;

/** The mails Klasse stored for the provider, newest first (GET /api/mails), a page at a time. */
export function MailListPage() {
  const { t } = useLanguage();
  const [offset, setOffset] = useState(0);
  const { result, reload } = useApi<MailList>(`/api/mails?limit=${PAGE_SIZE}&offset=${offset}`);
  return (
    <>
      <PageTitle>{t('mail.title')}</PageTitle>
      <p className="lead">{t('mail.intro')}</p>
      <div className="card">
        <Loaded result={result} reload={reload}>
          {(list) =>
            list.items.length === 0 ? (
              <p className="muted">{t('mail.empty')}</p>
            ) : (
              <>
                <MailTable items={list.items} caption={t('mail.total', { total: list.total })} />
                <div className="pager">
                  <p className="muted" aria-live="polite">
                    {t('mail.range', {
                      from: list.offset + 1,
                      to: list.offset + list.items.length,
                      total: list.total,
                    })}
                  </p>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={list.offset === 0}
                    onClick={() => setOffset(Math.max(0, list.offset - PAGE_SIZE))}
                  >
                    {t('mail.previous')}
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={list.offset + list.items.length >= list.total}
                    onClick={() => setOffset(list.offset + PAGE_SIZE)}
                  >
                    {t('mail.next')}
                  </button>
                </div>
              </>
            )
          }
        </Loaded>
      </div>
    </>
  );
}
