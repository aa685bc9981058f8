import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Section } from '../ui/Section.tsx';

export function ProfileSection() {
  const { t, roleLabel } = useLanguage();
  const { user, provider, customer } = useMe();
  return (
    <Section title={t('dashboard.profile')}>
      <dl className="facts">
        <dt>{t('user.role')}</dt>
        <dd>{roleLabel(user.role)}</dd>
        <dt>{t('user.email')}</dt>
        <dd>{user.email}</dd>
        {provider ? (
          <>
            <dt>{t('user.provider')}</dt>
            <dd>{provider.name}</dd>
          </>
        ) : null}
        {customer ? (
          <>
            <dt>{t('user.customer')}</dt>
            <dd>{customer.name}</dd>
          </>
        ) : null}
      </dl>
    </Section>
  );
}
