/** What the package-parts and prerequisite lists share: the products to choose from, a row's error. */
import { useApi } from '../api/useApi.ts';
import type { Product } from '../catalog/types.ts';
import type { Form } from '../ui/form.tsx';
import type { PageOf } from '../ui/paged-list.tsx';

/** The provider's products (the first 100 by name) that `keep` allows, for a row's select. */
export function useProviderProducts(keep: (p: Product) => boolean): Product[] {
  const { result } = useApi<PageOf<Product>>('/api/products?limit=100&sort=name');
  return result.state === 'loaded' ? result.data.items.filter(keep) : [];
}

export function RowError({ form, path }: { form: Form<Record<string, never>>; path: string }) {
  const message = form.error(path);
  return message ? <p className="field-error">{message}</p> : null;
}

let rowCount = 0;
/** A key for a new row of a list being edited, stable while rows above it are removed. */
export function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}
