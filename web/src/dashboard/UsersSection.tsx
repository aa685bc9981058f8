import type { ListOf, User } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

/** A dashboard shows the first users only; a users page (a later issue) lists and searches them all. */
const SHOWN = 12;

/** The users GET /api/users lets this user see: the provider's for staff, the company's for a customer admin. */
export function UsersSection({ title }: { title: string }) {
  const { t, roleLabel } = useLanguage();
  const { result, reload } = useApi<ListOf<User>>('/api/users');
  return (
    <Section title={title}>
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('users.empty')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('users.name')}</th>
                      <th scope="col">{t('users.email')}</th>
                      <th scope="col">{t('users.role')}</th>
                      <th scope="col">{t('users.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.slice(0, SHOWN).map((u) => (
                      <tr key={u.id}>
                        <td>{u.name}</td>
                        <td>{u.email}</td>
                        <td>{roleLabel(u.role)}</td>
                        <td>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted">
                {t('users.shown', { shown: Math.min(SHOWN, items.length), total: items.length })}
              </p>
            </>
          )
        }
      </Loaded>
    </Section>
  );
}
