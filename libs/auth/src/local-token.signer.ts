import { AppConfig } from '@wt/config';
import { createHmac } from 'node:crypto';
import { localSigningKey } from './local-key';
import { Principal, UserProfile } from './principal';

export const DEFAULT_LOCAL_TOKEN_HOURS = 12;

export interface LocalTokenOptions {
  /** Lifetime in seconds (default 12 hours). */
  ttlSeconds?: number;
  /** Issued-at, in seconds since the epoch (tests move it into the past). */
  issuedAt?: number;
  /** The OIDC `email` and `name` claims to carry. */
  profile?: UserProfile;
}

/**
 * A bearer token for the local mode, signed with HS256 and the local key. Synchronous on purpose
 * (plain HMAC): test code and the CLI call it without awaiting anything.
 */
export function signLocalToken(
  config: AppConfig,
  principal: Principal,
  options: LocalTokenOptions = {},
): string {
  const key = localSigningKey(config);
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const { claims } = config.auth;
  const payload: Record<string, unknown> = {
    iss: config.auth.issuer,
    aud: config.auth.audience,
    sub: principal.subject,
    iat: issuedAt,
    exp: issuedAt + (options.ttlSeconds ?? DEFAULT_LOCAL_TOKEN_HOURS * 3600),
    [claims.role]: principal.role,
  };
  if (principal.organisationId) payload[claims.organisationId] = principal.organisationId;
  if (principal.coachId) payload[claims.coachId] = principal.coachId;
  if (options.profile?.email) payload.email = options.profile.email;
  if (options.profile?.name) payload.name = options.profile.name;
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
}

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part), 'utf8').toString('base64url');
}
