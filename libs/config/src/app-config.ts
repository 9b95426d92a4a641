export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  /** PostgreSQL connection string; absent means the embedded PGlite database. */
  url?: string;
  /** Where embedded PGlite keeps its files; `memory://` keeps nothing. */
  pgliteDataDir: string;
  /** Connections per process (PostgreSQL only; PGlite always uses one). */
  poolSize: number;
}

export interface QueueConfig {
  /** Redis connection string; absent means the in-process runner. */
  redisUrl?: string;
  /** Key prefix in Redis, so that several deployments or test runs can share one server. */
  prefix: string;
  /** Jobs one worker process runs at once. */
  concurrency: number;
}

export interface HttpConfig {
  host: string;
  vacancyRegistryPort: number;
  profileServicePort: number;
  workerHealthPort: number;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  database: DatabaseConfig;
  queue: QueueConfig;
  http: HttpConfig;
  /** Load the fictional demo data set at start (standalone only). */
  demoData: boolean;
}

export function isEmbeddedDatabase(config: AppConfig): boolean {
  return !config.database.url;
}

export function isInProcessQueue(config: AppConfig): boolean {
  return !config.queue.redisUrl;
}
