import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, api } from './client.ts';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'failed'; problem: ApiProblem }
  | { state: 'loaded'; data: T };

/**
 * GETs `path` when the component mounts or the path changes; `reload` asks again. A response for a
 * path the component has moved away from is dropped.
 */
export function useApi<T>(path: string): { result: Loadable<T>; reload: () => void } {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Read so that a reload re-runs this effect for the same path.
    void attempt;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    api.get<T>(path, { signal: controller.signal }).then(
      (data) => setResult({ state: 'loaded', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({
          state: 'failed',
          problem: error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { result, reload };
}
