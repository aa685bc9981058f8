import { type FormEvent, useState } from 'react';
import type { ListOf } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { SessionStatusBadge } from '../catalog/SessionBits.tsx';
import { formatInstantIn } from '../catalog/session-time.ts';
import type { Session, StaffSession } from '../catalog/types.ts';
import { formatEuros } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { todayIn } from '../terms/zoned-time.ts';
import { Loaded } from '../ui/Loaded.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { GoNoGoBadge } from './GoNoGoBadge.tsx';

const STATUSES: readonly Session['status'][] = ['planned', 'confirmed', 'cancelled', 'completed'];

/**
 * Staff's planning list (issue 4, item 7): every session from today on, with its occupancy against
 * the minimum and the go/no-go state the terms' notice deadline gives it.
 */
export function SessionsPage() {
  const { t } = useLanguage();
  const me = useMe();
  const timeZone = me.provider?.timeZone ?? 'Europe/Amsterdam';
  const [draft, setDraft] = useState({ from: todayIn(timeZone), to: '', status: '' });
  const [applied, setApplied] = useState(draft);
  const query = new URLSearchParams(Object.entries(applied).filter(([, v]) => v !== '')).toString();
  const { result, reload } = useApi<ListOf<StaffSession>>(`/api/sessions${query ? `?${query}` : ''}`);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApplied(draft);
  };
  return (
    <>
      <PageTitle>{t('planning.title')}</PageTitle>
      <p className="lead">{t('planning.intro')}</p>
      <p className="button-row">
        <Link to="/planning/new" className="button primary">
          {t('sessionForm.newTitle')}
        </Link>
      </p>
      <form className="card" onSubmit={submit} aria-label={t('planning.filters')}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="planning-from">{t('planning.from')}</label>
            <input
              id="planning-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="planning-to">{t('planning.to')}</label>
            <input
              id="planning-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="planning-status">{t('planning.status')}</label>
            <select
              id="planning-status"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value })}
            >
              <option value="">{t('planning.status.all')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`sessionInfo.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button secondary">
          {t('planning.apply')}
        </button>
      </form>
      <Loaded result={result} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('planning.none')}</p>
          ) : (
            <div className="table-wrap card">
              <table className="card-table">
                <caption className="visually-hidden">{t('planning.count', { count: items.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planning.session')}</th>
                    <th scope="col">{t('planning.product')}</th>
                    <th scope="col">{t('planning.when')}</th>
                    <th scope="col">{t('planning.where')}</th>
                    <th scope="col">{t('planning.occupancy')}</th>
                    <th scope="col" className="numeric">
                      {t('catalogPage.price')}
                    </th>
                    <th scope="col">{t('planning.status')}</th>
                    <th scope="col">{t('planning.goNoGo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((s) => (
                    <SessionRow key={s.id} session={s} timeZone={timeZone} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}

function SessionRow({ session: s, timeZone }: { session: StaffSession; timeZone: string }) {
  const { t, locale } = useLanguage();
  const share = s.capacity > 0 ? Math.min(1, s.booked / s.capacity) : 0;
  return (
    <tr>
      <td className="code card-title" data-label={t('planning.session')}>
        <Link to={`/planning/${s.id}`}>{s.code}</Link>
      </td>
      <td data-label={t('planning.product')}>{s.productName}</td>
      <td className="nowrap" data-label={t('planning.when')}>
        {formatInstantIn(s.startsAt, locale, timeZone)}
      </td>
      <td data-label={t('planning.where')}>
        {s.locationName ? `${s.locationName}${s.city ? `, ${s.city}` : ''}` : '–'}
      </td>
      <td data-label={t('planning.occupancy')}>
        <meter
          className="occupancy"
          min={0}
          max={s.capacity}
          low={s.minParticipants}
          optimum={s.capacity}
          value={s.booked}
          aria-label={t('planning.occupancy')}
        >
          {`${Math.round(share * 100)}%`}
        </meter>
        <span className="nowrap-block">
          {t('planning.occupancyValue', { booked: s.booked, capacity: s.capacity, min: s.minParticipants })}
        </span>
      </td>
      <td className="numeric" data-label={t('catalogPage.price')}>
        {formatEuros(s.priceCents ?? s.productPriceCents, locale)}
      </td>
      <td data-label={t('planning.status')}>
        <SessionStatusBadge status={s.status} />
      </td>
      <td data-label={t('planning.goNoGo')}>
        <GoNoGoBadge goNoGo={s.goNoGo} />
      </td>
    </tr>
  );
}
