import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import './theme/werkplein-twente.css';
import './theme/app.css';
import './i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { PortalConfigProvider } from './auth/AuthContext';
import { oidcRestore } from './auth/oidc';
import { restoreDemoSession } from './auth/session';
import { loadPortalConfig, PortalConfig } from './auth/portal-config';
import i18n from './i18n';
import { router } from './routes/router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

document.body.classList.add('utrecht-theme', 'wt-theme', 'utrecht-document');
const root = createRoot(document.getElementById('root')!);
// With OIDC, a reload first signs in silently at the issuer's session (tokens live in memory only);
// the demo takes the session this tab kept.
const start = async (): Promise<PortalConfig> => {
  const config = await loadPortalConfig();
  restoreDemoSession(config.signIn);
  await oidcRestore(config, () =>
    root.render(
      <p role="status" className="wt-meta">
        {i18n.t('signIn.restoring')}
      </p>,
    ),
  );
  return config;
};
start().then(
  (config) =>
    root.render(
      <StrictMode>
        <PortalConfigProvider config={config}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </PortalConfigProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    root.render(<p role="alert">Werkplein Twente: {String(error)}</p>);
  },
);
