import type { ListOf } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { formatInstantIn } from '../catalog/session-time.ts';
import type { StaffSession } from '../catalog/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useMe } from '../session/session.tsx';
import { GoNoGoBadge } from '../sessions/GoNoGoBadge.tsx';
import { Link } from '../shell/router.tsx';
import { Loaded } from '../ui/Loaded.tsx';
import { Section } from '../ui/Section.tsx';

const SHORT_STATES: readonly string[] = ['at_risk', 'no_go_deadline_passed'];

/**
 * The upcoming sessions short of their minimum, with the same go/no-go badge as the planning list
 * and the session page (issue 12, item 15: one go/no-go, shown everywhere the same), from
 * GET /api/sessions.
 */
export function SessionsAtRiskSection() {
  const { t, locale } = useLanguage();
  const me = useMe();
  const timeZone = me.provider?.timeZone ?? 'Europe/Amsterdam';
  const { result, reload } = useApi<ListOf<StaffSession>>('/api/sessions');
  return (
    <Section title={t('dashboard.sessionsAtRisk')}>
      <Loaded result={result} reload={reload}>
        {({ items }) => {
          const short = items.filter((s) => SHORT_STATES.includes(s.goNoGo.state));
          return short.length === 0 ? (
            <p className="muted">{t('dashboard.sessionsAtRisk.none')}</p>
          ) : (
            <ul className="plain-list">
              {short.map((s) => (
                <li key={s.id}>
                  <Link to={`/planning/${s.id}`}>{s.code}</Link> {s.productName},{' '}
                  {formatInstantIn(s.startsAt, locale, timeZone)}:{' '}
                  {t('planning.occupancyValue', {
                    booked: s.booked,
                    capacity: s.capacity,
                    min: s.minParticipants,
                  })}{' '}
                  <GoNoGoBadge goNoGo={s.goNoGo} />
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
      <p>
        <Link to="/planning">{t('dashboard.sessionsAtRisk.toPlanning')}</Link>
      </p>
    </Section>
  );
}
