import type { ReactNode } from 'react';
import type { Loadable } from '../api/useApi.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ProblemMessage } from './Problem.tsx';

/** Renders `children` with the data once loaded; a polite status while loading; the problem if it failed. */
export function Loaded<T>({
  result,
  reload,
  children,
}: {
  result: Loadable<T>;
  reload?: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useLanguage();
  if (result.state === 'loading') {
    return (
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (result.state === 'failed') return <ProblemMessage problem={result.problem} onRetry={reload} />;
  return <>{children(result.data)}</>;
}
