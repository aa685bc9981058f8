import { useLanguage } from './i18n/language.tsx';
import { LoginPage } from './login/LoginPage.tsx';
import { isPublicPath } from './routes.ts';
import { useSession } from './session/session.tsx';
import { usePath } from './shell/router.tsx';
import { Shell } from './shell/Shell.tsx';
import { ProblemMessage } from './ui/Problem.tsx';

/**
 * Login until a session exists, then the shell with the page the address names. The public pages
 * (the catalog and its sessions) are shown in the shell to visitors who are not logged in too.
 */
export function App() {
  const { session, recheck } = useSession();
  const { t } = useLanguage();
  const path = usePath();
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
      return isPublicPath(path) ? <Shell /> : <LoginPage />;
    case 'signedIn':
      return <Shell />;
  }
}
