import { NestExpressApplication } from '@nestjs/platform-express';
import { requestContextMiddleware } from '@wt/audit';
import { HttpConfig } from '@wt/config';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Routes whose path ends in `/bulk` take bodies up to `HTTP_BULK_BODY_LIMIT` (uploads). */
export function isBulkPath(path: string): boolean {
  return /\/bulk\/?$/.test(path);
}

/**
 * Transport-level hardening, in the order requests meet it: security headers (helmet), CORS only
 * for configured origins, body size limits (413 beyond them), and the request context the audit
 * trail reads the client address from.
 */
export function hardenHttpApp(app: NestExpressApplication, http: HttpConfig): void {
  app.set('trust proxy', http.trustProxy);
  app.use(helmet());
  if (http.corsOrigins.length > 0) {
    app.enableCors({
      origin: http.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type'],
      maxAge: 600,
    });
  }
  app.use(bulkBodyParser(http.bulkBodyLimit));
  // Registered under Nest's own names, so Nest does not add its unlimited-by-config defaults.
  app.useBodyParser('json', { limit: http.bodyLimit });
  app.useBodyParser('urlencoded', { limit: http.bodyLimit, extended: true });
  app.use(requestContextMiddleware);
}

/** JSON and CSV (as text) with the larger limit, for bulk paths only; other paths pass through. */
function bulkBodyParser(limit: string): RequestHandler {
  const json = express.json({ limit });
  const csv = express.text({ type: ['text/csv', 'text/plain'], limit });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!isBulkPath(req.path)) return next();
    json(req, res, (error?: unknown) => (error ? next(error) : csv(req, res, next)));
  };
}
