import type { GoNoGo } from '../catalog/types.ts';
import { formatDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';

/** A session's go/no-go state against its minimum, with the last day to cancel when one applies. */
export function GoNoGoBadge({ goNoGo }: { goNoGo: GoNoGo }) {
  const { t, locale } = useLanguage();
  return (
    <>
      <span className={`badge badge-${goNoGo.state}`} data-go-no-go={goNoGo.state}>
        {t(`goNoGo.${goNoGo.state}`, { short: goNoGo.shortBy })}
      </span>
      {goNoGo.noticeDeadline && (goNoGo.state === 'at_risk' || goNoGo.state === 'go') ? (
        <span className="muted nowrap-block">
          {t('goNoGo.noticeBy', { date: formatDate(goNoGo.noticeDeadline, locale, 'short') })}
        </span>
      ) : null}
    </>
  );
}
