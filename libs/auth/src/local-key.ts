import { AppConfig, ConfigError } from '@wt/config';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const MIN_KEY_LENGTH = 32;
const generated = new Map<string, string>();

/**
 * The HS256 key of the local token mode: `AUTH_LOCAL_KEY`, or outside production a key generated
 * once into `AUTH_LOCAL_KEY_FILE`, so that tokens survive a restart and the token command signs
 * with the key the running apps verify with. Production must configure one (or an OIDC issuer):
 * instances behind a load balancer have to share it.
 */
export function localSigningKey(config: AppConfig): Buffer {
  if (config.auth.mode === 'oidc') {
    throw new ConfigError(
      'AUTH_JWKS_URL is set: tokens come from the OIDC issuer, not from a local key',
    );
  }
  if (config.auth.localKey) return Buffer.from(config.auth.localKey, 'utf8');
  if (config.nodeEnv === 'production') {
    throw new ConfigError(
      'Invalid configuration: AUTH_LOCAL_KEY must be set in production unless AUTH_JWKS_URL is (got undefined)',
    );
  }
  return Buffer.from(keyFromFile(resolve(config.auth.localKeyFile)), 'utf8');
}

function keyFromFile(file: string): string {
  const known = generated.get(file);
  if (known) return known;
  let key = read(file);
  if (key === undefined) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, {
        flag: 'wx',
        mode: 0o600,
      });
    } catch (error) {
      // Another process of this installation created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    key = read(file)!;
  }
  if (key.length < MIN_KEY_LENGTH) {
    throw new ConfigError(
      `Invalid configuration: the key in AUTH_LOCAL_KEY_FILE (${file}) must be at least ${MIN_KEY_LENGTH} characters`,
    );
  }
  generated.set(file, key);
  return key;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
