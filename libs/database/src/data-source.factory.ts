import { AppConfig } from '@wt/config';
import { DataSource, DataSourceOptions } from 'typeorm';
import { EmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryErrorLogger } from './query-error.logger';

export interface OpenedDataSource {
  dataSource: DataSource;
  /** The embedded database behind it, when there is no `DATABASE_URL`. */
  embedded?: EmbeddedPostgres;
  /** Destroys the data source and stops the embedded database, if any. */
  close(): Promise<void>;
}

function options(config: AppConfig, embedded?: EmbeddedPostgres): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['error' as const],
    logger: new QueryErrorLogger(),
  };
  if (embedded) {
    // One connection: PGlite has a single session, so this also serialises transactions. It is
    // never closed for idleness: a reconnect racing the socket server's detach fails with EPIPE.
    return {
      ...common,
      host: embedded.socketDir,
      port: 5432,
      username: 'postgres',
      database: 'postgres',
      extra: { max: 1, idleTimeoutMillis: 0 },
    };
  }
  return { ...common, url: config.database.url, extra: { max: config.database.poolSize } };
}

/** Opens the configured database: PostgreSQL when `DATABASE_URL` is set, embedded PGlite otherwise. */
export async function openDataSource(
  config: AppConfig,
  snapshot?: Blob,
): Promise<OpenedDataSource> {
  const embedded = config.database.url
    ? undefined
    : await EmbeddedPostgres.start(config.database.pgliteDataDir, snapshot);
  const dataSource = new DataSource(options(config, embedded));
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/** Applies pending migrations; returns the names of those applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
