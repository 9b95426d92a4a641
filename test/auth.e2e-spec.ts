import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { DEMO_PRINCIPALS, signLocalToken } from '@wt/auth';
import { AppConfig, loadConfig } from '@wt/config';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import { CryptoKey, exportJWK, generateKeyPair, JWK, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';

/** An admin-only route: a valid token of another role gets 403, an invalid one 401. */
const PROTECTED = '/admin/audit/actors/demo-coach-user-1';
const admin = DEMO_PRINCIPALS.admin;
const b64 = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function claimsFor(config: AppConfig, extra: Record<string, unknown> = {}) {
  return {
    iss: config.auth.issuer,
    aud: config.auth.audience,
    sub: admin.subject,
    role: 'admin',
    iat: now(),
    exp: now() + 600,
    ...extra,
  };
}

async function expect401(app: INestApplication, token: string | undefined, reason: RegExp) {
  const call = request(app.getHttpServer()).get(PROTECTED);
  const response = await (token === undefined ? call : call.set('Authorization', token));
  expect(response.status).toBe(401);
  expect(response.body).toEqual({
    statusCode: 401,
    error: 'Unauthorized',
    message: expect.stringMatching(reason),
  });
  expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
}

/** A JWKS endpoint on 127.0.0.1, as an OIDC issuer publishes one. */
async function serveJwks(keys: JWK[]): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    if (req.url !== '/jwks.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function oidcConfig(
  base: AppConfig,
  issuer: string,
  jwksUrl: string,
  extra: Record<string, string> = {},
): AppConfig {
  const oidc = loadConfig({
    AUTH_ISSUER: issuer,
    AUTH_JWKS_URL: jwksUrl,
    AUTH_AUDIENCE: 'wt-api',
    ...extra,
  });
  return { ...base, auth: oidc.auth };
}

describe('authentication', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment();
  });

  afterAll(async () => {
    await env?.close();
  });

  describe('with the local key (embedded and demo mode)', () => {
    let app: INestApplication;
    const sign = (config: AppConfig) => `Bearer ${signLocalToken(config, admin)}`;

    beforeAll(async () => {
      app = await createTestApp(ProfileServiceModule.register(env.config));
    });

    afterAll(async () => {
      await app?.close();
    });

    it('lets a valid admin token in', async () => {
      await request(app.getHttpServer())
        .get(PROTECTED)
        .set('Authorization', `Bearer ${tokenFor(env.config, admin)}`)
        .expect(200);
    });

    it('lets in a token from a clock a few seconds ahead (within the clock tolerance)', async () => {
      await request(app.getHttpServer())
        .get(PROTECTED)
        .set(
          'Authorization',
          `Bearer ${signLocalToken(env.config, admin, { issuedAt: now() + 10 })}`,
        )
        .expect(200);
    });

    it('keeps health open without a token', async () => {
      await request(app.getHttpServer()).get('/health').expect(200);
    });

    it('answers 403 to a valid token of another role', async () => {
      const response = await request(app.getHttpServer())
        .get(PROTECTED)
        .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.coach)}`)
        .expect(403);
      expect(response.body).toEqual({
        statusCode: 403,
        error: 'Forbidden',
        message: 'This endpoint is for: admin',
      });
    });

    it.each([
      ['no Authorization header', () => undefined, /^A bearer token is required$/],
      [
        'another scheme',
        () => `Basic ${Buffer.from('admin:admin').toString('base64')}`,
        /required/,
      ],
      [
        'a forged token (signed with another key)',
        () => sign(loadConfig({ AUTH_LOCAL_KEY: 'f'.repeat(40) })),
        /: bad signature$/,
      ],
      [
        'an expired token',
        () =>
          `Bearer ${signLocalToken(env.config, admin, { issuedAt: now() - 3600, ttlSeconds: 600 })}`,
        /: expired$/,
      ],
      [
        'a token issued an hour in the future (issue 11, finding 13)',
        () => `Bearer ${signLocalToken(env.config, admin, { issuedAt: now() + 3600 })}`,
        /: issued in the future$/,
      ],
      [
        'a token issued a minute in the future, beyond the 30 s clock tolerance',
        () => `Bearer ${signLocalToken(env.config, admin, { issuedAt: now() + 60 })}`,
        /: issued in the future$/,
      ],
      [
        'a token for another audience',
        () => sign({ ...env.config, auth: { ...env.config.auth, audience: 'some-other-api' } }),
        /: wrong audience$/,
      ],
      [
        'a token from another issuer',
        () => sign({ ...env.config, auth: { ...env.config.auth, issuer: 'https://evil.example' } }),
        /: wrong issuer$/,
      ],
      [
        'an unsigned token',
        () => `Bearer ${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claimsFor(env.config))}`,
        /: malformed or unsigned$/,
      ],
      [
        'a token with an empty signature',
        () => `Bearer ${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claimsFor(env.config))}.`,
        /: bad signature$/,
      ],
      [
        'an alg "none" token',
        () => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claimsFor(env.config))}.`,
        /: signing algorithm not allowed$/,
      ],
      [
        'a signed token whose role is unknown',
        () => `Bearer ${signLocalToken(env.config, { subject: 'x', role: 'root' as 'admin' })}`,
        /no role/,
      ],
      [
        'a signed employer token without organisation',
        () => `Bearer ${signLocalToken(env.config, { subject: 'x', role: 'employer' })}`,
        /needs an organisation id/,
      ],
    ])('answers 401 to %s', async (_, token, reason) => {
      await expect401(app, token(), reason);
    });
  });

  describe('with an OIDC issuer (JWKS over HTTP)', () => {
    let app: INestApplication;
    let jwks: { server: Server; base: string };
    let config: AppConfig;
    let issuerKey: CryptoKey;
    let strangerKey: CryptoKey;
    let publicJwk: JWK;

    const rs256 = (key: CryptoKey, claims: Record<string, unknown>, kid = 'issuer-key-1') =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(key);

    beforeAll(async () => {
      const issuer = await generateKeyPair('RS256');
      const stranger = await generateKeyPair('RS256');
      issuerKey = issuer.privateKey;
      strangerKey = stranger.privateKey;
      publicJwk = { ...(await exportJWK(issuer.publicKey)), kid: 'issuer-key-1', alg: 'RS256' };
      jwks = await serveJwks([publicJwk]);
      config = oidcConfig(env.config, jwks.base, `${jwks.base}/jwks.json`);
      app = await createTestApp(ProfileServiceModule.register(config));
    });

    afterAll(async () => {
      await app?.close();
      await new Promise((resolve) => jwks?.server.close(resolve));
    });

    it("lets a token signed with the issuer's published key in", async () => {
      const token = await rs256(issuerKey, claimsFor(config));
      await request(app.getHttpServer())
        .get(PROTECTED)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
    });

    it('answers 403 to a valid issuer token of another role', async () => {
      const token = await rs256(issuerKey, claimsFor(config, { role: 'adviser' }));
      await request(app.getHttpServer())
        .get(PROTECTED)
        .set('Authorization', `Bearer ${token}`)
        .expect(403);
    });

    it.each([
      [
        'a forged token (another key under the same key id)',
        () => rs256(strangerKey, claimsFor(config)),
        /: bad signature$/,
      ],
      [
        'a token with an unknown key id',
        () => rs256(strangerKey, claimsFor(config), 'someone-elses-key'),
        /: unknown signing key$/,
      ],
      [
        'an expired token',
        () => rs256(issuerKey, claimsFor(config, { iat: now() - 3600, exp: now() - 600 })),
        /: expired$/,
      ],
      [
        'a token for another audience',
        () => rs256(issuerKey, claimsFor(config, { aud: 'werkplein-twente' })),
        /: wrong audience$/,
      ],
      [
        'a token from another issuer',
        () => rs256(issuerKey, claimsFor(config, { iss: 'https://evil.example' })),
        /: wrong issuer$/,
      ],
      [
        'an alg "none" token',
        async () => `${b64({ alg: 'none' })}.${b64(claimsFor(config))}.`,
        /: signing algorithm not allowed$/,
      ],
      [
        'an unsigned token',
        async () => `${b64({ alg: 'RS256', kid: 'issuer-key-1' })}.${b64(claimsFor(config))}`,
        /: malformed or unsigned$/,
      ],
      [
        'an HS256 token keyed with the public key (algorithm confusion)',
        () =>
          new SignJWT(claimsFor(config))
            .setProtectedHeader({ alg: 'HS256', kid: 'issuer-key-1' })
            .sign(new TextEncoder().encode(JSON.stringify(publicJwk))),
        /: signing algorithm not allowed$/,
      ],
      [
        'a token signed with the local key',
        async () => signLocalToken(env.config, admin),
        /: signing algorithm not allowed$/,
      ],
    ])('answers 401 to %s', async (_, token, reason) => {
      await expect401(app, `Bearer ${await token()}`, reason);
    });

    it('stops taking a remembered token once its key is gone from the fetched JWKS', async () => {
      const second = await generateKeyPair('RS256');
      const secondJwk = {
        ...(await exportJWK(second.publicKey)),
        kid: 'issuer-key-2',
        alg: 'RS256',
      };
      const published: JWK[] = [publicJwk, secondJwk];
      const rotating = await serveJwks(published);
      const short = oidcConfig(env.config, rotating.base, `${rotating.base}/jwks.json`, {
        AUTH_JWKS_CACHE_SECONDS: '1',
      });
      const other = await createTestApp(ProfileServiceModule.register(short));
      try {
        const call = (token: string) =>
          request(other.getHttpServer()).get(PROTECTED).set('Authorization', `Bearer ${token}`);
        const kept = await rs256(issuerKey, claimsFor(short));
        const removed = await rs256(second.privateKey, claimsFor(short), 'issuer-key-2');
        await call(kept).expect(200);
        await call(removed).expect(200);
        await call(removed).expect(200); // remembered
        published.splice(1, 1); // the issuer rotates key 2 out
        await new Promise((resolve) => setTimeout(resolve, 1_200)); // the JWKS is stale now
        await call(kept).expect(200); // fetches the JWKS again: key 1 is still there
        const refused = await call(removed).expect(401);
        expect(refused.body.message).toMatch(/: unknown signing key$/);
        await call(kept).expect(200);
      } finally {
        await other.close();
        await new Promise((resolve) => rotating.server.close(resolve));
      }
    });

    it('answers 503, not 401, when the issuer keys cannot be fetched', async () => {
      const unreachable = oidcConfig(env.config, jwks.base, 'http://127.0.0.1:1/jwks.json');
      const other = await createTestApp(ProfileServiceModule.register(unreachable));
      try {
        const token = await rs256(issuerKey, claimsFor(unreachable));
        const response = await request(other.getHttpServer())
          .get(PROTECTED)
          .set('Authorization', `Bearer ${token}`)
          .expect(503);
        expect(response.body.message).toBe('The identity provider cannot be reached; try again');
      } finally {
        await other.close();
      }
    });
  });
});
