import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { createTestApp, startTestEnvironment, TestEnvironment } from '@wt/testing';
import request from 'supertest';

type Schema = Record<string, unknown>;
type Document = {
  paths: Record<string, Record<string, Schema>>;
  components: { schemas: Record<string, Schema> };
};

/**
 * What the portal generates its types from must say what each value is: no scalar left as a bare
 * `object` (what reflection makes of `string | null`), every operation with a success answer and
 * the shared error answers, and unique operation ids. The responses themselves are checked against
 * the documents by every e2e suite (`test/contract-setup.ts`).
 */
describe('OpenAPI documents', () => {
  let env: TestEnvironment;
  const documents: Record<string, Document> = {};

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0' });
    const apps: Array<[string, INestApplication]> = [
      ['vacancy-registry', await createTestApp(VacancyRegistryModule.register(env.config))],
      ['profile-service', await createTestApp(ProfileServiceModule.register(env.config))],
    ];
    for (const [name, app] of apps) {
      documents[name] = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
      await app.close();
    }
  });

  afterAll(() => env.close());

  describe.each(['vacancy-registry', 'profile-service'])('%s', (name) => {
    it('declares no value as a bare object', () => {
      const { components, paths } = documents[name]!;
      const found: string[] = [];
      for (const [schemaName, schema] of Object.entries(components.schemas)) {
        bareObjects(schema, schemaName, found);
      }
      for (const [path, item] of Object.entries(paths)) {
        for (const [method, op] of Object.entries(item)) {
          for (const p of (op.parameters ?? []) as Array<{ name: string; schema: Schema }>) {
            bareObjects(p.schema, `${method} ${path} ?${p.name}`, found);
          }
        }
      }
      expect(found).toEqual([]);
    });

    it('gives every operation its answers, with the error shape', () => {
      const { paths, components } = documents[name]!;
      expect(components.schemas.ErrorResponse).toBeDefined();
      const problems: string[] = [];
      const ids = new Set<string>();
      for (const [path, item] of Object.entries(paths)) {
        for (const [method, op] of Object.entries(item)) {
          const where = `${method.toUpperCase()} ${path}`;
          const operationId = op.operationId as string;
          if (ids.has(operationId)) problems.push(`${where}: operation id ${operationId} twice`);
          ids.add(operationId);
          const responses = op.responses as Record<string, { content?: Schema }>;
          const success = Object.keys(responses).filter((s) => s.startsWith('2'));
          if (success.length === 0) problems.push(`${where}: no success response`);
          for (const status of success) {
            if (status !== '204' && !responses[status]!.content) {
              problems.push(`${where}: ${status} without a body`);
            }
          }
          const errors = ['500', ...(op.security ? ['401', '403', '429'] : [])];
          for (const status of errors) {
            const schema = (
              responses[status]?.content?.['application/json'] as { schema?: Schema } | undefined
            )?.schema;
            if (schema?.$ref !== '#/components/schemas/ErrorResponse') {
              problems.push(`${where}: ${status} not documented with the error shape`);
            }
          }
          if (!path.startsWith('/health') && !op.security) {
            problems.push(`${where}: no bearer security`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it('pages every list the same way', () => {
      const { paths, components } = documents[name]!;
      const pages = Object.entries(components.schemas).filter(([, s]) => {
        const props = (s.properties ?? {}) as Schema;
        return 'items' in props && 'total' in props;
      });
      expect(pages.length).toBeGreaterThan(0);
      for (const [pageName, schema] of pages) {
        const props = schema.properties as Record<string, Schema>;
        expect([pageName, props.page?.type, props.pageSize?.type, props.total?.type]).toEqual([
          pageName,
          'integer',
          'integer',
          'integer',
        ]);
      }
      for (const [path, item] of Object.entries(paths)) {
        const get = item.get;
        const params = ((get?.parameters ?? []) as Array<{ name: string }>).map((p) => p.name);
        if (!params.includes('page')) continue;
        expect([path, params.includes('pageSize')]).toEqual([path, true]);
      }
    });
  });

  it('lists job seekers in pages, like vacancies', () => {
    const pageOf = (doc: Document, path: string) => {
      const ok = (doc.paths[path]!.get!.responses as Record<string, Schema>)['200'] as {
        content: Record<string, { schema: { $ref: string } }>;
      };
      const ref = ok.content['application/json']!.schema.$ref.split('/').pop()!;
      return Object.keys(doc.components.schemas[ref]!.properties as Schema).sort();
    };
    const params = (doc: Document, path: string) =>
      ((doc.paths[path]!.get!.parameters ?? []) as Array<{ name: string }>)
        .map((p) => p.name)
        .filter((p) => p.startsWith('page'));
    const registry = documents['vacancy-registry']!;
    const profiles = documents['profile-service']!;
    expect(pageOf(profiles, '/job-seekers')).toEqual(pageOf(registry, '/vacancies'));
    expect(pageOf(profiles, '/job-seekers')).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(params(profiles, '/job-seekers')).toEqual(['page', 'pageSize']);
    expect(params(registry, '/vacancies')).toEqual(expect.arrayContaining(['page', 'pageSize']));
  });
});

/** Schemas typed `object` with nothing that says what they hold (a scalar reflection lost). */
function bareObjects(schema: unknown, at: string, found: string[]): void {
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as Schema;
  if (
    s.type === 'object' &&
    !s.properties &&
    !s.additionalProperties &&
    !s.allOf &&
    !s.oneOf &&
    !s.anyOf &&
    !s.$ref
  ) {
    found.push(at);
  }
  for (const [name, property] of Object.entries((s.properties ?? {}) as Schema)) {
    bareObjects(property, `${at}.${name}`, found);
  }
  if (s.items) bareObjects(s.items, `${at}[]`, found);
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const [i, part] of ((s[key] ?? []) as unknown[]).entries()) {
      bareObjects(part, `${at}.${key}[${i}]`, found);
    }
  }
}
