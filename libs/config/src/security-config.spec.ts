import { ConfigError, LOCAL_ISSUER, loadConfig } from './environment';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig: authentication and HTTP hardening', () => {
  it('defaults to local tokens, no CORS, 1mb bodies and 300 requests a minute', () => {
    const config = loadConfig({});
    expect(config.auth).toMatchObject({
      mode: 'local',
      issuer: LOCAL_ISSUER,
      audience: 'werkplein-twente',
      localKeyFile: './data/auth-local-key',
      claims: { role: 'role', organisationId: 'org_id', coachId: 'coach_id' },
    });
    expect(config.auth.localKey).toBeUndefined();
    expect(config.http).toMatchObject({
      corsOrigins: [],
      bodyLimit: '1mb',
      bulkBodyLimit: '20mb',
      trustProxy: false,
    });
    expect(config.rateLimit).toEqual({ ttlSeconds: 60, limit: 300 });
  });

  it('switches to OIDC when a JWKS URL is configured', () => {
    const config = loadConfig({
      AUTH_JWKS_URL: 'https://login.example.nl/realms/wt/protocol/openid-connect/certs',
      AUTH_ISSUER: 'https://login.example.nl/realms/wt',
      AUTH_AUDIENCE: 'matching-api',
    });
    expect(config.auth).toMatchObject({
      mode: 'oidc',
      issuer: 'https://login.example.nl/realms/wt',
      audience: 'matching-api',
    });
  });

  it('reads origins, limits and proxies', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://portal.werkpleintwente.example, http://localhost:5173',
      HTTP_BODY_LIMIT: '512KB',
      TRUST_PROXY: '1',
      RATE_LIMIT_MAX: '20',
    });
    expect(config.http.corsOrigins).toEqual([
      'https://portal.werkpleintwente.example',
      'http://localhost:5173',
    ]);
    expect(config.http.bodyLimit).toBe('512kb');
    expect(config.http.trustProxy).toBe(1);
    expect(config.rateLimit.limit).toBe(20);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).http.trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
  });

  it.each([
    [{ AUTH_JWKS_URL: 'https://id.example/jwks' }, 'AUTH_ISSUER must be set when AUTH_JWKS_URL is'],
    [
      {
        AUTH_JWKS_URL: 'https://id.example/jwks',
        AUTH_ISSUER: 'https://id.example',
        AUTH_LOCAL_KEY: 'k'.repeat(32),
      },
      'AUTH_LOCAL_KEY must be empty when AUTH_JWKS_URL is set (got 32 characters)',
    ],
    [{ AUTH_JWKS_URL: 'id.example/jwks' }, 'AUTH_JWKS_URL must be an http:// or https:// URL'],
    [
      { AUTH_LOCAL_KEY: 'short-secret' },
      'AUTH_LOCAL_KEY must be at least 32 characters (got 12 characters)',
    ],
    [
      { CORS_ORIGINS: 'portal.example.nl' },
      'CORS_ORIGINS must be a comma-separated list of origins',
    ],
    [{ HTTP_BODY_LIMIT: 'lots' }, 'HTTP_BODY_LIMIT must be a size such as 500kb or 1mb'],
    [{ RATE_LIMIT_MAX: '0' }, 'RATE_LIMIT_MAX must not be less than 1'],
  ])('refuses %j with one line', (env, message) => {
    const error = errorOf(env);
    expect(error).toContain(message);
    expect(error).not.toContain('\n');
  });

  it('never echoes the local key', () => {
    expect(errorOf({ AUTH_LOCAL_KEY: 'my-secret' })).not.toContain('my-secret');
  });
});
