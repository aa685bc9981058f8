import type { Location } from '../catalog/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ListChoice, Pager, usePagedList } from '../ui/paged-list.tsx';

const SORTS = ['name', '-name', 'city', '-city'] as const;

/** Staff's locations (issue 8): search by name, city or street, sort, page; a card each on a phone. */
export function LocationsPage() {
  const { t } = useLanguage();
  const list = usePagedList<Location, { q: string; sort: string }>('/api/locations', { q: '', sort: 'name' });
  return (
    <>
      <PageTitle>{t('locations.title')}</PageTitle>
      <p className="button-row">
        <Link to="/locations/new" className="button primary">
          {t('locations.new')}
        </Link>
      </p>
      <form className="card list-filters" onSubmit={list.apply} aria-label={t('staffList.filters')}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="locations-q">{t('staffList.search')}</label>
            <input
              id="locations-q"
              type="search"
              value={list.draft.q}
              onChange={(e) => list.change('q', e.target.value)}
            />
          </div>
          <ListChoice
            id="locations-sort"
            label={t('staffList.sort')}
            value={list.draft.sort}
            options={SORTS.map((s) => ({ value: s, label: t(`locations.sort.${s}`) }))}
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
            <p>{t('locations.none')}</p>
          ) : (
            <>
              <p className="result-count">{t('staffList.count', { count: total })}</p>
              <table className="card-table">
                <thead>
                  <tr>
                    <th scope="col">{t('location.name')}</th>
                    <th scope="col">{t('location.street')}</th>
                    <th scope="col">{t('location.city')}</th>
                    <th scope="col">{t('location.country')}</th>
                    <th scope="col">{t('location.onlineUrl')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((l) => (
                    <tr key={l.id}>
                      <td className="card-title" data-label={t('location.name')}>
                        <Link to={`/locations/${l.id}`}>{l.name}</Link>
                      </td>
                      <td data-label={t('location.street')}>
                        {[l.street, l.postalCode].filter(Boolean).join(', ') || '–'}
                      </td>
                      <td data-label={t('location.city')}>{l.city}</td>
                      <td data-label={t('location.country')}>{l.country}</td>
                      <td data-label={t('location.onlineUrl')}>{l.onlineUrl ? t('catalog.yes') : '–'}</td>
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
