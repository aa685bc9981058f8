import type { Customer, ListOf } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

/** The customer companies of the staff member's provider (GET /api/customers). */
export function CustomersSection() {
  const { t } = useLanguage();
  const { result, reload } = useApi<ListOf<Customer>>('/api/customers');
  return (
    <Section title={t('customers.title')}>
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('customers.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('customers.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('company.name')}</th>
                    <th scope="col">{t('company.city')}</th>
                    <th scope="col">{t('company.billingEmail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td>
                      <td>{c.city}</td>
                      <td>{c.billingEmail}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </Section>
  );
}
