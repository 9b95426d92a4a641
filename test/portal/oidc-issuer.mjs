// A real OpenID provider for the portal's browser tests (oidc-provider), in a process of its own
// as an identity provider is. ESM (oidc-provider is ESM only), started by `startOidcIssuer` in
// oidc-stack.ts with its settings in the environment; it prints one JSON line when it listens:
// {"issuer": "http://127.0.0.1:<port>"}.
//
// The portal is a public client (authorization code, PKCE S256, no secret). Access tokens are JWTs
// for the APIs (audience ISSUER_AUDIENCE, the role and ids as the APIs expect them), signed with a
// key made here and published at /jwks. Sign-in is the provider's own login form (its development
// interactions: it asks for a login and a password and does not check the password); consent is
// implied for the portal (a first-party client), as an organisation's provider would set it up.
import { exportJWK, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import process from 'node:process';
import Provider, { errors } from 'oidc-provider';

const env = process.env;
const portal = env.ISSUER_PORTAL_ORIGIN;
const clientId = env.ISSUER_CLIENT_ID ?? 'wt-portal';
const audience = env.ISSUER_AUDIENCE ?? 'werkplein-twente';
const tokenSeconds = Number(env.ISSUER_TOKEN_SECONDS ?? 300);
const claims = {
  role: env.ISSUER_ROLE_CLAIM ?? 'role',
  organisationId: env.ISSUER_ORGANISATION_CLAIM ?? 'org_id',
  coachId: env.ISSUER_COACH_CLAIM ?? 'coach_id',
};
if (!portal) throw new Error('ISSUER_PORTAL_ORIGIN must be the portal origin');

/** The resource indicator of the two APIs and the scope the portal asks for them. */
const RESOURCE = 'urn:werkplein-twente:api';
const API_SCOPE = 'api';

/** Fictional people, one per role; the role sits in a list of groups, as providers send it. */
/** The ids are the demo data's, so that the pages have something to show. */
const USERS = {
  'werkgever.hengelo': {
    name: 'Werkgever Hengelo',
    role: ['medewerkers', 'employer'],
    organisationId: 'demo-org-1',
  },
  'adviseur.enschede': { name: 'Adviseur Enschede', role: ['adviser'] },
  'coach.almelo': { name: 'Coach Almelo', role: ['coach'], coachId: 'demo-coach-1' },
  'beheerder.twente': { name: 'Beheerder Twente', role: ['admin'] },
};

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = {
  ...(await exportJWK(privateKey)),
  kid: 'test-issuer-1',
  alg: 'RS256',
  use: 'sig',
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: [`${portal}/auth/callback`, `${portal}/auth/silent`],
      post_logout_redirect_uris: [`${portal}/`],
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'email', API_SCOPE],
  claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
  async findAccount(_ctx, id) {
    const user = USERS[id];
    if (!user) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, name: user.name, email: `${id}@example.org` }),
    };
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Sign out</title></head><body>
          <h1>Sign out of the test provider?</h1>${form}
          <button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
          </body></html>`;
      },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => RESOURCE,
      useGrantedResource: async () => true,
      async getResourceServerInfo(_ctx, indicator) {
        if (indicator !== RESOURCE) throw new errors.InvalidTarget();
        return {
          scope: API_SCOPE,
          audience,
          accessTokenTTL: tokenSeconds,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
  /** The role and ids in the APIs' access token. */
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const user = USERS[token.accountId];
    if (!user) return undefined;
    return {
      [claims.role]: user.role,
      ...(user.organisationId ? { [claims.organisationId]: user.organisationId } : {}),
      ...(user.coachId ? { [claims.coachId]: user.coachId } : {}),
    };
  },
  /**
   * The portal is the organisation's own application: its scopes need no consent screen. Each
   * authorization request of the portal gets a grant of all its scopes (also without a prompt).
   */
  async loadExistingGrant(ctx) {
    if (ctx.oidc.client.clientId !== clientId) return undefined;
    const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope(`openid profile email ${API_SCOPE}`);
    grant.addResourceScope(RESOURCE, API_SCOPE);
    await grant.save();
    return grant;
  },
  ttl: {
    AccessToken: tokenSeconds,
    IdToken: tokenSeconds,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
  },
  renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Error</title></head><body>
      <h1>Sign-in failed</h1><p data-testid="issuer-error">${String(out.error)}</p></body></html>`;
  },
});
// Logs without personal data: the error code only.
provider.on('server_error', (_ctx, error) => process.stderr.write(`issuer: ${error.message}\n`));

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
