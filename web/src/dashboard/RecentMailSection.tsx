import type { MailList } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';
import { MailTable } from '../mail/MailTable.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

export function RecentMailSection() {
  const { t } = useLanguage();
  const { result, reload } = useApi<MailList>('/api/mails?limit=5');
  return (
    <Section title={t('mail.recent')} actions={<Link to="/mail">{t('mail.all')}</Link>}>
      <Loaded result={result} reload={reload}>
        {(list) =>
          list.items.length === 0 ? (
            <p className="muted">{t('mail.empty')}</p>
          ) : (
            <MailTable items={list.items} caption={t('mail.recent')} />
          )
        }
      </Loaded>
    </Section>
  );
}
