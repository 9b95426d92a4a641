import { AppConfig, loadConfig } from '@wt/config';
import {
  MIGRATIONS,
  openDataSource,
  OpenedDataSource,
  provideDataSource,
  releaseDataSource,
  runMigrations,
} from '@wt/database';

import Redis from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export interface TestEnvironment {
  config: AppConfig;
  /** The migrated database every app of this suite shares. */
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A database and a queue of this suite's own: a fresh database on the server of
 * `TEST_DATABASE_URL`/`DATABASE_URL`, or an in-memory PGlite; a Redis key prefix of its own when
 * `REDIS_URL` is set, the in-process queue otherwise. Migrations are applied once.
 */
export async function startTestEnvironment(
  overrides: NodeJS.ProcessEnv = {},
): Promise<TestEnvironment> {
  const suite = `wt_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const databaseUrl = serverUrl ? await createDatabase(serverUrl, suite) : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DATABASE_URL: databaseUrl,
    PGLITE_DATA_DIR: 'memory://',
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: suite,
    DEMO_DATA: 'false',
    // A key of this suite's own for `tokenFor`; suites that test the limiter set a low one.
    AUTH_LOCAL_KEY: randomBytes(32).toString('base64url'),
    RATE_LIMIT_MAX: '100000',
    ...overrides,
  });
  const opened = databaseUrl ? await openMigrated(config) : await openEmbeddedFromTemplate(config);
  provideDataSource(opened);
  return {
    config,
    dataSource: opened.dataSource,
    async close() {
      await releaseDataSource();
      if (serverUrl && databaseUrl) await dropDatabase(serverUrl, suite);
      if (config.queue.redisUrl)
        await deleteKeys(config.queue.redisUrl, `${config.queue.prefix}:*`);
    },
  };
}

async function openMigrated(config: AppConfig): Promise<OpenedDataSource> {
  const opened = await openDataSource(config);
  await runMigrations(opened.dataSource);
  return opened;
}

/** Creating PGlite and migrating takes seconds; later suites start from a snapshot of the result. */
async function openEmbeddedFromTemplate(config: AppConfig): Promise<OpenedDataSource> {
  const hash = createHash('sha1')
    .update(MIGRATIONS.map((m) => m.name).join('|'))
    .digest('hex');
  const file = join(tmpdir(), `wt-pglite-template-${hash}.tar`);
  if (existsSync(file)) {
    return openDataSource(config, new Blob([readFileSync(file)]));
  }
  const opened = await openMigrated(config);
  const snapshot = await opened.embedded!.snapshot();
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await snapshot.arrayBuffer()));
  renameSync(partial, file);
  return opened;
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}

async function deleteKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // An unreachable server (a test of that very case) has no keys to clean up.
  } finally {
    redis.disconnect();
  }
}
