import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidationError,
} from 'class-validator';
import { AppConfig, AuthConfig, LogLevel, NodeEnv } from './app-config';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** Every environment variable the engine reads; `.env.example` documents each one. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: NodeEnv = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection string' })
  DATABASE_URL?: string;

  @IsString()
  PGLITE_DATA_DIR = './data/pglite';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Matches(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'must be 1-40 letters, digits, - or _' })
  QUEUE_PREFIX = 'wt';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 2;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer (milliseconds)' })
  @Min(1000)
  @Max(600000)
  WORKER_LOCK_MS = 30000;

  @IsString()
  HOST = '127.0.0.1';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  VACANCY_REGISTRY_PORT = 3001;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  PROFILE_SERVICE_PORT = 3002;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3003;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  PORTAL_PORT = 3000;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  PORTAL_REGISTRY_URL?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  PORTAL_PROFILES_URL?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^\S+$/, { message: 'must be the client id registered at the issuer (no spaces)' })
  PORTAL_OIDC_CLIENT_ID?: string;

  @Matches(/^[\w:./-]+( [\w:./-]+)*$/, { message: 'must be space-separated OIDC scopes' })
  PORTAL_OIDC_SCOPE = 'openid profile';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  PORTAL_QUEUE_DASHBOARD_URL?: string;

  @Matches(/^(\s*https?:\/\/[^\s,/]+\s*(,\s*https?:\/\/[^\s,/]+\s*)*)?$/, {
    message: 'must be a comma-separated list of origins such as https://portal.example.nl',
  })
  CORS_ORIGINS = '';

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 500kb or 1mb' })
  HTTP_BODY_LIMIT = '1mb';

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 500kb or 20mb' })
  HTTP_BULK_BODY_LIMIT = '20mb';

  @Matches(/^(true|false|\d+|[\w.:/, -]+)$/, {
    message: 'must be true, false, a hop count or a list of proxy addresses',
  })
  TRUST_PROXY = 'false';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_TTL_SECONDS = 60;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_MAX = 300;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^\S+$/, { message: 'must be the issuer identifier (no spaces)' })
  AUTH_ISSUER?: string;

  @Matches(/^\S+$/, { message: 'must be the audience identifier (no spaces)' })
  AUTH_AUDIENCE = 'werkplein-twente';

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  AUTH_JWKS_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(86400)
  AUTH_JWKS_CACHE_SECONDS = 600;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  AUTH_LOCAL_KEY?: string;

  @IsString()
  AUTH_LOCAL_KEY_FILE = './data/auth-local-key';

  @Matches(/^\S+$/, { message: 'must be a claim name' })
  AUTH_ROLE_CLAIM = 'role';

  @Matches(/^\S+$/, { message: 'must be a claim name' })
  AUTH_ORGANISATION_CLAIM = 'org_id';

  @Matches(/^\S+$/, { message: 'must be a claim name' })
  AUTH_COACH_CLAIM = 'coach_id';

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  DEMO_DATA = true;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  GEO_DATA_DIR?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(3650)
  SEEKER_AVAILABILITY_STALE_DAYS = 60;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(30)
  @Max(3650)
  SEEKER_INACTIVE_REVIEW_DAYS = 365;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer (0 turns the sweep off)' })
  @Min(0)
  @Max(1440)
  VACANCY_SWEEP_MINUTES = 15;

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  JOBSUCHE_LIVE = false;

  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  JOBSUCHE_BASE_URL = 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service';

  @Matches(/^\S+$/, { message: 'must be the API client id (no spaces)' })
  JOBSUCHE_API_KEY = 'jobboerse-jobsuche';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(250)
  @Max(600_000)
  JOBSUCHE_MIN_INTERVAL_MS = 2_000;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(100)
  JOBSUCHE_MAX_DETAILS = 25;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @MinLength(3)
  @Matches(/^[^\r\n]*@[^\r\n]*$/, { message: 'must be a sender address (name <address>)' })
  SMTP_FROM = 'Werkplein Twente <noreply@werkplein-twente.invalid>';

  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' })
  PORTAL_URL = 'http://127.0.0.1:3000';

  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(1440)
  NOTIFY_DIGEST_MINUTES = 60;

  @Transform(toInt)
  @IsInt({ message: 'must be an integer (0 turns the sweep off)' })
  @Min(0)
  @Max(3600)
  NOTIFY_SWEEP_SECONDS = 60;
}

/** A configuration error: one line, naming the variable and what is wrong with it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const TYPE_CONSTRAINTS = ['isInt', 'isBoolean', 'matches', 'isIn', 'isString'];
/** Never echoed in an error message. */
const SECRET_VARIABLES = new Set(['AUTH_LOCAL_KEY', 'SMTP_URL']);
const OPTIONAL_VARIABLES = [
  'DATABASE_URL',
  'REDIS_URL',
  'AUTH_ISSUER',
  'AUTH_JWKS_URL',
  'AUTH_LOCAL_KEY',
  'GEO_DATA_DIR',
  'SMTP_URL',
  'PORTAL_REGISTRY_URL',
  'PORTAL_PROFILES_URL',
  'PORTAL_OIDC_CLIENT_ID',
  'PORTAL_QUEUE_DASHBOARD_URL',
];

function describe(error: ValidationError, raw: Record<string, unknown>): string {
  const constraints = error.constraints ?? {};
  // A wrong type says more than a bound it happens to break.
  const first = TYPE_CONSTRAINTS.find((key) => key in constraints) ?? Object.keys(constraints)[0];
  const reasons = first ? [constraints[first]] : [];
  reasons[0] = reasons[0]?.startsWith(error.property)
    ? reasons[0].slice(error.property.length).trim()
    : reasons[0];
  return `${error.property} ${reasons[0] ?? 'is invalid'} (got ${shown(error.property, raw)})`;
}

