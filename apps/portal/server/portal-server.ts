import { signLocalToken } from '@wt/auth';
import { AppConfig } from '@wt/config';
import { DQR_QUALIFICATIONS, NLQF_QUALIFICATIONS } from '@wt/taxonomy/levels';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { existsSync, readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** Demo tokens live as long as a working day; the page signs in again after that. */
const DEMO_TOKEN_SECONDS = 8 * 3600;

/** How the browser signs in: the demo page (local key, never production), OIDC, or not at all. */
export type SignInMode = 'demo' | 'oidc' | 'none';

export function signInMode(config: AppConfig): SignInMode {
  if (config.auth.mode === 'oidc') return config.portal.oidcClientId ? 'oidc' : 'none';
  return config.nodeEnv === 'production' ? 'none' : 'demo';
}

/** What the single-page app reads at start (`GET /portal/config.json`). */
export interface PortalClientConfig {
  signIn: SignInMode;
  oidc?: { authority: string; clientId: string; scope: string };
  /** Where the role and ids are in a token (the app reads them to pick its pages). */
  claims: { role: string; organisationId: string; coachId: string };
  /** The worker's queue dashboard (PORTAL_QUEUE_DASHBOARD_URL); the admin pages link it when set. */
  queueDashboardUrl?: string;
}

export function clientConfig(config: AppConfig): PortalClientConfig {
  const mode = signInMode(config);
  const claims = { ...config.auth.claims };
  const { queueDashboardUrl } = config.portal;
  const links = queueDashboardUrl ? { queueDashboardUrl } : {};
  if (mode !== 'oidc') return { signIn: mode, claims, ...links };
  return {
    signIn: mode,
    claims,
    ...links,
    oidc: {
      authority: config.auth.issuer,
      clientId: config.portal.oidcClientId!,
      scope: config.portal.oidcScope,
    },
  };
}

/** The built single-page app: `dist/portal` under the repository (or image) root. */
export function defaultStaticDir(from = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'apps'))) break;
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dist'))) break;
    const parent = dirname(dir);
    if (parent === dir) return join(from, 'portal');
    dir = parent;
  }
  return join(dir, 'dist', 'portal');
}

export interface PortalServerOptions {
  /** Folder with the built app (`index.html`, `assets/`). */
  staticDir?: string;
}

/**
 * The portal's one origin: the built app, `/api/registry/*` and `/api/profiles/*` forwarded to the
 * two APIs (so the browser needs no CORS), the client configuration and, in the demo, the sign-in
 * that signs a token for a fictional account with the local key.
 */
export function createPortalApp(config: AppConfig, options: PortalServerOptions = {}) {
  const staticDir = options.staticDir ?? defaultStaticDir();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  // With OIDC the app calls the issuer (discovery, token endpoint) and frames it for the silent
  // sign-in, which the issuer sends back to /auth/silent on this origin; without, no frames at all.
  const issuerOrigin = signInMode(config) === 'oidc' ? safeOrigin(config.auth.issuer) : undefined;
  // The admin's token is posted (a form) to the queue dashboard's /session, on the worker's origin.
  const dashboard = config.portal.queueDashboardUrl;
  const dashboardOrigin = dashboard ? safeOrigin(dashboard) : undefined;
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // React and the chart library set style attributes.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'", ...(issuerOrigin ? [issuerOrigin] : [])],
          'frame-src': issuerOrigin ? ["'self'", issuerOrigin] : ["'none'"],
          'frame-ancestors': ["'self'"],
          'form-action': ["'self'", ...(dashboardOrigin ? [dashboardOrigin] : [])],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const forward = (target: string, prefix: string) =>
    createProxyMiddleware<Request, Response>({
      target,
      changeOrigin: true,
      xfwd: true,
      proxyTimeout: 60_000,
      on: {
        error: (_error, _req, res) => {
          const out = res as Response;
          if (out.headersSent) return out.end();
          out.status(502).json({
            statusCode: 502,
            error: 'Bad Gateway',
            message: `The ${prefix} API is not reachable`,
          });
        },
      },
    });
  app.use('/api/registry', forward(config.portal.registryUrl, 'vacancy registry'));
  app.use('/api/profiles', forward(config.portal.profilesUrl, 'profile service'));
  app.use('/api', (_req, res) => {
    res.status(404).json({ statusCode: 404, error: 'Not Found', message: 'No such API' });
  });

  app.get('/portal/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-store').json(clientConfig(config));
  });

  // The qualification picker: NLQF and DQR with their EQF level, from the engine's own table.
  const qualifications = JSON.stringify(
    [...NLQF_QUALIFICATIONS, ...DQR_QUALIFICATIONS].map(
      ({ code, country, eqf, nationalLevel, names }) => ({
        code,
        country,
        eqf,
        nationalLevel,
        names,
      }),
    ),
  );
  app.get('/portal/qualifications.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('json').send(qualifications);
  });

  const demo = signInMode(config) === 'demo';
  app.get('/portal/demo/accounts', (_req, res) => {
    if (!demo) return void res.status(404).json({ statusCode: 404, message: 'No demo sign-in' });
    res.set('Cache-Control', 'no-store').json(
      DEMO_ACCOUNTS.map(({ key, principal, description }) => ({
        key,
        ...principal,
        description,
      })),
    );
  });
  app.post('/portal/demo/sign-in', express.json({ limit: '1kb' }), (req, res) => {
    if (!demo) return void res.status(404).json({ statusCode: 404, message: 'No demo sign-in' });
    const key = (req.body as { account?: unknown } | undefined)?.account;
    const account = DEMO_ACCOUNTS.find((a) => a.key === key);
    if (!account) {
      return void res.status(400).json({
        statusCode: 400,
        error: 'Bad Request',
        message: 'account must be one of the demo accounts',
        field: 'account',
      });
    }
    const token = signLocalToken(config, account.principal, { ttlSeconds: DEMO_TOKEN_SECONDS });
    res.set('Cache-Control', 'no-store').json({
      token,
      expiresAt: new Date(Date.now() + DEMO_TOKEN_SECONDS * 1000).toISOString(),
      principal: account.principal,
    });
  });

  const indexFile = join(staticDir, 'index.html');
  app.use(
    express.static(staticDir, {
      index: false,
      setHeaders: (res, path) => {
        // Vite names assets by content hash: they never change.
        if (path.includes(`${join(staticDir, 'assets')}`))
          res.set('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get(/^\/(?!api\/|portal\/).*/, (_req, res) => {
    if (!existsSync(indexFile)) {
      return void res
        .status(503)
        .type('text/plain')
        .send('The portal is not built: run npm run build');
    }
    res.set('Cache-Control', 'no-cache').type('html').send(readFileSync(indexFile));
  });
  app.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    res.status(500).json({ statusCode: 500, error: 'Internal Server Error', message: 'Failed' });
  });
  return app;
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export interface RunningPortal {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) and resolves once it does. */
export async function startPortalServer(
  config: AppConfig,
  listen: { host: string; port: number },
  options: PortalServerOptions = {},
): Promise<RunningPortal> {
  const app = createPortalApp(config, options);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(listen.port, listen.host, (error?: Error) =>
      error ? reject(error) : resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host === '0.0.0.0' ? '127.0.0.1' : listen.host;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
