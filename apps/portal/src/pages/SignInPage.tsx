import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { usePortalConfig, useSession } from '../auth/AuthContext';
import { demoAccounts, signInDemo } from '../auth/demo';
import { oidcSignIn } from '../auth/oidc';
import { Role, sessionStore } from '../auth/session';
import { Loading, LoadError } from '../layout/States';
import { HOME } from '../routes/nav';
import { usePageTitle } from './usePageTitle';

const ROLE_ORDER: Role[] = ['employer', 'adviser', 'coach', 'admin'];

/**
 * Sign-in: in production the organisation's identity provider (OIDC with PKCE); in the embedded
 * demo a list of fictional accounts per role, for which the portal server signs a token.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const config = usePortalConfig();
  const session = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  if (session) return <Navigate to={from ?? HOME[session.principal.role]} replace />;
  const reason = sessionStore.endReason();
  return (
    <>
      <Heading1>{t('signIn.title')}</Heading1>
      {reason === 'expired' ? (
        <div role="alert">
          <Alert type="warning">{t('signIn.expired')}</Alert>
        </div>
      ) : null}
      {config.signIn === 'demo' ? <DemoSignIn from={from} /> : null}
      {config.signIn === 'oidc' ? (
        <>
          <Paragraph>{t('signIn.oidcText')}</Paragraph>
          <Button
            appearance="primary-action-button"
            onClick={() => void oidcSignIn(config, from ?? '/')}
          >
            {t('signIn.oidcButton')}
          </Button>
        </>
      ) : null}
      {config.signIn === 'none' ? <Paragraph>{t('signIn.none')}</Paragraph> : null}
    </>
  );
}

function DemoSignIn({ from }: { from?: string }) {
  const { t } = useTranslation();
  const accounts = useQuery({ queryKey: ['demo-accounts'], queryFn: demoAccounts });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (accounts.isPending) return <Loading />;
  if (accounts.isError) return <LoadError error={accounts.error} />;
  return (
    <>
      <Paragraph>{t('signIn.demoText')}</Paragraph>
      {error ? <LoadError error={error} /> : null}
      {ROLE_ORDER.map((role) => {
        const ofRole = accounts.data.filter((a) => a.role === role);
        if (ofRole.length === 0) return null;
        return (
          <section key={role} aria-labelledby={`demo-${role}`}>
            <Heading2 id={`demo-${role}`}>{t(`roles.${role}`)}</Heading2>
            <ul className="wt-cards">
              {ofRole.map((account) => (
                <li key={account.key} className="wt-card">
                  <Paragraph>
                    <strong>{account.subject}</strong>
                    <br />
                    <span className="wt-meta">{t(account.description)}</span>
                  </Paragraph>
                  <Button
                    appearance="primary-action-button"
                    busy={busy === account.key}
                    disabled={busy !== null}
                    data-testid={`sign-in-${account.key}`}
                    aria-label={t('signIn.as', {
                      subject: account.subject,
                      role: t(`roles.${role}`),
                    })}
                    onClick={() => {
                      setBusy(account.key);
                      setError(null);
                      signInDemo(account.key)
                        .catch(setError)
                        .finally(() => setBusy(null));
                    }}
                  >
                    {t('signIn.button')}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <Paragraph className="wt-meta">{t('signIn.demoNote', { from: from ?? '/' })}</Paragraph>
    </>
  );
}
