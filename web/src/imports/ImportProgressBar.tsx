import { useLanguage } from '../i18n/language.tsx';
import { progressShare } from './file-reading.ts';
import type { ImportProgress } from './types.ts';

/** How far the server is with the sheet; an indeterminate bar until it reports a total. */
export function ImportProgressBar({
  what,
  progress,
}: {
  what: 'validating' | 'committing';
  progress: ImportProgress | null;
}) {
  const { t, locale } = useLanguage();
  const share = progress ? progressShare(progress.processed, progress.total) : null;
  const label = t(what === 'validating' ? 'import.progress.validating' : 'import.progress.committing');
  const count = new Intl.NumberFormat(locale);
  return (
    <div className="card import-progress">
      <label htmlFor="import-progress" className="import-progress-label">
        {label}
      </label>
      {share === null ? (
        <progress id="import-progress" />
      ) : (
        <progress id="import-progress" max={progress?.total} value={progress?.processed} />
      )}
      <p className="muted" aria-live="polite">
        {progress && share !== null
          ? t('import.progress.rows', {
              processed: count.format(progress.processed),
              total: count.format(progress.total),
              phase: t(`import.phase.${progress.phase}`),
            })
          : t('import.progress.starting')}
      </p>
    </div>
  );
}
