import { loadConfig } from '@wt/config';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { clientConfig, createPortalApp, signInMode } from './portal-server';

const KEY = 'k'.repeat(40);
/** An address nothing listens on: the forwarding answers 502. */
const NOWHERE = 'http://127.0.0.1:9';

describe('portal server', () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'wt-portal-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
  afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

  const config = (env: NodeJS.ProcessEnv = {}) =>
    loadConfig({
      AUTH_LOCAL_KEY: KEY,
      PORTAL_REGISTRY_URL: NOWHERE,
      PORTAL_PROFILES_URL: NOWHERE,
      ...env,
    });

  it('offers the demo sign-in with the local key outside production, and signs a token', async () => {
    const app = createPortalApp(config(), { staticDir });
    expect(signInMode(config())).toBe('demo');
    const accounts = await request(app).get('/portal/demo/accounts').expect(200);
    expect(accounts.body.map((a: { role: string }) => a.role)).toEqual(
      expect.arrayContaining(['employer', 'adviser', 'coach', 'admin']),
    );
    const signed = await request(app)
      .post('/portal/demo/sign-in')
      .send({ account: 'coach' })
      .expect(200);
    const payload = JSON.parse(
      Buffer.from(signed.body.token.split('.')[1], 'base64url').toString(),
    );
    expect(payload).toMatchObject({
      sub: 'demo-coach-user-1',
      role: 'coach',
      coach_id: 'demo-coach-1',
    });
    await request(app).post('/portal/demo/sign-in').send({ account: 'root' }).expect(400);
  });

  it('has no demo sign-in in production, nor with an OIDC issuer', async () => {
    const production = config({ NODE_ENV: 'production' });
    expect(signInMode(production)).toBe('none');
    const app = createPortalApp(production, { staticDir });
    await request(app).get('/portal/demo/accounts').expect(404);
    await request(app).post('/portal/demo/sign-in').send({ account: 'admin' }).expect(404);

    const oidc = config({
      AUTH_LOCAL_KEY: '',
      AUTH_ISSUER: 'https://login.example.nl/realms/wt',
      AUTH_JWKS_URL: 'https://login.example.nl/realms/wt/certs',
      PORTAL_OIDC_CLIENT_ID: 'portal',
    });
    expect(clientConfig(oidc)).toEqual({
      signIn: 'oidc',
      oidc: {
        authority: 'https://login.example.nl/realms/wt',
        clientId: 'portal',
        scope: 'openid profile',
      },
      claims: { role: 'role', organisationId: 'org_id', coachId: 'coach_id' },
    });
    const oidcApp = createPortalApp(oidc, { staticDir });
    await request(oidcApp).post('/portal/demo/sign-in').send({ account: 'admin' }).expect(404);
    const page = await request(oidcApp).get('/').expect(200);
    // The issuer may be called (token endpoint) and framed (silent sign-in); nothing else.
    expect(page.headers['content-security-policy']).toContain(
      "connect-src 'self' https://login.example.nl;frame-src 'self' https://login.example.nl",
    );
    // Without sign-in at the issuer (no client id), the app neither calls nor frames it.
    const unsigned = createPortalApp(
      { ...oidc, portal: { ...oidc.portal, oidcClientId: undefined } },
      { staticDir },
    );
    const policy = (await request(unsigned).get('/').expect(200)).headers[
      'content-security-policy'
    ];
    expect(policy).toContain("frame-src 'none'");
    expect(policy).not.toContain('login.example.nl');
  });

  it('tells the app where the queue dashboard is only when PORTAL_QUEUE_DASHBOARD_URL is set', async () => {
    expect(clientConfig(config())).not.toHaveProperty('queueDashboardUrl');
    const url = 'https://worker.example.nl/admin/queues';
    const configured = config({ PORTAL_QUEUE_DASHBOARD_URL: url });
    const served = await request(createPortalApp(configured, { staticDir }))
      .get('/portal/config.json')
      .expect(200);
    expect(served.body).toMatchObject({ signIn: 'demo', queueDashboardUrl: url });
    // The demo has no iframes: nothing may be framed; forms go to this origin and the dashboard's
    // (the admin's token is posted to its /session).
    const policy = (await request(createPortalApp(configured, { staticDir })).get('/').expect(200))
      .headers['content-security-policy'];
    expect(policy).toContain("frame-src 'none'");
    expect(policy).toContain("form-action 'self' https://worker.example.nl;");
    expect(
      (await request(createPortalApp(config(), { staticDir })).get('/').expect(200)).headers[
        'content-security-policy'
      ],
    ).toContain("form-action 'self';");
    expect(() => config({ PORTAL_QUEUE_DASHBOARD_URL: 'worker:3003' })).toThrow(
      /PORTAL_QUEUE_DASHBOARD_URL/,
    );
  });

  it('serves the app for every page path, and answers 502 when an API is down', async () => {
    const app = createPortalApp(config(), { staticDir });
    const page = await request(app).get('/adviser/vacancies/123').expect(200);
    expect(page.text).toContain('<div id="root">');
    const down = await request(app).get('/api/registry/vacancies').expect(502);
    expect(down.body.message).toContain('vacancy registry');
    await request(app).get('/api/elsewhere').expect(404);
    const qualifications = await request(app).get('/portal/qualifications.json').expect(200);
    expect(qualifications.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'NL:MBO-2', eqf: 2 })]),
    );
  });
});