function shown(name: string, raw: Record<string, unknown>): string {
  const got = raw[name];
  if (SECRET_VARIABLES.has(name) && typeof got === 'string') return `${got.length} characters`;
  return JSON.stringify(got);
}

/** Reads and validates the environment; throws a {@link ConfigError} on the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new EnvironmentVariables())) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  for (const key of OPTIONAL_VARIABLES) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${describe(errors[0], raw)}`);
  }
  const auth = authConfig(vars, raw);
  return {
    nodeEnv: vars.NODE_ENV,
    logLevel: vars.LOG_LEVEL,
    database: {
      url: vars.DATABASE_URL,
      pgliteDataDir: vars.PGLITE_DATA_DIR,
      poolSize: vars.DATABASE_POOL_SIZE,
    },
    queue: {
      redisUrl: vars.REDIS_URL,
      prefix: vars.QUEUE_PREFIX,
      concurrency: vars.WORKER_CONCURRENCY,
      lockMs: vars.WORKER_LOCK_MS,
    },
    http: {
      host: vars.HOST,
      vacancyRegistryPort: vars.VACANCY_REGISTRY_PORT,
      profileServicePort: vars.PROFILE_SERVICE_PORT,
      workerHealthPort: vars.WORKER_HEALTH_PORT,
      corsOrigins: vars.CORS_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
      bodyLimit: vars.HTTP_BODY_LIMIT.toLowerCase(),
      bulkBodyLimit: vars.HTTP_BULK_BODY_LIMIT.toLowerCase(),
      trustProxy: trustProxy(vars.TRUST_PROXY),
    },
    portal: {
      port: vars.PORTAL_PORT,
      registryUrl:
        vars.PORTAL_REGISTRY_URL ?? `http://${loopback(vars.HOST)}:${vars.VACANCY_REGISTRY_PORT}`,
      profilesUrl:
        vars.PORTAL_PROFILES_URL ?? `http://${loopback(vars.HOST)}:${vars.PROFILE_SERVICE_PORT}`,
      oidcClientId: vars.PORTAL_OIDC_CLIENT_ID,
      oidcScope: vars.PORTAL_OIDC_SCOPE,
      queueDashboardUrl: vars.PORTAL_QUEUE_DASHBOARD_URL,
    },
    rateLimit: { ttlSeconds: vars.RATE_LIMIT_TTL_SECONDS, limit: vars.RATE_LIMIT_MAX },
    auth,
    demoData: vars.DEMO_DATA,
    geo: { dataDir: vars.GEO_DATA_DIR },
    jobSeekers: {
      availabilityStaleDays: vars.SEEKER_AVAILABILITY_STALE_DAYS,
      inactiveReviewDays: vars.SEEKER_INACTIVE_REVIEW_DAYS,
    },
    vacancies: {
      sweepMinutes: vars.VACANCY_SWEEP_MINUTES,
      jobsuche: {
        liveEnabled: vars.JOBSUCHE_LIVE,
        baseUrl: vars.JOBSUCHE_BASE_URL,
        apiKey: vars.JOBSUCHE_API_KEY,
        minIntervalMs: vars.JOBSUCHE_MIN_INTERVAL_MS,
        maxDetailsPerRun: vars.JOBSUCHE_MAX_DETAILS,
        timeoutMs: 15_000,
      },
    },
    notifications: {
      smtpUrl: vars.SMTP_URL,
      smtpFrom: vars.SMTP_FROM,
      portalUrl: vars.PORTAL_URL.replace(/\/+$/, ''),
      digestMinutes: vars.NOTIFY_DIGEST_MINUTES,
      sweepSeconds: vars.NOTIFY_SWEEP_SECONDS,
    },
  };
}

/** The issuer of locally signed tokens when `AUTH_ISSUER` is not set. */
export const LOCAL_ISSUER = 'werkplein-twente-local';

/** An OIDC issuer (JWKS) or a local key, never both: two token sources would be two front doors. */
function authConfig(vars: EnvironmentVariables, raw: Record<string, unknown>): AuthConfig {
  const invalid = (name: string, reason: string) =>
    new ConfigError(`Invalid configuration: ${name} ${reason} (got ${shown(name, raw)})`);
  if (vars.AUTH_JWKS_URL && !vars.AUTH_ISSUER) {
    throw invalid('AUTH_ISSUER', 'must be set when AUTH_JWKS_URL is');
  }
  if (vars.AUTH_JWKS_URL && vars.AUTH_LOCAL_KEY) {
    throw invalid('AUTH_LOCAL_KEY', 'must be empty when AUTH_JWKS_URL is set');
  }
  return {
    mode: vars.AUTH_JWKS_URL ? 'oidc' : 'local',
    issuer: vars.AUTH_ISSUER ?? LOCAL_ISSUER,
    audience: vars.AUTH_AUDIENCE,
    jwksUrl: vars.AUTH_JWKS_URL,
    jwksCacheSeconds: vars.AUTH_JWKS_CACHE_SECONDS,
    localKey: vars.AUTH_LOCAL_KEY,
    localKeyFile: vars.AUTH_LOCAL_KEY_FILE,
    claims: {
      role: vars.AUTH_ROLE_CLAIM,
      organisationId: vars.AUTH_ORGANISATION_CLAIM,
      coachId: vars.AUTH_COACH_CLAIM,
    },
  };
}

/** The address a process on this machine reaches an app bound to `host` at. */
function loopback(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}

function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Loads `.env` from the working directory when present (Node's own loader), then validates.
 * Variables already set in the environment win over the file.
 */
export function loadConfigFromProcess(): AppConfig {
  try {
    process.loadEnvFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return loadConfig(process.env);
}
