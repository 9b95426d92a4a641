/**
 * The signed-in caller, kept in memory (never in localStorage or a cookie). Components read it with
 * `useSession`; the API client reads the token from here. With OIDC a reload signs in silently at
 * the issuer; the demo sign-in (fictional accounts, never production) has no issuer, so its session
 * alone is also kept in this tab's sessionStorage, to survive a reload until it expires or ends.
 */
export type Role = 'employer' | 'adviser' | 'coach' | 'admin';

export interface Principal {
  subject: string;
  role: Role;
  organisationId?: string;
  coachId?: string;
}

export interface Session {
  token: string;
  principal: Principal;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
  /** How the caller signed in. */
  via: 'demo' | 'oidc';
}

type Listener = () => void;
/** Where the demo session survives a reload (this tab only; gone when the tab closes). */
export const DEMO_SESSION_KEY = 'wt.demo-session';
let current: Session | null = null;
const listeners = new Set<Listener>();
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
/** Why the last session ended, for the sign-in page to say so. */
let endReason: 'expired' | 'signed-out' | null = null;

export const sessionStore = {
  get: () => current,
  endReason: () => endReason,
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  set(session: Session | null, reason: 'expired' | 'signed-out' | null = null) {
    current = session;
    endReason = session ? null : reason;
    keepDemoSession(session);
    if (expiryTimer) clearTimeout(expiryTimer);
    if (session) {
      // Signed out when the token expires (OIDC renews it silently before that).
      const ms = Math.max(0, session.expiresAt - Date.now());
      expiryTimer = setTimeout(() => sessionStore.set(null, 'expired'), Math.min(ms, 2 ** 31 - 1));
    }
    for (const listener of listeners) listener();
  },
};

/** The demo's session in sessionStorage, and nothing else: any other (or none) removes it. */
function keepDemoSession(session: Session | null): void {
  try {
    if (session?.via === 'demo') {
      window.sessionStorage.setItem(DEMO_SESSION_KEY, JSON.stringify(session));
    } else window.sessionStorage.removeItem(DEMO_SESSION_KEY);
  } catch {
    // storage refused (privacy mode): the demo signs in again after a reload
  }
}

/**
 * After a reload, the demo session this tab kept (when the portal signs in with the demo and the
 * token has a minute left); a kept session is dropped otherwise.
 */
export function restoreDemoSession(signIn: 'demo' | 'oidc' | 'none'): void {
  let kept: Partial<Session> | null;
  try {
    kept = JSON.parse(
      window.sessionStorage.getItem(DEMO_SESSION_KEY) ?? 'null',
    ) as Partial<Session>;
  } catch {
    kept = null;
  }
  const usable =
    signIn === 'demo' &&
    kept?.via === 'demo' &&
    typeof kept.token === 'string' &&
    typeof kept.expiresAt === 'number' &&
    kept.expiresAt > Date.now() + 60_000 &&
    typeof kept.principal?.role === 'string' &&
    typeof kept.principal.subject === 'string';
  if (usable) sessionStore.set(kept as Session);
  else keepDemoSession(null);
}

/** The claims of a JWT's payload (no verification: the APIs verify; this only reads the role). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}
