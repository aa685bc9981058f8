import { type FormEvent, useState } from 'react';
import type { ListOf } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { PRODUCT_TYPE_LABELS } from '../i18n/dictionary.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import {
  type CatalogFilters,
  datesInOrder,
  EMPTY_FILTERS,
  filtersFromSearch,
  filtersSessions,
  filtersToSearch,
} from './catalog-filters.ts';
import { SessionTable } from './SessionTable.tsx';
import type { CatalogItem } from './types.ts';

const SEARCHABLE_TYPES = ['classroom', 'practical', 'workshop', 'exam', 'elearning', 'textbook', 'package'];

/** Duration in the unit a reader expects: minutes under two hours, else hours. */
export function durationText(minutes: number | null, t: ReturnType<typeof useLanguage>['t']): string {
  if (minutes === null) return '–';
  return minutes < 120
    ? t('catalogPage.minutes', { count: minutes })
    : t('catalogPage.hours', { count: Math.round((minutes / 60) * 10) / 10 });
}

/**
 * The public catalog (issue 4, item 1): anyone, logged in or not, searches by name or code and
 * type, and narrows by city and dates, which are facts of the sessions rather than the product.
 */
export function CatalogPage() {
  const { t } = useLanguage();
  const [draft, setDraft] = useState<CatalogFilters>(() => filtersFromSearch(window.location.search));
  const [applied, setApplied] = useState<CatalogFilters>(draft);
  const [dateError, setDateError] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!datesInOrder(draft)) {
      setDateError(true);
      document.getElementById('catalog-to')?.focus();
      return;
    }
    setDateError(false);
    setApplied(draft);
    window.history.replaceState(null, '', `/catalog${filtersToSearch(draft)}`);
  };
  const reset = () => {
    setDraft(EMPTY_FILTERS);
    setApplied(EMPTY_FILTERS);
    setDateError(false);
    window.history.replaceState(null, '', '/catalog');
  };
  const field = (key: keyof CatalogFilters) => ({
    id: `catalog-${key}`,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value })),
  });

  return (
    <>
      <PageTitle>{t('catalogPage.title')}</PageTitle>
      <p className="lead">{t('catalogPage.intro')}</p>
      <search className="card" aria-label={t('catalogPage.filters')}>
        <form onSubmit={submit} noValidate>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="catalog-q">{t('catalogPage.q')}</label>
              <input type="search" {...field('q')} aria-describedby="catalog-q-hint" />
              <p id="catalog-q-hint" className="field-hint">
                {t('catalogPage.q.hint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="catalog-type">{t('catalogPage.type')}</label>
              <TypeSelect {...field('type')} />
            </div>
            <div className="field">
              <label htmlFor="catalog-city">{t('catalogPage.city')}</label>
              <input type="text" autoComplete="address-level2" {...field('city')} />
            </div>
            <div className="field">
              <label htmlFor="catalog-from">{t('catalogPage.from')}</label>
              <input type="date" {...field('from')} />
            </div>
            <div className="field">
              <label htmlFor="catalog-to">{t('catalogPage.to')}</label>
              <input
                type="date"
                {...field('to')}
                aria-invalid={dateError ? true : undefined}
                aria-describedby={dateError ? 'catalog-to-error' : undefined}
              />
              {dateError ? (
                <p id="catalog-to-error" className="field-error">
                  {t('catalogPage.error.dates')}
                </p>
              ) : null}
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button primary">
              {t('catalogPage.search')}
            </button>
            <button type="button" className="button secondary" onClick={reset}>
              {t('catalogPage.reset')}
            </button>
          </div>
        </form>
      </search>
      <ProductResults filters={applied} />
    </>
  );
}

function TypeSelect(props: {
  id: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
}) {
  const { t, language } = useLanguage();
  return (
    <select {...props}>
      <option value="">{t('catalogPage.type.all')}</option>
      {SEARCHABLE_TYPES.map((type) => (
        <option key={type} value={type}>
          {PRODUCT_TYPE_LABELS[language][type] ?? type}
        </option>
      ))}
    </select>
  );
}

function ProductResults({ filters }: { filters: CatalogFilters }) {
  const { t } = useLanguage();
  const { result, reload } = useApi<ListOf<CatalogItem>>(`/api/catalog${filtersToSearch(filters)}`);
  return (
    <Loaded result={result} reload={reload}>
      {({ items }) => (
        <section aria-labelledby="catalog-results">
          <h2 id="catalog-results" className="result-count" aria-live="polite">
            {t('catalogPage.results', { count: items.length })}
          </h2>
          {items.length === 0 ? <p>{t('catalogPage.none')}</p> : null}
          <ul className="product-grid">
            {items.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} sessionFilter={filtersSessions(filters)} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Loaded>
  );
}

function ProductCard({ product, sessionFilter }: { product: CatalogItem; sessionFilter: boolean }) {
  const { t, language, locale } = useLanguage();
  return (
    <article className="card product-card">
      <p className="product-type">{PRODUCT_TYPE_LABELS[language][product.type] ?? product.type}</p>
      <h3>
        <Link to={`/catalog/${product.id}`}>{product.name}</Link>
      </h3>
      <p className="muted code">{product.code}</p>
      {product.description ? <p className="product-summary">{product.description}</p> : null}
      <dl className="facts">
        <dt>{t('catalogPage.price')}</dt>
        <dd>{formatEuros(product.priceCents, locale)}</dd>
        <dt>{t('catalogPage.duration')}</dt>
        <dd>{durationText(product.durationMinutes, t)}</dd>
      </dl>
      {product.upcomingSessions.length > 0 ? (
        <SessionTable
          sessions={product.upcomingSessions}
          caption={t(sessionFilter ? 'catalogPage.sessionsFound' : 'product.sessions')}
          compact
        />
      ) : null}
    </article>
  );
}
