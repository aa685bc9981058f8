import { useEffect, useRef, useState } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import { type PageRoute, ROUTES } from '../routes.ts';
import { useSession } from '../session/session.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { matchPath } from './match-path.ts';
import { Link, usePath } from './router.tsx';
import { UserMenu } from './UserMenu.tsx';

function findRoute(path: string, routes: readonly PageRoute[]) {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/**
 * The frame around every page: skip link, header, role-dependent nav, main. A visitor who is not
 * logged in sees the public pages only, with a link to log in instead of the user menu.
 */
export function Shell() {
  const { t } = useLanguage();
  const { session } = useSession();
  const me = session.state === 'signedIn' ? session.me : null;
  const path = usePath();
  const visible = ROUTES.filter((r) => (me ? r.roles.includes(me.user.role) : r.public === true));
  const found = findRoute(path, visible);
  const shownPath = useRef(path);
  // Below ~700 px the nav is a menu behind a button (issue 8); a navigation closes it.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    void path;
    setMenuOpen(false);
  }, [path]);

  // After a navigation, move focus to the new page's heading (not on the first load, where the
  // browser's own focus start is right), so a screen reader announces the page.
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    (document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main'))?.focus();
  }, [path]);

  const currentNav = found?.route.nav
    ? found.route
    : visible.find((r) => r.nav && path.startsWith(`${r.path}/`));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand-block">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          {me?.provider ? <span className="provider-name">{me.provider.name}</span> : null}
        </div>
        <div className="header-tools">
          <button
            type="button"
            className="button secondary nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="app-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('app.menu')}
          </button>
          <LanguageSwitch />
          {me ? (
            <UserMenu />
          ) : (
            <Link to="/" className="button secondary">
              {t('login.submit')}
            </Link>
          )}
        </div>
      </header>
      <nav id="app-nav" className="app-nav" data-open={menuOpen} aria-label={t('app.mainNav')}>
        <ul>
          {visible
            .filter((r) => r.nav)
            .map((r) => (
              <li key={r.path}>
                <Link to={r.path} aria-current={currentNav === r ? 'page' : undefined}>
                  {r.nav ? t(r.nav) : null}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        {found ? <found.route.Page key={found.route.path} params={found.params} /> : <NotFound />}
      </main>
    </div>
  );
}

function NotFound() {
  const { t } = useLanguage();
  return (
    <>
      <PageTitle>{t('app.notFound.title')}</PageTitle>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/">{t('app.notFound.back')}</Link>
      </p>
    </>
  );
}
