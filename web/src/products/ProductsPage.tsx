import type { Product } from '../catalog/types.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { Pager, usePagedList } from '../ui/paged-list.tsx';
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
          <div className="field">
            <label htmlFor="products-type">{t('catalogPage.type')}</label>
            <select
              id="products-type"
              value={list.draft.type}
              onChange={(e) => list.change('type', e.target.value, true)}
            >
              <option value="">{t('catalogPage.type.all')}</option>
              {PRODUCT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {PRODUCT_TYPE_LABELS[language][type]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="products-state">{t('products.state')}</label>
            <select
              id="products-state"
              value={list.draft.state}
              onChange={(e) => list.change('state', e.target.value, true)}
            >
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`products.state.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="products-sort">{t('staffList.sort')}</label>
            <select
              id="products-sort"
              value={list.draft.sort}
              onChange={(e) => list.change('sort', e.target.value, true)}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`products.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
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
