import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { useSession, useSignOut } from '../auth/AuthContext';
import { navFor } from '../routes/nav';
import { InboxLink } from './InboxLink';
import { LanguageSwitcher } from './LanguageSwitcher';
import { StatusProvider } from './Status';

/** Skip link, header (brand, language, who is signed in), role-aware navigation, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(location.pathname);

  // After a person follows a link, focus moves to the main content (a redirect leaves it alone).
  useEffect(() => {
    if (previous.current !== location.pathname && navigationType === 'PUSH') main.current?.focus();
    previous.current = location.pathname;
  }, [location.pathname, navigationType]);

  const nav = session ? navFor(session.principal.role) : [];
  return (
    <StatusProvider>
      <a className="wt-skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="wt-header">
        <div className="wt-header__bar">
          <Link className="wt-brand" to="/">
            Werkplein Twente
          </Link>
          <div className="wt-header__tools">
            <LanguageSwitcher />
            {session ? (
              <>
                <InboxLink />
                <span data-testid="signed-in-as">
                  {t('layout.signedInAs', {
                    role: t(`roles.${session.principal.role}`),
                    subject: session.principal.subject,
                  })}
                </span>
                <Button appearance="secondary-action-button" onClick={() => void signOut()}>
                  {t('layout.signOut')}
                </Button>
              </>
            ) : null}
          </div>
        </div>
        {nav.length > 0 ? (
          <nav className="wt-nav" aria-label={t('layout.navLabel')}>
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="wt-main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="wt-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </StatusProvider>
  );
}
