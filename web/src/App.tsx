import { useLanguage } from './i18n/language.tsx';
import { LoginPage } from './login/LoginPage.tsx';
import { useSession } from './session/session.tsx';
import { Shell } from './shell/Shell.tsx';
import { ProblemMessage } from './ui/Problem.tsx';

/** Login until a session exists, then the shell with the page the address names. */
export function App() {
  const { session, recheck } = useSession();
  const { t } = useLanguage();
  switch (session.state) {
    case 'checking':
      return (
        <p className="app-status" role="status">
          {t('app.loading')}
        </p>
      );
    case 'unknown':
      return (
        <main id="main" className="app-status">
          <ProblemMessage problem={session.problem} onRetry={recheck} />
        </main>
      );
    case 'anonymous':
      return <LoginPage />;
    case 'signedIn':
      return <Shell />;
  }
}
