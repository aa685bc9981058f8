import type { ListOf, Product } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

/** The products of the user's provider, as GET /api/catalog returns them. */
export function CatalogSection({ showUnpublished }: { showUnpublished: boolean }) {
  const { t, language, locale } = useLanguage();
  const { result, reload } = useApi<ListOf<Product>>('/api/catalog');
  return (
    <Section title={t('catalog.title')}>
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('catalog.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('catalog.count', { count: items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('catalog.code')}</th>
                    <th scope="col">{t('catalog.name')}</th>
                    <th scope="col">{t('catalog.type')}</th>
                    <th scope="col" className="numeric">
                      {t('catalog.price')}
                    </th>
                    {showUnpublished ? <th scope="col">{t('catalog.published')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.id}>
                      <td className="code">{p.code}</td>
                      <td>{p.name}</td>
                      <td>{PRODUCT_TYPE_LABELS[language][p.type] ?? p.type}</td>
                      <td className="numeric">{formatEuros(p.priceCents, locale)}</td>
                      {showUnpublished ? <td>{p.published ? t('catalog.yes') : t('catalog.no')}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <p>
        <Link to="/catalog">{t('catalog.toCatalog')}</Link>
      </p>
    </Section>
  );
}
