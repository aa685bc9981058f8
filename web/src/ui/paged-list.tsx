/**
 * A staff list page's state (issue 8): the filters being typed, the ones applied, the page shown,
 * and the GET that fetches that page ({ items, total } with limit and offset).
 */
import { type FormEvent, useState } from 'react';
import { type Loadable, useApi } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';

export interface PageOf<T> {
  items: T[];
  total: number;
}

export function usePagedList<T, F extends Record<string, string>>(path: string, initial: F, limit = 25) {
  const [draft, setDraft] = useState(initial);
  const [applied, setApplied] = useState(initial);
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams([
    ...Object.entries(applied).filter(([, v]) => v !== ''),
    ['limit', String(limit)],
    ['offset', String(offset)],
  ]);
  const { result, reload } = useApi<PageOf<T>>(`${path}?${query}`);
  return {
    draft,
    /** Changes one filter; a select applies at once, text waits for the search button. */
    change: (name: keyof F, value: string, applyNow = false) => {
      const next = { ...draft, [name]: value };
      setDraft(next);
      if (applyNow) {
        setApplied(next);
        setOffset(0);
      }
    },
    apply: (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setApplied(draft);
      setOffset(0);
    },
    offset,
    setOffset,
    limit,
    result: result as Loadable<PageOf<T>>,
    reload,
  };
}

/** One filter or sort of a staff list: a labelled select whose choice applies at once. */
export function ListChoice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "1–25 of 60" with previous and next; nothing when everything fits on one page. */
export function Pager({
  total,
  offset,
  limit,
  onPage,
}: {
  total: number;
  offset: number;
  limit: number;
  onPage: (offset: number) => void;
}) {
  const { t } = useLanguage();
  if (total <= limit && offset === 0) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav className="pager button-row" aria-label={t('pager.label')}>
      <button
        type="button"
        className="button secondary"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        {t('pager.previous')}
      </button>
      <span role="status">{t('pager.range', { first: total === 0 ? 0 : offset + 1, last, total })}</span>
      <button
        type="button"
        className="button secondary"
        disabled={last >= total}
        onClick={() => onPage(offset + limit)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
