import { useSyncExternalStore } from 'react';
import { isServerStarting, subscribeServerStarting } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';

/**
 * The status shown while the app waits for its first answer: "loading", or, while the server is
 * still starting (its API answers 503 "starting"), that Klasse is starting and the page will load
 * by itself. The client asks again after each Retry-After.
 */
export function StartingStatus() {
  const { t } = useLanguage();
  const starting = useSyncExternalStore(subscribeServerStarting, isServerStarting);
  return (
    <p className="app-status" role="status">
      {starting ? t('app.starting') : t('app.loading')}
    </p>
  );
}
