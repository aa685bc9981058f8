import type { Product } from '../catalog/types.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ListChoice, Pager, usePagedList } from '../ui/paged-list.tsx';
import { PRODUCT_TYPES } from './product-form.ts';

const SORTS = ['name', 'code', 'price', '-price', 'type'] as const;
const STATES = ['all', 'published', 'archived'] as const;

/** Staff's products (issue 8): search, filter by type and state, sort, page; a card each on a phone. */
export function ProductsPage() {
  const { t, language, locale } = useLanguage();
  const list = usePagedList<Product, { q: string; type: string; state: string; sort: string }>(
    '/api/products',
    {
      q: '',
      type: '',
      state: 'all',
      sort: 'name',
    },
  );
  return (
    <>
      <PageTitle>{t('products.title')}</PageTitle>
      <p className="button-row">
        <Link to="/products/new" className="button primary">
          {t('products.new')}
        </Link>
      </p>
      <form className="card list-filters" onSubmit={list.apply} aria-label={t('staffList.filters')}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="products-q">{t('staffList.search')}</label>
            <input
              id="products-q"
              type="search"
              value={list.draft.q}
              onChange={(e) => list.change('q', e.target.value)}
            />
          </div>
          <ListChoice
            id="products-type"
            label={t('catalogPage.type')}
            value={list.draft.type}
            options={[
              { value: '', label: t('catalogPage.type.all') },
              ...PRODUCT_TYPES.map((type) => ({
                value: type,
                label: PRODUCT_TYPE_LABELS[language][type] ?? type,
              })),
            ]}
            onChange={(value) => list.change('type', value, true)}
          />
          <ListChoice
            id="products-state"
            label={t('products.state')}
            value={list.draft.state}
            options={STATES.map((s) => ({ value: s, label: t(`products.state.${s}`) }))}
            onChange={(value) => list.change('state', value, true)}
          />
          <ListChoice
            id="products-sort"
            label={t('staffList.sort')}
            value={list.draft.sort}
            options={SORTS.map((s) => ({ value: s, label: t(`products.sort.${s}`) }))}
            onChange={(value) => list.change('sort', value, true)}
          />
        </div>
        <button type="submit" className="button secondary">
          {t('staffList.apply')}
        </button>
      </form>
      <Loaded result={list.result} reload={list.reload}>
        {({ items, total }) =>
          items.length === 0 ? (
            <p>{t('products.none')}</p>
          ) : (
            <>
              <p className="result-count">{t('staffList.count', { count: total })}</p>
              <table className="card-table">
                <thead>
                  <tr>
                    <th scope="col">{t('catalog.name')}</th>
                    <th scope="col">{t('catalog.code')}</th>
                    <th scope="col">{t('catalog.type')}</th>
                    <th scope="col" className="numeric">
                      {t('catalogPage.price')}
                    </th>
                    <th scope="col">{t('product.vat')}</th>
                    <th scope="col">{t('products.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((p) => (
                    <tr key={p.id}>
                      <td className="card-title" data-label={t('catalog.name')}>
                        <Link to={`/products/${p.id}`}>{p.name}</Link>
                      </td>
                      <td className="code" data-label={t('catalog.code')}>
                        {p.code}
                      </td>
                      <td data-label={t('catalog.type')}>{PRODUCT_TYPE_LABELS[language][p.type]}</td>
                      <td className="numeric" data-label={t('catalogPage.price')}>
                        {formatEuros(p.priceCents, locale)}
                      </td>
                      <td data-label={t('product.vat')}>{t(`vat.${p.vatCode}`)}</td>
                      <td data-label={t('products.state')}>
                        <span className={`badge badge-${p.published ? 'published' : 'archived'}`}>
                          {t(p.published ? 'products.state.published' : 'products.state.archived')}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager total={total} offset={list.offset} limit={list.limit} onPage={list.setOffset} />
            </>
          )
        }
      </Loaded>
    </>
  );
}
