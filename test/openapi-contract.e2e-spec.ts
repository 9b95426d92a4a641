import {
  Body,
  Controller,
  Get,
  HttpCode,
  INestApplication,
  Module,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
} from '@nestjs/swagger';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { DEMO_PRINCIPALS } from '@wt/auth';
import {
  createTestApp,
  formatViolations,
  OpenApiContract,
  startTestEnvironment,
  takeContractViolations,
  TestEnvironment,
  tokenFor,
} from '@wt/testing';
import request from 'supertest';

class CountDto {
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

class CountInputDto {
  @ApiProperty({ type: 'integer' }) @IsInt() count!: number;
  @ApiPropertyOptional({ type: String }) @IsOptional() @IsString() note?: string;
}

/** A route whose answer the test chooses: right, or wrong in one way. */
@ApiBearerAuth()
@Controller('contract-probe')
class ContractProbeController {
  @Get()
  @ApiQuery({ name: 'answer', required: false, type: String })
  @ApiOkResponse({ type: CountDto })
  answer(@Query('answer') answer?: string): unknown {
    if (answer === 'string-count') return { count: '3', note: null };
    if (answer === 'extra') return { count: 3, note: null, secret: 'x' };
    if (answer === 'missing') return { count: 3 };
    return { count: 3, note: answer === 'null' ? null : 'ok' };
  }

  /** A document that drifted from what the route takes: it says `count` is a string. */
  @Post('drifted')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', properties: { count: { type: 'string' } } } })
  @ApiOkResponse({ type: CountDto })
  drifted(@Body() body: Record<string, unknown>): CountDto {
    return { count: Number(body.count), note: null };
  }

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: CountDto })
  echo(@Body() body: CountInputDto): CountDto {
    return { count: body.count, note: body.note ?? null };
  }
}

@Module({ controllers: [ContractProbeController] })
class ContractProbeModule {}

/**
 * The contract check itself can fail: a response the document does not describe leaves a
 * violation naming operation, status and schema error (which `test/contract-setup.ts` turns into
 * a failed test). The violations are taken here, so this suite's own tests pass.
 */
