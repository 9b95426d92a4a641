import { loadConfig } from '@wt/config';
import { SignJWT } from 'jose';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localSigningKey } from './local-key';
import { signLocalToken } from './local-token.signer';
import { InvalidTokenError } from './token-claims';
import { TokenVerifier } from './token.verifier';

const KEY = 'k'.repeat(40);
const config = loadConfig({ NODE_ENV: 'test', AUTH_LOCAL_KEY: KEY });
const verifier = TokenVerifier.fromConfig(config);
const adviser = { subject: 'adv-1', role: 'adviser' as const };
const b64 = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

async function reasonFor(token: string): Promise<string> {
  try {
    await verifier.verify(token);
    return 'accepted';
  } catch (error) {
    if (error instanceof InvalidTokenError) return error.reason;
    throw error;
  }
}

function claims(extra: Record<string, unknown> = {}) {
  return {
    iss: config.auth.issuer,
    aud: config.auth.audience,
    sub: 'adv-1',
    role: 'adviser',
    iat: now(),
    exp: now() + 600,
    ...extra,
  };
}

describe('TokenVerifier (local key)', () => {
  it('accepts a token signed by signLocalToken and returns its principal', async () => {
    await expect(verifier.verify(signLocalToken(config, adviser))).resolves.toEqual(adviser);
  });

  it.each([
    [
      'forged (another key)',
      () => signLocalToken(loadConfig({ AUTH_LOCAL_KEY: 'x'.repeat(40) }), adviser),
      'bad signature',
    ],
    [
      'expired',
      () => signLocalToken(config, adviser, { issuedAt: now() - 7200, ttlSeconds: 3600 }),
      'expired',
    ],
    [
      'issued an hour in the future',
      () => signLocalToken(config, adviser, { issuedAt: now() + 3600 }),
      'issued in the future',
    ],
    [
      'for another audience',
      () =>
        signLocalToken(loadConfig({ AUTH_LOCAL_KEY: KEY, AUTH_AUDIENCE: 'other-app' }), adviser),
      'wrong audience',
    ],
    [
      'from another issuer',
      () =>
        signLocalToken(
          loadConfig({ AUTH_LOCAL_KEY: KEY, AUTH_ISSUER: 'https://evil.example' }),
          adviser,
        ),
      'wrong issuer',
    ],
    [
      'unsigned (no signature part)',
      () => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`,
      'malformed or unsigned',
    ],
    [
      'unsigned (empty signature)',
      () => `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}.`,
      'bad signature',
    ],
    [
      'alg none',
      () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`,
      'signing algorithm not allowed',
    ],
    ['garbage', () => 'not-a-token', 'malformed or unsigned'],
  ])('refuses a token that is %s', async (_, make, reason) => {
    expect(await reasonFor(make())).toBe(reason);
  });

  it('refuses another HMAC algorithm than HS256, even with the right key', async () => {
    const token = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(KEY));
    expect(await reasonFor(token)).toBe('signing algorithm not allowed');
  });

  it('refuses a token without expiry', async () => {
    const token = await new SignJWT({ ...claims(), exp: undefined })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(KEY));
    expect(await reasonFor(token)).toBe('no expiry (exp)');
  });

  it('refuses a correctly signed token whose claims are no valid principal', async () => {
    const token = signLocalToken(config, { subject: 'e', role: 'employer' });
    expect(await reasonFor(token)).toBe('an employer token needs an organisation id (org_id)');
  });
});

describe('localSigningKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wt-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a key file once outside production and keeps using it', () => {
    const file = join(dir, 'nested', 'auth-local-key');
    const first = localSigningKey(
      loadConfig({ NODE_ENV: 'development', AUTH_LOCAL_KEY_FILE: file }),
    );
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('utf8'));
    expect(statSync(file).mode & 0o077).toBe(0);
    const again = localSigningKey(loadConfig({ NODE_ENV: 'test', AUTH_LOCAL_KEY_FILE: file }));
    expect(again.equals(first)).toBe(true);
  });

  it('refuses to invent a key in production', () => {
    expect(() =>
      localSigningKey(loadConfig({ NODE_ENV: 'production', AUTH_LOCAL_KEY_FILE: join(dir, 'p') })),
    ).toThrow('AUTH_LOCAL_KEY must be set in production unless AUTH_JWKS_URL is');
  });

  it('has no local key when an OIDC issuer is configured', () => {
    const oidc = loadConfig({
      AUTH_JWKS_URL: 'https://id.example/jwks',
      AUTH_ISSUER: 'https://id.example',
    });
    expect(() => localSigningKey(oidc)).toThrow(/tokens come from the OIDC issuer/);
  });
});

describe('TokenVerifier: issued-at and the clock tolerance', () => {
  it('accepts a token from a clock a few seconds ahead, refuses one a minute ahead', async () => {
    await expect(
      reasonFor(signLocalToken(config, adviser, { issuedAt: now() + 10 })),
    ).resolves.toBe('accepted');
    await expect(
      reasonFor(signLocalToken(config, adviser, { issuedAt: now() + 60 })),
    ).resolves.toBe('issued in the future');
  });
});
