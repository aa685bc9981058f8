import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiProblem, api, setCsrfToken, setUnauthorizedHandler } from '../api/client.ts';
import type { Me, User } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';

export type SessionState =
  | { state: 'checking' }
  | { state: 'anonymous' }
  /** The session could not be checked (server unreachable, 5xx): not the same as logged out. */
  | { state: 'unknown'; problem: ApiProblem }
  | { state: 'signedIn'; me: Me };

interface SessionValue {
  session: SessionState;
  /** Throws the server's ApiProblem when the login is refused, so the form can show it. */
  login: (email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  recheck: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

async function fetchMe(): Promise<Me> {
  return api.get<Me>('/api/me', { expectUnauthorized: true });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ state: 'checking' });
  const { adoptAccountLanguage } = useLanguage();

  const signIn = useCallback(
    (me: Me) => {
      setCsrfToken(me.csrfToken);
      adoptAccountLanguage(me.user.locale);
      setSession({ state: 'signedIn', me });
    },
    [adoptAccountLanguage],
  );
  const signOut = useCallback(() => {
    setCsrfToken(null);
    setSession({ state: 'anonymous' });
  }, []);

  const recheck = useCallback(() => {
    setSession({ state: 'checking' });
    fetchMe().then(signIn, (error: unknown) => {
      if (error instanceof ApiProblem && error.status === 401) signOut();
      else setSession({ state: 'unknown', problem: toProblem(error) });
    });
  }, [signIn, signOut]);

  useEffect(() => {
    recheck();
    setUnauthorizedHandler(signOut);
    return () => setUnauthorizedHandler(null);
  }, [recheck, signOut]);

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await api.post<{ user: User; csrfToken: string }>(
        '/api/auth/login',
        { email, password },
        { expectUnauthorized: true },
      );
      setCsrfToken(result.csrfToken);
      // /api/me adds the provider and the customer company the shell and dashboards show.
      signIn(await fetchMe());
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout', undefined, { expectUnauthorized: true });
    } finally {
      signOut();
    }
  }, [signOut]);

  const value = useMemo(() => ({ session, login, logout, recheck }), [session, login, logout, recheck]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function toProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem(0, 'about:blank', String(error));
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}

/** The signed-in user's /api/me; only for components rendered inside the shell. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.state !== 'signedIn') throw new Error('useMe is only available after login.');
  return session.me;
}
