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
  /** How long a worker holds a job without renewing its lock; a dead worker's job is taken up after it. */
  lockMs: number;
}

export interface HttpConfig {
  host: string;
  vacancyRegistryPort: number;
  profileServicePort: number;
  workerHealthPort: number;
  /** Browser origins allowed to call the APIs; empty means no CORS headers at all. */
  corsOrigins: string[];
  /** Largest request body (`1mb`, `500kb`); larger ones get 413. */
  bodyLimit: string;
  /** Largest body on a bulk route (a path ending in `/bulk`). */
  bulkBodyLimit: string;
  /** Express `trust proxy`: false, a hop count, or addresses/subnets of the proxies. */
  trustProxy: boolean | number | string;
}

/** The portal server: the built single-page app and the two APIs behind one origin. */
export interface PortalConfig {
  port: number;
  /** Where `/api/registry/*` is forwarded (default: this machine's vacancy registry). */
  registryUrl: string;
  /** Where `/api/profiles/*` is forwarded (default: this machine's profile service). */
  profilesUrl: string;
  /** The portal's client id at the OIDC issuer (authorization code with PKCE); OIDC mode only. */
  oidcClientId?: string;
  oidcScope: string;
  /** The worker's queue dashboard (Bull Board) for the admin pages to link to; no link when unset. */
  queueDashboardUrl?: string;
}

export interface RateLimitConfig {
  /** Window length in seconds. */
  ttlSeconds: number;
  /** Requests one caller (bearer token, or IP without one) may make per window. */
  limit: number;
}

/** Names of the token claims that carry the principal. */
export interface ClaimNames {
  role: string;
  organisationId: string;
  coachId: string;
}

export interface AuthConfig {
  /** `oidc` when a JWKS URL is configured, `local` (a shared HS256 key) otherwise. */
  mode: 'local' | 'oidc';
  issuer: string;
  audience: string;
  jwksUrl?: string;
  /**
   * The issuer's JWKS is fetched again after this many seconds (sooner for an unknown key id);
   * a key removed from it stops verifying at that fetch, cached verified tokens included.
   */
  jwksCacheSeconds: number;
  /** The HS256 key of the local mode; absent: read or generated in {@link localKeyFile}. */
  localKey?: string;
  localKeyFile: string;
  claims: ClaimNames;
}

/** Job-seeker profiles: when an availability is stale and when an inactive profile is reviewed. */
export interface JobSeekersConfig {
  /** Availability not confirmed within this many days is reported as stale. */
  availabilityStaleDays: number;
  /** Profiles without any change for this many days are flagged for a retention review. */
  inactiveReviewDays: number;
}

/** The Bundesagentur für Arbeit Jobsuche API: live fetching is opt-in and rate-limited. */
export interface JobsucheConfig {
  liveEnabled: boolean;
  baseUrl: string;
  /** The API's public client id, sent as `X-API-Key`. */
  apiKey: string;
  /** At least this long between two requests of one process. */
  minIntervalMs: number;
  /** Detail documents one fetch requests at most. */
  maxDetailsPerRun: number;
  timeoutMs: number;
}

/** The vacancy registry: the expiry and re-enqueue sweep, and the German connector. */
export interface VacanciesConfig {
  /** Minutes between sweeps (expire overdue vacancies, re-send missed match jobs); 0 = never. */
  sweepMinutes: number;
  jobsuche: JobsucheConfig;
}

/** Where the full gazetteer files are; absent means the built-in starter set (Twente and border). */
export interface GeoConfig {
  dataDir?: string;
}

/** Notifications: the in-app inbox always, an e-mail digest where an SMTP server is configured. */
export interface NotificationsConfig {
  /** `smtp://user:pass@host:port`; absent: no e-mail, the inbox only. */
  smtpUrl?: string;
  /** The digest's sender. */
  smtpFrom: string;
  /** The portal's address: links in e-mails start with it (in-app links are paths). */
  portalUrl: string;
  /** At most one digest per user in this many minutes. */
  digestMinutes: number;
  /** Seconds between the worker's sweeps (due digests, notifications the queue missed); 0 = never. */
  sweepSeconds: number;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  database: DatabaseConfig;
  queue: QueueConfig;
  http: HttpConfig;
  rateLimit: RateLimitConfig;
  portal: PortalConfig;
  auth: AuthConfig;
  /** Load the fictional demo data set at start (standalone only). */
  demoData: boolean;
  geo: GeoConfig;
  jobSeekers: JobSeekersConfig;
  vacancies: VacanciesConfig;
  notifications: NotificationsConfig;
}

export function isEmbeddedDatabase(config: AppConfig): boolean {
  return !config.database.url;
}

export function isInProcessQueue(config: AppConfig): boolean {
  return !config.queue.redisUrl;
}
