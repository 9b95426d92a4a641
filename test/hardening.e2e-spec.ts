import { Body, Controller, Get, INestApplication, Module, Post } from '@nestjs/common';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS, Public } from '@wt/auth';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import request from 'supertest';

const received = { schema: { type: 'object', properties: { received: { type: 'integer' } } } };

/** Probe routes, documented like the apps' own (every e2e response is checked against it). */
@Controller('probe')
class ProbeController {
  @Get('fails')
  @ApiBearerAuth()
  @ApiOkResponse({ schema: { type: 'object' } })
  fails(): never {
    throw new Error('connection to 10.1.2.3 refused by internal-db-7');
  }

  @Get('ok')
  @ApiBearerAuth()
  @ApiOkResponse({ schema: { type: 'object', properties: { ok: { type: 'boolean' } } } })
  ok() {
    return { ok: true };
  }

  @Public()
  @Post('echo')
  @ApiBody({ schema: { type: 'object' } })
  @ApiCreatedResponse(received)
  echo(@Body() body: unknown) {
    return { received: JSON.stringify(body).length };
  }

  @Public()
  @Post('bulk')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ schema: { oneOf: [{ type: 'object' }, { type: 'string' }] } })
  @ApiCreatedResponse(received)
  bulk(@Body() body: unknown) {
    return { received: typeof body === 'string' ? body.length : JSON.stringify(body).length };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('HTTP hardening', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  const origin = 'https://portal.werkpleintwente.example';
  const bearer = (subject: string) =>
    `Bearer ${tokenFor(env.config, { ...DEMO_PRINCIPALS.adviser, subject })}`;

  beforeAll(async () => {
    env = await startTestEnvironment({
      CORS_ORIGINS: origin,
      HTTP_BODY_LIMIT: '1kb',
      HTTP_BULK_BODY_LIMIT: '8kb',
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_TTL_SECONDS: '60',
    });
    const registered = VacancyRegistryModule.register(env.config);
    app = await createTestApp({
      ...registered,
      imports: [...(registered.imports ?? []), ProbeModule],
    });
  });

  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it('sends the helmet security headers and no X-Powered-By', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS for the configured origin only', async () => {
    const allowed = await request(app.getHttpServer())
      .options('/probe/ok')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(origin);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/i);

    const other = await request(app.getHttpServer())
      .options('/probe/ok')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 413 to a body over HTTP_BODY_LIMIT, before looking at the token', async () => {
    const response = await request(app.getHttpServer())
      .post('/probe/echo')
      .send({ text: 'x'.repeat(2_000) })
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'request entity too large',
    });
    await request(app.getHttpServer())
      .post('/probe/echo')
      .send({ text: 'x'.repeat(500) })
      .expect(201);
  });

  it('lets a bulk path take up to HTTP_BULK_BODY_LIMIT, as JSON or CSV', async () => {
    await request(app.getHttpServer())
      .post('/probe/bulk')
      .send({ rows: 'x'.repeat(5_000) })
      .expect(201, { received: 5_011 });
    await request(app.getHttpServer())
      .post('/probe/bulk')
      .set('Content-Type', 'text/csv')
      .send('title;place\n'.repeat(400))
      .expect(201, { received: 4_800 });
    await request(app.getHttpServer())
      .post('/probe/bulk')
      .send({ rows: 'x'.repeat(9_000) })
      .expect(413);
  });

  it('answers 400 without internals to malformed JSON', async () => {
    const response = await request(app.getHttpServer())
      .post('/probe/echo')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(Object.keys(response.body).sort()).toEqual(['error', 'message', 'statusCode']);
  });

  it('answers an unexpected error with a bare 500: no stack, no message from inside', async () => {
    const response = await request(app.getHttpServer())
      .get('/probe/fails')
      .set('Authorization', bearer('errors'))
      .expect(500);
    expect(response.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
    });
    expect(response.text).not.toMatch(/10\.1\.2\.3|internal-db|at .*\.ts/);
  });

  it('limits requests per token (429), each token on its own budget, health never', async () => {
    const call = (token: string) =>
      request(app.getHttpServer()).get('/probe/ok').set('Authorization', token);
    const first = bearer('throttled-1');
    for (let i = 0; i < 5; i++) await call(first).expect(200);
    const refused = await call(first).expect(429);
    expect(refused.body).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many requests; slow down and try again shortly',
    });
    expect(refused.headers['retry-after']).toBeDefined();
    await call(bearer('throttled-2')).expect(200);
    for (let i = 0; i < 8; i++) await request(app.getHttpServer()).get('/health').expect(200);
  });

  it('limits requests without a token per client address', async () => {
    // Earlier tests spent part of this address's budget on public routes; exhaust the rest.
    let status = 0;
    for (let i = 0; i < 6 && status !== 429; i++) {
      status = (await request(app.getHttpServer()).get('/probe/ok')).status;
    }
    expect(status).toBe(429);
  });
});
