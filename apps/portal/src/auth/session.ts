/**
 * The signed-in caller, kept in memory only (never in localStorage or a cookie): a reload signs
 * out. Components read it with `useSession`; the API client reads the token from here.
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
    if (expiryTimer) clearTimeout(expiryTimer);
    if (session) {
      // Signed out when the token expires (OIDC renews it silently before that).
      const ms = Math.max(0, session.expiresAt - Date.now());
      expiryTimer = setTimeout(() => sessionStore.set(null, 'expired'), Math.min(ms, 2 ** 31 - 1));
    }
    for (const listener of listeners) listener();
  },
};

/** The claims of a JWT's payload (no verification: the APIs verify; this only reads the role). */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
}
