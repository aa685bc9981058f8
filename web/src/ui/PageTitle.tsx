import { useEffect } from 'react';
import { useLanguage } from '../i18n/language.tsx';

/**
 * The page's h1, also the browser tab's title. It takes focus after a navigation (see Shell), so a
 * screen reader announces the new page and Tab continues from its top.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useLanguage();
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);
  return (
    <h1 className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
