import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { PortalConfig } from './portal-config';
import { jwtClaims, Principal, Role, sessionStore } from './session';

const ROLES: Role[] = ['employer', 'adviser', 'coach', 'admin'];
let manager: UserManager | undefined;

/**
 * Production sign-in: authorization code with PKCE against AUTH_ISSUER. Tokens stay in memory
 * (an in-memory store, not sessionStorage), are renewed silently in an iframe before they expire,
 * and the session ends when renewal fails and the token expires. A reload or a new tab signs in
 * silently at the issuer's session ({@link oidcRestore}) instead of keeping tokens in storage.
 */
export function oidcManager(config: PortalConfig): UserManager {
  if (manager) return manager;
  const origin = window.location.origin;
  manager = new UserManager({
    authority: config.oidc!.authority,
    client_id: config.oidc!.clientId,
    scope: config.oidc!.scope,
    response_type: 'code',
    redirect_uri: `${origin}/auth/callback`,
    silent_redirect_uri: `${origin}/auth/silent`,
    post_logout_redirect_uri: `${origin}/`,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  manager.events.addUserLoaded((user) => adopt(config, user));
  manager.events.addAccessTokenExpired(() => sessionStore.set(null, 'expired'));
  manager.events.addSilentRenewError(() => undefined);
  manager.events.addUserSignedOut(() => sessionStore.set(null, 'signed-out'));
  return manager;
}

export function principalFromClaims(config: PortalConfig, token: string): Principal | null {
  const claims = jwtClaims(token);
  const raw = claims[config.claims.role];
  const role = (Array.isArray(raw) ? raw : [raw]).find((r): r is Role => ROLES.includes(r as Role));
  if (!role || typeof claims.sub !== 'string') return null;
  const org = claims[config.claims.organisationId];
  const coach = claims[config.claims.coachId];
  return {
    subject: claims.sub,
    role,
    ...(typeof org === 'string' ? { organisationId: org } : {}),
    ...(typeof coach === 'string' ? { coachId: coach } : {}),
  };
}

function adopt(config: PortalConfig, user: User): void {
  const principal = principalFromClaims(config, user.access_token);
  if (!principal) return sessionStore.set(null, 'signed-out');
  sessionStore.set({
    token: user.access_token,
    principal,
    expiresAt: (user.expires_at ?? 0) * 1000,
    via: 'oidc',
  });
}

/** The hidden iframe's pages, and the callback: they must not start a sign-in of their own. */
function isCallbackPage(): boolean {
  return window.location.pathname.startsWith('/auth/') || window.self !== window.top;
}

/**
 * On start-up: a silent sign-in (prompt=none in a hidden iframe) against the user's session at
 * the issuer, so that a reload keeps them signed in although the tokens were only in memory.
 * Resolves either way: without a session there (login_required) or when the issuer does not
 * answer in time, the app shows its sign-in page.
 */
export async function oidcRestore(config: PortalConfig, onStart?: () => void): Promise<void> {
  if (config.signIn !== 'oidc' || isCallbackPage() || sessionStore.get()) return;
  onStart?.();
  try {
    const user = await oidcManager(config).signinSilent();
    if (user) adopt(config, user);
  } catch {
    // Not signed in at the issuer: the sign-in page.
  }
}

export async function oidcSignIn(config: PortalConfig, returnTo: string): Promise<void> {
  await oidcManager(config).signinRedirect({ state: { returnTo } });
}

/** On `/auth/callback`: completes the code exchange and returns where the user was going. */
export async function oidcCallback(config: PortalConfig): Promise<string> {
  const user = await oidcManager(config).signinRedirectCallback();
  adopt(config, user);
  return (user.state as { returnTo?: string } | undefined)?.returnTo ?? '/';
}

export async function oidcSilentCallback(config: PortalConfig): Promise<void> {
  await oidcManager(config).signinSilentCallback();
}

export async function oidcSignOut(config: PortalConfig): Promise<void> {
  sessionStore.set(null, 'signed-out');
  await oidcManager(config).signoutRedirect();
}
