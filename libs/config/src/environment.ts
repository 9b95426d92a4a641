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
  validateSync,
  ValidationError,
} from 'class-validator';
import { AppConfig, LogLevel, NodeEnv } from './app-config';

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

  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  DEMO_DATA = true;
}

/** A configuration error: one line, naming the variable and what is wrong with it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const TYPE_CONSTRAINTS = ['isInt', 'isBoolean', 'matches', 'isIn', 'isString'];

function describe(error: ValidationError, raw: Record<string, unknown>): string {
  const constraints = error.constraints ?? {};
  // A wrong type says more than a bound it happens to break.
  const first = TYPE_CONSTRAINTS.find((key) => key in constraints) ?? Object.keys(constraints)[0];
  const reasons = first ? [constraints[first]] : [];
  reasons[0] = reasons[0]?.startsWith(error.property)
    ? reasons[0].slice(error.property.length).trim()
    : reasons[0];
  const got = raw[error.property];
  return `${error.property} ${reasons[0] ?? 'is invalid'} (got ${JSON.stringify(got)})`;
}

/** Reads and validates the environment; throws a {@link ConfigError} on the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new EnvironmentVariables())) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  for (const key of ['DATABASE_URL', 'REDIS_URL']) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${describe(errors[0], raw)}`);
  }
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
    },
    http: {
      host: vars.HOST,
      vacancyRegistryPort: vars.VACANCY_REGISTRY_PORT,
      profileServicePort: vars.PROFILE_SERVICE_PORT,
      workerHealthPort: vars.WORKER_HEALTH_PORT,
    },
    demoData: vars.DEMO_DATA,
  };
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
