import { DEMO_PRINCIPALS, signLocalToken } from '@wt/auth';
import { loadConfig } from '@wt/config';
import express from 'express';
import request from 'supertest';
import { QUEUE_DASHBOARD_COOKIE, queueDashboardAccess } from './queue-dashboard-access';

const config = loadConfig({ NODE_ENV: 'test', AUTH_LOCAL_KEY: 'q'.repeat(40) });
const other = loadConfig({ NODE_ENV: 'test', AUTH_LOCAL_KEY: 'x'.repeat(40) });
const ROUTE = '/admin/queues';
const admin = signLocalToken(config, DEMO_PRINCIPALS.admin);
const coach = signLocalToken(config, DEMO_PRINCIPALS.coach);

/** The guard in front of a stand-in for Bull Board, mounted the way Bull Board is. */
function dashboard() {
  const app = express();
  app.set('trust proxy', true);
  app.use(ROUTE, queueDashboardAccess(config, ROUTE), (req, res) =>
    res.type('text/plain').send(`board ${req.method} ${req.path}`),
  );
  return app;
}

const cookieOf = (token: string) => `${QUEUE_DASHBOARD_COOKIE}=${encodeURIComponent(token)}`;

describe('queue dashboard access (bearer or the session cookie)', () => {
  const app = dashboard();

  it('refuses without a token, a non-admin and a token of another key', async () => {
    await request(app).get(ROUTE).expect(401);
    await request(app).get(ROUTE).set('Authorization', `Bearer ${coach}`).expect(403);
    await request(app).get(ROUTE).set('Cookie', cookieOf(coach)).expect(403);
    await request(app)
      .get(ROUTE)
      .set('Cookie', cookieOf(signLocalToken(other, DEMO_PRINCIPALS.admin)))
      .expect(401);
    await request(app).get(ROUTE).set('Cookie', cookieOf('not-a-token')).expect(401);
  });

  it('lets an admin in by bearer', async () => {
    const res = await request(app).get(ROUTE).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.text).toBe('board GET /');
  });

  it('sets the cookie from a posted admin token and lets that cookie in', async () => {
    const res = await request(app)
      .post(`${ROUTE}/session`)
      .type('form')
      .send({ token: admin })
      .expect(303);
    expect(res.headers.location).toBe(ROUTE);
    expect(res.headers['cache-control']).toBe('no-store');
    const [cookie] = res.headers['set-cookie'] as unknown as string[];
    expect(cookie).toMatch(new RegExp(`^${QUEUE_DASHBOARD_COOKIE}=`));
    expect(cookie).toMatch(/; Path=\/admin\/queues(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).not.toMatch(/; Secure/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(600);

    const value = cookie.split(';')[0];
    const board = await request(app).get(`${ROUTE}/api/queues`).set('Cookie', value).expect(200);
    expect(board.text).toBe('board GET /api/queues');
    // A change with the cookie from another origin is refused; from the dashboard's own, not.
    await request(app)
      .put(`${ROUTE}/api/queues/matching/retry`)
      .set('Cookie', value)
      .set('Origin', 'https://elsewhere.example')
      .expect(403);
    await request(app)
      .put(`${ROUTE}/api/queues/matching/retry`)
      .set('Cookie', value)
      .set('Host', 'worker.test')
      .set('Origin', 'http://worker.test')
      .expect(200);
  });

  it('marks the cookie Secure over https', async () => {
    const res = await request(app)
      .post(`${ROUTE}/session`)
      .set('X-Forwarded-Proto', 'https')
      .type('form')
      .send({ token: admin })
      .expect(303);
    expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/; Secure/);
  });

  it('sets no cookie for a non-admin, an invalid token or none', async () => {
    for (const [token, status] of [
      [coach, 403],
      ['garbage', 401],
      ['', 401],
    ] as const) {
      const res = await request(app)
        .post(`${ROUTE}/session`)
        .type('form')
        .send({ token })
        .expect(status);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    await request(app).get(`${ROUTE}/session`).expect(405);
  });
});
