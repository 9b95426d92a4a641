import { DynamicModule, INestApplication, Type, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

export interface HttpAppOptions {
  /** Let the caller decide when to listen (tests use supertest without a port). */
  listen?: { host: string; port: number };
  /** Close on SIGTERM/SIGINT; off where one process hosts several apps and closes them itself. */
  shutdownHooks?: boolean;
}

/** The global pipes and hooks every HTTP app shares. */
export function configureHttpApp(app: INestApplication, shutdownHooks = true): INestApplication {
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
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
