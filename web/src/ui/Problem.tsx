import { type ApiProblem, NETWORK_PROBLEM_TYPE } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';

/** Shows a problem the API answered with: its title, detail and per-field errors. */
export function ProblemMessage({
  problem,
  heading,
  onRetry,
}: {
  problem: ApiProblem;
  /** Overrides the problem's own title, e.g. 'Login failed'. */
  heading?: string;
  onRetry?: () => void;
}) {
  const { t } = useLanguage();
  const network = problem.type === NETWORK_PROBLEM_TYPE;
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{heading ?? (network ? t('app.error.title') : problem.title)}</p>
      {network ? <p>{t('app.error.network')}</p> : null}
      {!network && heading ? <p>{problem.title}</p> : null}
      {!network && problem.detail && problem.detail !== problem.title ? <p>{problem.detail}</p> : null}
      {problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>{e.path ? `${e.path}: ${e.message}` : e.message}</li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
