import { Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// The package's typings declare this CommonJS entry as ESM; the runtime serves it to require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

const IN_MEMORY = 'memory://';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a private Unix socket so that the
 * engine reaches it through the same `pg` driver as a real server. PGlite has a single
 * session, so callers must use one connection at a time.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly socketDir: string,
    private readonly lockFile?: string,
  ) {}

  /** Starts PGlite on `dataDir` (created if absent) or in memory for `memory://`. */
  static async start(dataDir: string, snapshot?: Blob): Promise<EmbeddedPostgres> {
    const lockFile = dataDir === IN_MEMORY ? undefined : acquireLock(resolve(dataDir));
    try {
      const db = await PGlite.create({
        dataDir: dataDir === IN_MEMORY ? undefined : resolve(dataDir),
        loadDataDir: snapshot,
        extensions: { pg_trgm },
      });
      const socketDir = mkdtempSync(join(tmpdir(), 'wt-pglite-'));
      const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432') });
      await server.start();
      return new EmbeddedPostgres(db, server, socketDir, lockFile);
    } catch (error) {
      if (lockFile) rmSync(lockFile, { force: true });
      throw error;
    }
  }

  /** A copy of the whole database, to start other instances from (tests use it as a template). */
  async snapshot(): Promise<Blob> {
    return this.db.dumpDataDir('none');
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    rmSync(this.socketDir, { recursive: true, force: true });
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

/** PGlite files are not safe for two processes at once: refuse a second one with a clear reason. */
function acquireLock(dataDir: string): string {
  mkdirSync(dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return lockFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${holder}; stop it first or set PGLITE_DATA_DIR.`,
        { cause: error },
      );
    }
    writeFileSync(lockFile, String(process.pid));
    return lockFile;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
