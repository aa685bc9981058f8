import { useApi } from '../api/useApi.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { PageProps } from '../routes.ts';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { Section } from '../ui/Section.tsx';
import { durationText } from './CatalogPage.tsx';
import { ProductFacts } from './ProductFacts.tsx';
import { SessionTable } from './SessionTable.tsx';
import type { CatalogDetail } from './types.ts';

/** One product of the public catalog: what it is, what it needs, and its upcoming sessions. */
export function ProductPage({ params }: PageProps) {
  const { t } = useLanguage();
  const { result, reload } = useApi<CatalogDetail>(`/api/catalog/${encodeURIComponent(params.id ?? '')}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/catalog">{t('product.back')}</Link>
      </p>
      <Loaded result={result} reload={reload}>
        {(product) => <ProductView product={product} />}
      </Loaded>
    </>
  );
}

function ProductView({ product }: { product: CatalogDetail }) {
  const { t, language, locale } = useLanguage();
  return (
    <>
      <PageTitle>{product.name}</PageTitle>
      <dl className="facts lead-facts">
        <dt>{t('catalogPage.type')}</dt>
        <dd>{PRODUCT_TYPE_LABELS[language][product.type] ?? product.type}</dd>
        <dt>{t('sessionInfo.code')}</dt>
        <dd className="code">{product.code}</dd>
        <dt>{t('catalogPage.price')}</dt>
        <dd>{formatEuros(product.priceCents, locale)}</dd>
        <dt>{t('catalogPage.duration')}</dt>
        <dd>{durationText(product.durationMinutes, t)}</dd>
      </dl>
      <Section title={t('product.sessions')}>
        {product.upcomingSessions.length === 0 ? (
          <p className="muted">{t('product.noSessions')}</p>
        ) : (
          <SessionTable sessions={product.upcomingSessions} caption={t('product.sessions')} />
        )}
      </Section>
      <ProductFacts product={product} components={product.components} prerequisites={product.prerequisites} />
    </>
  );
}
