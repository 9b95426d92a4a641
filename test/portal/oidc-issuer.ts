import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The test provider's client id for the portal. */
export const ISSUER_CLIENT_ID = 'wt-portal';

export interface OidcIssuer {
  /** The issuer identifier (`iss`), also its address. */
  issuer: string;
  jwksUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the test OpenID provider (oidc-provider, ESM only, in a process of its own; see
 * oidc-issuer.mjs) for a portal on `portalOrigin`, with access and ID tokens that live
 * `tokenSeconds`.
 */
export async function startOidcIssuer(options: {
  portalOrigin: string;
  tokenSeconds: number;
}): Promise<OidcIssuer> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-issuer.mjs')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      ISSUER_PORTAL_ORIGIN: options.portalOrigin,
      ISSUER_CLIENT_ID: ISSUER_CLIENT_ID,
      ISSUER_TOKEN_SECONDS: String(options.tokenSeconds),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) =>
      reject(new Error(`the test OpenID provider stopped (${code}): ${errors}`)),
    );
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    close: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
