/**
 * The public catalog's filters as the address holds them (?q=vca&type=exam&city=Utrecht&from=...&to=...),
 * so a search can be bookmarked and shared. Only known keys and well-formed values are kept.
 */
export interface CatalogFilters {
  q: string;
  type: string;
  city: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: CatalogFilters = { q: '', type: '', city: '', from: '', to: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromSearch(search: string): CatalogFilters {
  const params = new URLSearchParams(search);
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    q: (params.get('q') ?? '').trim(),
    type: (params.get('type') ?? '').trim(),
    city: (params.get('city') ?? '').trim(),
    from: date('from'),
    to: date('to'),
  };
}

/** The query string of the filters that are set, in a fixed order; '' when none is. */
export function filtersToSearch(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'type', 'city', 'from', 'to'] as const) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a filter on sessions (place or dates) is set, beyond the product's own name and type. */
export function filtersSessions(filters: CatalogFilters): boolean {
  return filters.city !== '' || filters.from !== '' || filters.to !== '';
}

/** 'from' after 'to' is a mistake the form names before asking the server. */
export function datesInOrder(filters: CatalogFilters): boolean {
  return !(filters.from && filters.to && filters.from > filters.to);
}
