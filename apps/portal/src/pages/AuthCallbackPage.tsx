import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePortalConfig } from '../auth/AuthContext';
import { oidcCallback, oidcSilentCallback } from '../auth/oidc';
import { Loading, LoadError } from '../layout/States';

/** `/auth/callback`: the issuer sends the browser back here with the code. */
export function AuthCallbackPage() {
  const config = usePortalConfig();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    oidcCallback(config).then((to) => navigate(to, { replace: true }), setError);
  }, [config, navigate]);
  return error ? <LoadError error={error} /> : <Loading label={t('signIn.completing')} />;
}

/** `/auth/silent`: the hidden iframe of the silent renewal. */
export function SilentCallbackPage() {
  const config = usePortalConfig();
  useEffect(() => {
    void oidcSilentCallback(config);
  }, [config]);
  return null;
}
