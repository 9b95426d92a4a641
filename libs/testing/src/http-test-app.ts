import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '@wt/bootstrap';
import { contractRecorder } from './contract-recorder';

/**
 * An app as production wires it (pipes, logger), initialised without a port for supertest. Every
 * response it sends is checked against its OpenAPI document (see `takeContractViolations`).
 */
export async function createTestApp(module: DynamicModule): Promise<INestApplication> {
  const app = await NestFactory.create(module, { logger: false, bufferLogs: true });
  app.use(contractRecorder(app));
  configureHttpApp(app, false);
  await app.init();
  return app;
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
