import { AppConfig } from '@wt/config';
import { createRemoteJWKSet, jwtVerify, JWTVerifyGetKey } from 'jose';
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

/**
 * Verifies bearer tokens: against the OIDC issuer's JWKS (fetched and cached by jose, re-fetched
 * when an unknown key id shows up), or against the local HS256 key. Issuer, audience, expiry and
 * the algorithm are always checked; then the claims must describe a valid principal.
 */
/** Verified tokens remembered at most this long (a rotated-out key stops working after it). */
const VERIFIED_TTL_MS = 60_000;
const VERIFIED_MAX = 10_000;

/** A verified token's caller, and the person's e-mail and name from its claims. */
export interface Verified {
  principal: Principal;
  profile: UserProfile;
}

export class TokenVerifier {
  /**
   * Tokens verified lately, with their principal and expiry: a portal sends the same bearer token
   * with every call, and checking its signature each time was a tenth of a read's CPU.
   */
  private readonly verified = new Map<string, Verified & { until: number }>();

  private constructor(
    private readonly config: AppConfig,
    private readonly key: Uint8Array | JWTVerifyGetKey,
    private readonly algorithms: string[],
  ) {}

  static fromConfig(config: AppConfig): TokenVerifier {
    if (config.auth.mode === 'oidc') {
      const jwks = createRemoteJWKSet(new URL(config.auth.jwksUrl!), {
        timeoutDuration: JWKS_TIMEOUT_MS,
      });
      return new TokenVerifier(config, jwks, OIDC_ALGORITHMS);
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
    if (known && known.until > now) return known;
    if (known) this.verified.delete(token);
    return this.verifyAfresh(token);
  }

  private async verifyAfresh(token: string): Promise<Verified> {
    const { payload } = await this.verifySignatureAndClaims(token);
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
      return typeof this.key === 'function'
        ? await jwtVerify(token, this.key, options)
        : await jwtVerify(token, this.key, options);
    } catch (error) {
      throw translate(error, typeof this.key === 'function');
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
