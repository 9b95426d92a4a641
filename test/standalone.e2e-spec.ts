import { loadConfig } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import { eventually } from '@wt/testing';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The README's main command, as a user runs it: the built standalone process on the embedded
 * defaults (no servers), ready, stopped with Ctrl-C, started again on the same data.
 */
describe('standalone start (embedded PGlite, in-process queue)', () => {
  const root = join(__dirname, '..');
  const dataDir = mkdtempSync(join(tmpdir(), 'wt-standalone-'));
  const base = 41000 + (process.pid % 1000) * 3;
  const ports = { registry: base, profiles: base + 1, worker: base + 2 };
  const env = {
    PATH: process.env.PATH,
    PGLITE_DATA_DIR: join(dataDir, 'pglite'),
    AUTH_LOCAL_KEY_FILE: join(dataDir, 'auth-local-key'),
    VACANCY_REGISTRY_PORT: String(ports.registry),
    PROFILE_SERVICE_PORT: String(ports.profiles),
    WORKER_HEALTH_PORT: String(ports.worker),
    PORTAL_PORT: '0',
  };

  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  });

  const children: ChildProcess[] = [];
  afterAll(() => {
    // A failed test may leave a process running: never leave one behind.
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  function start(): { child: ChildProcess; output: () => string } {
    let output = '';
    const child = spawn(process.execPath, ['dist/apps/standalone/src/main.js'], { cwd: root, env });
    children.push(child);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return { child, output: () => output };
  }

  async function waitReady(port: number, timeoutMs = 60_000): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const body = await fetch(`http://127.0.0.1:${port}/health/ready`)
        .then((r) => (r.ok ? r.json() : undefined))
        .catch(() => undefined);
      if (body) return body;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`port ${port} not ready within ${timeoutMs} ms`);
  }

  async function stop(child: ChildProcess): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    return exited;
  }

  it('brings all three apps to ready, exits cleanly on Ctrl-C, and keeps its data on restart', async () => {
    const first = start();
    for (const port of Object.values(ports)) {
      await expect(waitReady(port)).resolves.toMatchObject({ status: 'ok' });
    }
    // The summary follows once every app answers its readiness check.
    for (let i = 0; i < 100 && !first.output().includes('Ready in'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(first.output()).toMatch(/Applied \d+ migration\(s\)/);
    expect(first.output()).toContain(`http://127.0.0.1:${ports.registry}`);
    // The printed demo tokens open the API, and keep doing so after a restart (persisted key).
    const adminToken = /^ {2}admin {4}\s*(\S+\.\S+\.\S+)$/m.exec(first.output())?.[1];
    expect(adminToken).toBeDefined();
    const auditOfCoach = (token?: string) =>
      fetch(`http://127.0.0.1:${ports.profiles}/admin/audit/actors/demo-coach-user-1`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }).then((r) => r.status);
    expect(await auditOfCoach(adminToken)).toBe(200);
    expect(await auditOfCoach()).toBe(401);
    expect(await stop(first.child)).toBe(0);

    const second = start();
    await waitReady(ports.registry);
    // Nothing left to migrate: the database survived the restart.
    expect(second.output()).not.toMatch(/Applied \d+ migration/);
    await waitReady(ports.profiles);
    expect(await auditOfCoach(adminToken)).toBe(200);
    expect(await stop(second.child)).toBe(0);
    // Two full starts, each waiting for all three readiness checks, on a shared 2-core machine.
  }, 120_000);

  it('prints "Ready in" only when every /health/ready answers, with a re-match of everything queued at start', async () => {
    // What a taxonomy import leaves for the next start: a journaled rematch-all.
    await withDatabase((db) =>
      db.query(
        `INSERT INTO ops.queued_job (id, name, payload) VALUES ('rematch-all.readiness', 'rematch-all', $1)`,
        [JSON.stringify({ reason: 'taxonomy import', requestedAt: 'readiness' })],
      ),
    );
    const run = start();
    await eventually(async () => (run.output().includes('Ready in') ? true : undefined), 90_000);
    for (const port of Object.values(ports)) {
      const started = Date.now();
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    expect(await stop(run.child)).toBe(0);
  });

  /** The standalone's database while it is stopped (PGlite allows one process at a time). */
  async function withDatabase<T>(use: (db: DataSource) => Promise<T>): Promise<T> {
    const { dataSource, close } = await openDataSource(
      loadConfig({ PGLITE_DATA_DIR: env.PGLITE_DATA_DIR }),
    );
    try {
      await runMigrations(dataSource);
      return await use(dataSource);
    } finally {
      await close();
    }
  }

  const pingState = (ids: string[]) =>
    withDatabase(async (db) => ({
      handled: (
        await db.query<Array<{ id: string }>>(
          `SELECT id FROM ops.ping WHERE id = ANY($1) ORDER BY id`,
          [ids],
        )
      ).map((r) => r.id),
      journaled: (
        await db.query<Array<{ id: string }>>(
          `SELECT id FROM ops.queued_job WHERE id = ANY($1) ORDER BY id`,
          [ids.map((id) => `ping.${id}`)],
        )
      ).map((r) => r.id),
    }));

  it('a killed process loses no accepted job: the next start runs what it had accepted', async () => {
    // Two accepted jobs as a process leaves them: one holds long enough to be running at the kill.
    await withDatabase((db) =>
      db.query(
        `INSERT INTO ops.queued_job (id, name, payload) VALUES
           ('ping.crash-running', 'ping', '{"pingId": "crash-running", "holdMs": 10000}'),
           ('ping.crash-waiting', 'ping', '{"pingId": "crash-waiting"}')`,
      ),
    );
    const first = start();
    await waitReady(ports.worker);
    const killed = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await killed;
    expect(await pingState(['crash-running', 'crash-waiting'])).toEqual({
      handled: [],
      journaled: ['ping.crash-running', 'ping.crash-waiting'],
    });

    const second = start();
    await waitReady(ports.worker);
    const pingsDone = async () => {
      await new Promise((resolve) => setTimeout(resolve, 500)); // well within the rate limit
      const metrics = await fetch(`http://127.0.0.1:${ports.worker}/metrics`).then((r) => r.text());
      return /^wt_jobs_processed_total\{job="ping"\} 2$/m.test(metrics) ? metrics : undefined;
    };
    const metrics = await eventually(pingsDone, 30_000);
    // Each ran at the first attempt: a failed attempt would show in the failure counter.
    expect(metrics).not.toMatch(/^wt_jobs_failed_total\{job="ping"\}/m);
    expect(await stop(second.child)).toBe(0);
    expect(await pingState(['crash-running', 'crash-waiting'])).toEqual({
      handled: ['crash-running', 'crash-waiting'],
      journaled: [],
    });
  }, 90_000);

  it('stops a bad configuration value with one line naming it', () => {
    let stderr = '';
    try {
      execFileSync(process.execPath, ['dist/apps/standalone/src/main.js'], {
        cwd: root,
        env: { ...env, WORKER_HEALTH_PORT: 'abc' },
        stdio: 'pipe',
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
      expect((error as { status: number }).status).toBe(1);
    }
    expect(stderr.trim()).toBe(
      'Invalid configuration: WORKER_HEALTH_PORT must be an integer between 0 and 65535 (got "abc")',
    );
  });
});
