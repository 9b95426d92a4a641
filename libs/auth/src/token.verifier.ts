import { AppConfig } from '@wt/config';
import { createRemoteJWKSet, jwksCache, jwtVerify, JSONWebKeySet, RemoteJWKSet } from 'jose';
import { localSigningKey } from './local-key';
import { Principal, UserProfile } from './principal';
import { InvalidTokenError, principalFromClaims, profileFromClaims } from './token-claims';

/** The issuer's keys could not be fetched: the caller is not at fault (503, not 401). */
export class KeySetUnavailableError extends Error {
  override name = 'KeySetUnavailableError';
}

// Asymmetric only: accepting HS256 from an OIDC issuer would let its public key sign tokens.
const OIDC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
const LOCAL_ALGORITHMS = ['HS256'];
const CLOCK_TOLERANCE_SECONDS = 30;
const JWKS_TIMEOUT_MS = 5_000;

const CLAIM_REASONS: Record<string, string> = {
  aud: 'wrong audience',
  iss: 'wrong issuer',
  nbf: 'not yet valid',
  iat: 'issued in the future',
  exp: 'no expiry (exp)',
  sub: 'no subject (sub)',
};

const INVALID_TOKEN_REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'bad signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'signing algorithm not allowed',
  ERR_JOSE_NOT_SUPPORTED: 'signing algorithm not supported',
  ERR_JWS_INVALID: 'malformed or unsigned',
  ERR_JWT_INVALID: 'malformed claims',
  ERR_JWKS_NO_MATCHING_KEY: 'unknown signing key',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'ambiguous signing key',
};

/** Verified tokens remembered at most this long (and never past the JWKS they were checked with). */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 10_000;

/** The issuer's key set as jose keeps it: the resolver and the cache it writes each fetch into. */
interface IssuerKeys {
  resolver: RemoteJWKSet;
  /** jose sets `uat` (fetched at, ms) and `jwks` on every successful fetch. */
  fetched: { uat?: number; jwks?: JSONWebKeySet };
}

interface Remembered extends Verified {
  until: number;
  /** OIDC: the key id the token was signed with and the fetch of the key set that held it. */
  kid?: string;
  keysFetchedAt?: number;
}

/** A verified token's caller, and the person's e-mail and name from its claims. */
export interface Verified {
  principal: Principal;
  profile: UserProfile;
}

/**
 * Verifies bearer tokens: against the OIDC issuer's JWKS (fetched and cached by jose for
 * `AUTH_JWKS_CACHE_SECONDS`, re-fetched sooner when an unknown key id shows up), or against the
 * local HS256 key. Issuer, audience, expiry and the algorithm are always checked; then the claims
 * must describe a valid principal.
 */
export class TokenVerifier {
  /**
   * Tokens verified lately, with their principal and expiry: a portal sends the same bearer token
   * with every call, and checking its signature each time was a tenth of a read's CPU. With an
   * OIDC issuer a remembered token counts only while the key set it was checked with is fresh,
   * or a later fetch still holds its key: a key the issuer removed stops working at the next fetch.
   */
  private readonly verified = new Map<string, Remembered>();

  private constructor(
    private readonly config: AppConfig,
    private readonly key: Uint8Array | IssuerKeys,
    private readonly algorithms: string[],
  ) {}

  static fromConfig(config: AppConfig): TokenVerifier {
    if (config.auth.mode === 'oidc') {
      const fetched: IssuerKeys['fetched'] = {};
      const resolver = createRemoteJWKSet(new URL(config.auth.jwksUrl!), {
        timeoutDuration: JWKS_TIMEOUT_MS,
        cacheMaxAge: config.auth.jwksCacheSeconds * 1000,
        // jose writes each fetched key set here: how a remembered token learns of a removed key.
        [jwksCache]: fetched as Record<string, never>,
      });
      return new TokenVerifier(config, { resolver, fetched }, OIDC_ALGORITHMS);
    }
    return new TokenVerifier(config, new Uint8Array(localSigningKey(config)), LOCAL_ALGORITHMS);
  }

  /** Throws {@link InvalidTokenError} (401) or {@link KeySetUnavailableError} (503). */
  async verify(token: string): Promise<Principal> {
    return (await this.verifyWithProfile(token)).principal;
  }

  /** {@link verify}, with the person's e-mail and name from the token (for notifications). */
  async verifyWithProfile(token: string): Promise<Verified> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && known.until > now && this.keyStillPublished(known)) return known;
    if (known) this.verified.delete(token);
    return this.verifyAfresh(token);
  }

  /** Local mode: always. OIDC: the key set is fresh and its last fetch still has the token's key. */
  private keyStillPublished(known: Remembered): boolean {
    if (this.key instanceof Uint8Array) return true;
    const { resolver, fetched } = this.key;
    if (!resolver.fresh) return false;
    if (fetched.uat === known.keysFetchedAt) return true;
    const held =
      known.kid !== undefined && (fetched.jwks?.keys ?? []).some((jwk) => jwk.kid === known.kid);
    if (held) known.keysFetchedAt = fetched.uat;
    return held;
  }

  private async verifyAfresh(token: string): Promise<Verified> {
    const { payload, protectedHeader } = await this.verifySignatureAndClaims(token);
    // jose checks `iat` only against a maximum age; a token from the future is refused here.
    if (typeof payload.iat === 'number' && payload.iat > nowSeconds() + CLOCK_TOLERANCE_SECONDS) {
      throw new InvalidTokenError(CLAIM_REASONS.iat);
    }
    const verified = {
      principal: principalFromClaims(payload, this.config.auth.claims),
      profile: profileFromClaims(payload),
    };
    const expires = (payload.exp ?? 0) * 1000 + CLOCK_TOLERANCE_SECONDS * 1000;
    if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
    this.verified.set(token, {
      ...verified,
      until: Math.min(Date.now() + VERIFIED_TTL_MS, expires),
      kid: protectedHeader.kid,
      keysFetchedAt: this.key instanceof Uint8Array ? undefined : this.key.fetched.uat,
    });
    return verified;
  }

  private async verifySignatureAndClaims(token: string) {
    const options = {
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
      algorithms: this.algorithms,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'sub'],
    };
    try {
      return this.key instanceof Uint8Array
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key.resolver, options);
    } catch (error) {
      throw translate(error, !(this.key instanceof Uint8Array));
    }
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function translate(error: unknown, remoteKeys: boolean): Error {
  const { code, claim } = error as { code?: string; claim?: string };
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    return new InvalidTokenError(CLAIM_REASONS[claim ?? ''] ?? `claim ${claim} rejected`);
  }
  const reason = code ? INVALID_TOKEN_REASONS[code] : undefined;
  if (reason) return new InvalidTokenError(reason);
  // fetch() fails with a TypeError ("fetch failed"); compared by name, it may come from another realm.
  const fetchFailed =
    code?.startsWith('ERR_JWK') ||
    code === 'ERR_JOSE_GENERIC' ||
    (error as Error | undefined)?.name === 'TypeError';
  if (remoteKeys && fetchFailed) {
    return new KeySetUnavailableError(
      `The token issuer's keys are unavailable: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return new InvalidTokenError('malformed');
}
