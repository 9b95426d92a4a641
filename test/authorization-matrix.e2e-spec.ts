import { INestApplication } from '@nestjs/common';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS } from '@wt/auth';
import { loadDemoData } from '@wt/demo';
import {
  createTestApp,
  listRoutes,
  startTestEnvironment,
  TestEnvironment,
  tokenFor,
} from '@wt/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { AppName, AUTHORIZATION_MATRIX, Caller, CALLERS, MatrixRow } from './authorization-matrix';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

function parseRoute(route: string): { method: Method; path: string } {
  const [method, path] = route.split(' ');
  return { method: method.toLowerCase() as Method, path };
}

function expectedStatus(row: MatrixRow, caller: Caller): number | 'let in' {
  const exact = row.status?.[caller];
  if (exact !== undefined) return exact;
  if (row.allowed.includes(caller)) return 'let in';
  return caller === 'anonymous' ? 401 : 403;
}

const cases = AUTHORIZATION_MATRIX.flatMap((row) =>
  CALLERS.map((caller) => ({ row, caller, expected: expectedStatus(row, caller) })),
);

describe('authorisation matrix', () => {
  let env: TestEnvironment;
  const apps = new Map<AppName, INestApplication>();

  beforeAll(async () => {
    env = await startTestEnvironment();
    await loadDemoData(env.dataSource);
    apps.set('matching-worker', await createTestApp(MatchingWorkerModule.register(env.config)));
    apps.set('vacancy-registry', await createTestApp(VacancyRegistryModule.register(env.config)));
    apps.set('profile-service', await createTestApp(ProfileServiceModule.register(env.config)));
  });

  afterAll(async () => {
    for (const app of apps.values()) await app.close();
    await env?.close();
  });

  it.each(cases.map((c) => [`${c.row.app} ${c.row.route} as ${c.caller} -> ${c.expected}`, c]))(
    '%s',
    async (_, { row, caller, expected }) => {
      const { method, path } = parseRoute(row.route);
      let call = request(apps.get(row.app)!.getHttpServer())[method](row.path ?? path);
      if (caller !== 'anonymous') {
        call = call.set('Authorization', `Bearer ${tokenFor(env.config, DEMO_PRINCIPALS[caller])}`);
      }
      if (row.body !== undefined) call = call.send(row.body as object);
      const { status } = await call;
      if (expected === 'let in') {
        expect({ status, refused: [401, 403].includes(status) || status >= 500 }).toEqual({
          status,
          refused: false,
        });
      } else {
        expect(status).toBe(expected);
      }
    },
  );

  it('has a row for every endpoint the apps serve', () => {
    const missing: string[] = [];
    for (const [name, app] of apps) {
      const rows = new Set(AUTHORIZATION_MATRIX.filter((r) => r.app === name).map((r) => r.route));
      for (const route of listRoutes(app)) if (!rows.has(route)) missing.push(`${name} ${route}`);
    }
    expect(missing).toEqual([]);
  });

  it('is the table the README shows', () => {
    const mark = (row: MatrixRow, caller: Caller) => (row.allowed.includes(caller) ? '✓' : '–');
    const expected = AUTHORIZATION_MATRIX.map((row) =>
      [row.app, row.route, ...CALLERS.map((caller) => mark(row, caller))].join(' | '),
    );
    expect(readmeMatrix()).toEqual(expected);
  });
});

/** The rows of the README's matrix table, cells trimmed and backticks dropped. */
function readmeMatrix(): string[] {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const section = (readme.split(/^## Authorisation matrix$/m)[1] ?? '').split(/^## /m)[0];
  const table = section.split('\n').filter((line) => line.startsWith('|'));
  return table.slice(2).map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim().replace(/`/g, ''))
      .join(' | '),
  );
}
