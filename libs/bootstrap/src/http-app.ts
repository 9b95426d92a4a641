import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '@wt/config';
import { Logger } from 'nestjs-pino';
import { setupApiDocs } from './api-docs';
import { ErrorResponseFilter } from './error-response.filter';
import { hardenHttpApp } from './http-hardening';
import { StrictValidationPipe } from './validation/strict-validation.pipe';

export interface HttpAppOptions {
  /** Let the caller decide when to listen (tests use supertest without a port). */
  listen?: { host: string; port: number };
  /** Close on SIGTERM/SIGINT; off where one process hosts several apps and closes them itself. */
  shutdownHooks?: boolean;
}

/**
 * The middleware, pipes, filters and hooks every HTTP app shares. Guards (rate limit, auth) come
 * from `HttpSecurityModule` in the app module.
 */
export function configureHttpApp(app: INestApplication, shutdownHooks = true): INestApplication {
  app.useLogger(app.get(Logger));
  hardenHttpApp(app as NestExpressApplication, app.get<AppConfig>(APP_CONFIG).http);
  app.useGlobalFilters(new ErrorResponseFilter());
  app.useGlobalPipes(new StrictValidationPipe());
  setupApiDocs(app);
  if (shutdownHooks) app.enableShutdownHooks();
  return app;
}

export async function createHttpApp(
  module: Type<unknown> | DynamicModule,
  options: HttpAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  configureHttpApp(app, options.shutdownHooks ?? true);
  if (options.listen) await app.listen(options.listen.port, options.listen.host);
  return app;
}
