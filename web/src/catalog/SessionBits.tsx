import { useLanguage } from '../i18n/language.tsx';
import type { Location, Session } from './types.ts';

/** Where a session takes place: the address, or "Online" for a virtual classroom. */
export function LocationText({ location }: { location: Location | null }) {
  const { t } = useLanguage();
  if (!location) return <span className="muted">–</span>;
  if (location.onlineUrl) return <span>{`${t('sessionInfo.online')} (${location.name})`}</span>;
  const address = [location.street, [location.postalCode, location.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <span>
      {location.name}
      {address ? <span className="muted">{`, ${address}`}</span> : null}
    </span>
  );
}

/** Seats left as "3 of 12", or a clear "full, waiting list" badge. */
export function SeatsLeft({ session }: { session: Pick<Session, 'seatsLeft' | 'capacity'> }) {
  const { t } = useLanguage();
  if (session.seatsLeft <= 0) return <span className="badge badge-full">{t('sessionInfo.full')}</span>;
  return (
    <span data-testid="seats-left">
      {t('sessionInfo.seatsLeftCount', { count: session.seatsLeft, capacity: session.capacity })}
    </span>
  );
}

export function SessionStatusBadge({ status }: { status: Session['status'] }) {
  const { t } = useLanguage();
  return <span className={`badge badge-session-${status}`}>{t(`sessionInfo.status.${status}`)}</span>;
}
