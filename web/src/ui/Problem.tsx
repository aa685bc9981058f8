import { type ApiProblem, NETWORK_PROBLEM_TYPE } from '../api/client.ts';
import { DICTIONARY, type LabelKey } from '../i18n/dictionary.ts';
import { useLanguage } from '../i18n/language.tsx';

const PROBLEM_TYPE_BASE = 'https://klasse.dev/problems/';

/** The dictionary's wording of a problem type, when it has one. */
function problemLabel(problem: ApiProblem): LabelKey | null {
  if (!problem.type.startsWith(PROBLEM_TYPE_BASE)) return null;
  const key = `problem.${problem.type.slice(PROBLEM_TYPE_BASE.length)}`;
  return key in DICTIONARY.nl ? (key as LabelKey) : null;
}

/**
 * Shows a problem the API answered with: a known type in the user's language, any other with the
 * server's title and detail; then the per-field errors, except those shown beside their field.
 */
export function ProblemMessage({
  problem,
  heading,
  onRetry,
  fieldsShown = [],
}: {
  problem: ApiProblem;
  /** A heading of the page's own, e.g. 'Login failed'; the problem's words follow it. */
  heading?: string;
  onRetry?: () => void;
  /** Paths of field errors the form shows next to their input. */
  fieldsShown?: readonly string[];
}) {
  const { t } = useLanguage();
  const network = problem.type === NETWORK_PROBLEM_TYPE;
  const known = problemLabel(problem);
  const lines: string[] = network
    ? [t('app.error.network')]
    : known
      ? [t(known)]
      : [problem.title, ...(problem.detail && problem.detail !== problem.title ? [problem.detail] : [])];
  const title = heading ?? (network ? t('app.error.title') : lines.shift());
  const fieldErrors = problem.errors.filter((e) => !fieldsShown.includes(e.path));
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{title}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {fieldErrors.length > 0 ? (
        <ul>
          {fieldErrors.map((e) => (
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
