import { LoginPage } from './login/LoginPage.tsx';
import { isPublicPath } from './routes.ts';
import { useSession } from './session/session.tsx';
import { usePath } from './shell/router.tsx';
import { Shell } from './shell/Shell.tsx';
import { ProblemMessage } from './ui/Problem.tsx';
import { StartingStatus } from './ui/StartingStatus.tsx';

/**
 * Login until a session exists, then the shell with the page the address names. The public pages
 * (the catalog and its sessions) are shown in the shell to visitors who are not logged in too.
 */
export function App() {
  const { session, recheck } = useSession();
  const path = usePath();
  switch (session.state) {
    case 'checking':
      return <StartingStatus />;
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
