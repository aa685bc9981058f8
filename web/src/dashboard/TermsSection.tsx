import type { ListOf } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { formatDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import type { TermsListingView } from '../terms/types.ts';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

/** The terms Klasse knows and their versions (GET /api/terms): the built-in five and providers' own. */
export function TermsSection() {
  const { t, locale } = useLanguage();
  const { result, reload } = useApi<ListOf<TermsListingView>>('/api/terms');
  return (
    <Section title={t('termsList.title')} actions={<Link to="/terms">{t('terms.title')}</Link>}>
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('terms.none')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('termsList.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('termsList.name')}</th>
                    <th scope="col">{t('termsList.key')}</th>
                    <th scope="col">{t('termsList.versions')}</th>
                    <th scope="col">{t('termsList.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((listing) => (
                    <tr key={listing.provider}>
                      <td>{listing.name}</td>
                      <td className="code">{listing.provider}</td>
                      <td className="nowrap">
                        {listing.versions
                          .map(
                            (v) =>
                              `${v.version} (${t('terms.version.from', { date: formatDate(v.effectiveFrom, locale) })})`,
                          )
                          .join(', ')}
                      </td>
                      <td>{listing.builtIn ? t('termsList.builtIn') : t('termsList.own')}</td>
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
