import { useLanguage } from '../i18n/language.tsx';
import { useSession } from '../session/session.tsx';
import { Link } from '../shell/router.tsx';
import { LocationText, SeatsLeft, SessionStatusBadge } from './SessionBits.tsx';
import { formatSessionTime } from './session-time.ts';
import type { PublicSession } from './types.ts';

/**
 * The time zone session times are shown in: the logged-in user's provider's, else the Dutch one
 * (the public catalog's lists do not carry the zone; a session's own page does).
 */
export function useDisplayTimeZone(): string {
  const { session } = useSession();
  return (session.state === 'signedIn' ? session.me.provider?.timeZone : undefined) ?? 'Europe/Amsterdam';
}

/** Upcoming sessions of a product: when, where, seats left, each linking to its own page. */
export function SessionTable({
  sessions,
  caption,
  compact = false,
}: {
  sessions: PublicSession[];
  caption: string;
  compact?: boolean;
}) {
  const { t, locale } = useLanguage();
  const timeZone = useDisplayTimeZone();
  return (
    <div className="table-wrap">
      <table className={compact ? 'compact' : undefined}>
        <caption className={compact ? 'table-caption-small' : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sessionInfo.when')}</th>
            <th scope="col">{t('sessionInfo.where')}</th>
            <th scope="col">{t('sessionInfo.seatsLeft')}</th>
            {compact ? null : <th scope="col">{t('sessionInfo.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/sessions/${s.id}`}>
                  {formatSessionTime(s.startsAt, s.endsAt, locale, timeZone)}
                </Link>
              </td>
              <td>
                <LocationText location={s.location} />
              </td>
              <td>
                <SeatsLeft session={s} />
              </td>
              {compact ? null : (
                <td>
                  <SessionStatusBadge status={s.status} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
