import { TokenVerifier } from '@wt/auth';
import { AppConfig } from '@wt/config';
import express, { NextFunction, Request, Response } from 'express';

/** The cookie that carries an admin's bearer token to the dashboard a plain link opens. */
export const QUEUE_DASHBOARD_COOKIE = 'wt_queue_dashboard';
/** How long the cookie lives at most (the token inside is verified on every request anyway). */
export const QUEUE_DASHBOARD_COOKIE_SECONDS = 600;

const readForm = express.urlencoded({ extended: false, limit: '16kb' });

/**
 * The admin check of the queue dashboard (Bull Board mounts outside Nest's routing, so it is its
 * own middleware): a bearer token, or the cookie that `POST <route>/session` sets from one.
 *
 * A link cannot send a bearer token, so the portal posts the admin's token (a form, in a new tab)
 * to `<route>/session`; that verifies it like any bearer (role admin), sets it in a short-lived
 * HttpOnly, SameSite=Strict cookie on the dashboard's path only (Secure over https) and redirects
 * to the dashboard. Every later request verifies the cookie's token afresh, so an expired or
 * non-admin token never gets in; changes made with the cookie must come from the dashboard's own
 * origin (no cross-origin request carries it: SameSite, plus the Origin check).
 */
export function queueDashboardAccess(config: AppConfig, route: string) {
  const verifier = TokenVerifier.fromConfig(config);
  const sessionPath = `${route}/session`;

  const refuse = (res: Response, status: 401 | 403, message: string) =>
    void res
      .status(status)
      .set('Cache-Control', 'no-store')
      .json({ statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message });

  /** 'admin', 'not-admin' or 'invalid'. */
  const check = async (token: string): Promise<'admin' | 'not-admin' | 'invalid'> => {
    if (!token) return 'invalid';
    try {
      return (await verifier.verify(token)).role === 'admin' ? 'admin' : 'not-admin';
    } catch {
      return 'invalid';
    }
  };

  const startSession = async (req: Request, res: Response) => {
    const form = (req.body ?? {}) as { token?: unknown };
    const token = typeof form.token === 'string' ? form.token : bearer(req);
    const outcome = await check(token);
    if (outcome === 'invalid') return refuse(res, 401, 'a valid admin token is required');
    if (outcome === 'not-admin') return refuse(res, 403, 'the queue dashboard is for admins');
    const left = secondsLeft(token);
    const maxAge = Math.max(1, Math.min(QUEUE_DASHBOARD_COOKIE_SECONDS, left));
    res.cookie(QUEUE_DASHBOARD_COOKIE, token, {
      httpOnly: true,
      secure: req.secure,
      sameSite: 'strict',
      path: route,
      maxAge: maxAge * 1000,
    });
    res.set('Cache-Control', 'no-store').redirect(303, route);
  };

  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split('?')[0];
    if (path === sessionPath) {
      if (req.method !== 'POST') {
        res.status(405).set('Allow', 'POST');
        return void res.json({ statusCode: 405, error: 'Method Not Allowed', message: 'POST' });
      }
      return readForm(req, res, () => void startSession(req, res).catch(next));
    }
    const header = bearer(req);
    const cookie = header ? '' : readCookie(req, QUEUE_DASHBOARD_COOKIE);
    if (cookie && !['GET', 'HEAD'].includes(req.method) && !sameOrigin(req)) {
      return refuse(res, 403, 'the queue dashboard takes changes from its own pages only');
    }
    void check(header || cookie).then((outcome) => {
      if (outcome === 'admin') return next();
      if (outcome === 'not-admin') return refuse(res, 403, 'the queue dashboard is for admins');
      refuse(res, 401, 'a valid admin token is required');
    }, next);
  };
}

function bearer(req: Request): string {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : '';
}

function readCookie(req: Request, name: string): string {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return '';
      }
    }
  }
  return '';
}

/** A state-changing request with the cookie: its Origin (when sent) must be the dashboard's. */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Seconds until the (already verified) token's `exp`; the cookie's upper bound otherwise. */
function secondsLeft(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    if (typeof payload.exp === 'number') return Math.floor(payload.exp - Date.now() / 1000);
  } catch {
    // verified already: a token without a readable exp is bounded by the cookie's own limit
  }
  return QUEUE_DASHBOARD_COOKIE_SECONDS;
}