describe('the OpenAPI contract check', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  const get = (query: Record<string, string> = {}) =>
    request(app.getHttpServer())
      .get('/contract-probe')
      .query(query)
      .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.coach)}`);

  beforeAll(async () => {
    env = await startTestEnvironment();
    const registered = ProfileServiceModule.register(env.config);
    app = await createTestApp({
      ...registered,
      imports: [...(registered.imports ?? []), ContractProbeModule],
    });
  });

  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it('passes responses the document describes, null where it is nullable', async () => {
    await get().expect(200, { count: 3, note: 'ok' });
    await get({ answer: 'null' }).expect(200, { count: 3, note: null });
    expect(takeContractViolations()).toEqual([]);
  });

  it('names operation, status and schema error for a value of the wrong type', async () => {
    await get({ answer: 'string-count' }).expect(200);
    const found = takeContractViolations();
    expect(found).toEqual([
      { operation: 'GET /contract-probe', status: 200, error: '/count must be integer: "3"' },
    ]);
    expect(formatViolations(found)).toContain(
      'GET /contract-probe answered 200: /count must be integer: "3"',
    );
  });

  it('refuses a property the document does not declare, and a missing required one', async () => {
    await get({ answer: 'extra' }).expect(200);
    await get({ answer: 'missing' }).expect(200);
    expect(takeContractViolations().map((v) => v.error)).toEqual([
      expect.stringContaining('must NOT have additional properties (secret)'),
      expect.stringContaining("must have required property 'note'"),
    ]);
  });

  it('refuses a status the operation does not document, and an undocumented route', async () => {
    // 401 is documented (bearer security); a route of no operation at all is not.
    await request(app.getHttpServer()).get('/contract-probe').expect(401);
    expect(takeContractViolations()).toEqual([]);
    await request(app.getHttpServer()).get('/job-seekers/not-a-uuid').expect(401);
    expect(takeContractViolations()).toEqual([]);
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    delete document.paths['/contract-probe'].get.responses['401'];
    const contract = new OpenApiContract(document);
    const body = Buffer.from(JSON.stringify({ statusCode: 401, error: 'Unauthorized' }));
    expect(contract.check('GET', '/contract-probe', 401, 'application/json', body)).toEqual({
      operation: 'GET /contract-probe',
      status: 401,
      error: expect.stringMatching(/^status not documented \(documented: 200, /),
    });
    expect(contract.check('GET', '/nowhere', 200, 'application/json', body)).toEqual({
      operation: 'GET /nowhere',
      status: 200,
      error: 'the operation is not in the document',
    });
    expect(
      contract.check('GET', '/contract-probe', 200, 'text/csv', Buffer.from('count\n3')),
    ).toEqual({
      operation: 'GET /contract-probe',
      status: 200,
      error: 'content type text/csv not documented (documented: application/json)',
    });
  });

  it('checks error answers against the error shape', async () => {
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    const contract = new OpenApiContract(document);
    const wrong = Buffer.from(JSON.stringify({ status: 401, detail: 'no token' }));
    expect(contract.check('GET', '/contract-probe', 401, 'application/json', wrong)?.error).toMatch(
      /must have required property 'statusCode'/,
    );
    const right = Buffer.from(
      JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'no token' }),
    );
    expect(contract.check('GET', '/contract-probe', 401, 'application/json', right)).toBe(
      undefined,
    );
  });

  describe('request bodies', () => {
    const post = (body: object) =>
      request(app.getHttpServer())
        .post('/contract-probe')
        .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.coach)}`)
        .send(body);

    it('passes an accepted body the document describes; leaves refused bodies alone', async () => {
      await post({ count: 3, note: 'ok' }).expect(200, { count: 3, note: 'ok' });
      await post({ count: 3 }).expect(200);
      // Bad-input tests send wrong bodies on purpose: a 400 is not checked.
      await post({ count: 'three' }).expect(400);
      expect(takeContractViolations()).toEqual([]);
    });

    it('names the operation and the schema error when the document says otherwise', async () => {
      const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
      const ref = document.paths['/contract-probe'].post.requestBody.content['application/json']
        .schema.$ref as string;
      const input = document.components.schemas[ref.split('/').pop()!];
      // A document that drifted from the DTO: `count` a string, `note` unknown to it.
      input.properties.count = { type: 'string' };
      delete input.properties.note;
      const contract = new OpenApiContract(document);
      expect(
        contract.checkRequest('POST', '/contract-probe', 200, 'application/json', {
          count: 3,
          note: 'ok',
        }),
      ).toEqual({
        operation: 'POST /contract-probe',
        status: 200,
        error: expect.stringMatching(/^request body: /),
      });
      const { error } = contract.checkRequest('POST', '/contract-probe', 200, 'application/json', {
        count: 3,
        note: 'ok',
      })!;
      expect(error).toContain('/count must be string: 3');
      expect(error).toContain('must NOT have additional properties (note)');
      expect({});
      // Refused requests are never checked; a body to an operation without one is named.
      expect(
        contract.checkRequest('POST', '/contract-probe', 400, 'application/json', { count: 3 }),
      ).toBeUndefined();
      expect(
        contract.checkRequest('GET', '/contract-probe', 200, 'application/json', { count: 3 }),
      ).toEqual({
        operation: 'GET /contract-probe',
        status: 200,
        error: 'request body: the operation documents no request body',
      });
    });

    it('records an accepted request its own document does not describe (the e2e recorder)', async () => {
      await request(app.getHttpServer())
        .post('/contract-probe/drifted')
        .set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS.coach)}`)
        .send({ count: 3 })
        .expect(200);
      expect(takeContractViolations()).toEqual([
        {
          operation: 'POST /contract-probe/drifted',
          status: 200,
          error: 'request body: /count must be string: 3',
        },
      ]);
    });
  });
});
