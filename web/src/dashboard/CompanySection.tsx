import type { Customer } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

/** The customer admin's own company, as GET /api/customers/:id returns it. */
export function CompanySection({ customerId }: { customerId: string }) {
  const { t } = useLanguage();
  const { result, reload } = useApi<Customer>(`/api/customers/${encodeURIComponent(customerId)}`);
  const none = <span className="muted">{t('company.none')}</span>;
  return (
    <Section title={t('company.title')}>
      <Loaded result={result} reload={reload}>
        {(c) => (
          <dl className="facts">
            <dt>{t('company.name')}</dt>
            <dd>{c.name}</dd>
            <dt>{t('company.address')}</dt>
            <dd>
              {c.street}
              <br />
              {c.postalCode} {c.city}, {c.country}
            </dd>
            <dt>{t('company.chamberOfCommerce')}</dt>
            <dd>{c.chamberOfCommerceNumber ?? none}</dd>
            <dt>{t('company.vat')}</dt>
            <dd>{c.vatNumber ?? none}</dd>
            <dt>{t('company.billingEmail')}</dt>
            <dd>{c.billingEmail}</dd>
          </dl>
        )}
      </Loaded>
    </Section>
  );
}
