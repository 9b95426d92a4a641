import { ConfigError, loadConfigFromProcess, runMain } from '@wt/config';
import { signInMode, startPortalServer } from './portal-server';

/**
 * The portal on its own (production): the built app and the two APIs behind one origin,
 * forwarded to PORTAL_REGISTRY_URL and PORTAL_PROFILES_URL.
 */
runMain(async () => {
  const config = loadConfigFromProcess();
  if (config.auth.mode === 'oidc' && !config.portal.oidcClientId) {
    throw new ConfigError(
      'Invalid configuration: PORTAL_OIDC_CLIENT_ID must be set when AUTH_JWKS_URL is (the portal signs in at the issuer)',
    );
  }
  const portal = await startPortalServer(config, {
    host: config.http.host,
    port: config.portal.port,
  });
  process.stdout.write(
    `Portal on ${portal.url} (sign-in: ${signInMode(config)}; registry ${config.portal.registryUrl}, profiles ${config.portal.profilesUrl})\n`,
  );
  const stop = () => void portal.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
