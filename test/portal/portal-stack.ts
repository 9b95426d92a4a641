import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import {
  createPortalApp,
  RunningPortal,
  startPortalServer,
} from '@apps/portal/server/portal-server';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { INestApplication } from '@nestjs/common';
import { loadDemoData } from '@wt/demo';
import { createTestApp, startTestEnvironment, TestEnvironment } from '@wt/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * Builds the single-page app (vite, a few seconds) into a folder of this suite's own, so that
 * suites running side by side (and `npm run build` in another) never serve a half-written build.
 */
export function buildPortal(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'wt-portal-build-'));
  execFileSync(
    'npm',
    ['run', '--silent', 'build:portal', '--', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  builds.push(outDir);
  return outDir;
}

const builds: string[] = [];
/** Removes the builds of {@link buildPortal}. */
export function removePortalBuilds(): void {
  for (const dir of builds.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface PortalStackOptions {
  /** Environment for the apps (default: development, the local key and the demo sign-in). */
  env?: NodeJS.ProcessEnv;
  /** A server already listening for the portal (its address had to be known beforehand). */
  listening?: Server;
  /** Link the worker's own queue dashboard (as PORTAL_QUEUE_DASHBOARD_URL would). */
  queueDashboard?: boolean;
}

/**
 * The standalone's stack in this process: the demo data on this suite's own database and queue
 * (PostgreSQL and Redis when configured, PGlite and the in-process queue otherwise), the worker,
 * both APIs on free ports, and the portal server in front of them with the demo sign-in.
 */
export class PortalStack {
  private constructor(
    readonly env: TestEnvironment,
    private readonly apps: INestApplication[],
    readonly portal: RunningPortal,
    private readonly dashboardUrl?: string,
  ) {}

  get url(): string {
    return this.portal.url;
  }

  /** The queue dashboard the admin pages link (with `queueDashboard`). */
  get queueDashboardUrl(): string | undefined {
    return this.dashboardUrl;
  }

  static async start(staticDir: string, options: PortalStackOptions = {}): Promise<PortalStack> {
    const env = await startTestEnvironment({ NODE_ENV: 'development', ...options.env });
    await loadDemoData(env.dataSource);
    const apps: INestApplication[] = [];
    const listen = async (module: Parameters<typeof createTestApp>[0]) => {
      const app = await createTestApp(module);
      await app.listen(0, '127.0.0.1');
      apps.push(app);
      return (await app.getUrl()).replace('[::1]', '127.0.0.1');
    };
    const workerUrl = await listen(MatchingWorkerModule.register(env.config));
    const registryUrl = await listen(VacancyRegistryModule.register(env.config));
    const profilesUrl = await listen(ProfileServiceModule.register(env.config));
    // The portal's configuration as the standalone derives it, pointed at these ports.
    const config = {
      ...env.config,
      portal: {
        ...env.config.portal,
        registryUrl,
        profilesUrl,
        ...(options.queueDashboard ? { queueDashboardUrl: `${workerUrl}/admin/queues` } : {}),
      },
    };
    const portal = options.listening
      ? servePortal(options.listening, createPortalApp(config, { staticDir }))
      : await startPortalServer(config, { host: '127.0.0.1', port: 0 }, { staticDir });
    return new PortalStack(env, apps, portal, config.portal.queueDashboardUrl);
  }

  async close(): Promise<void> {
    await this.portal.close();
    for (const app of this.apps.reverse()) await app.close();
    await this.env.close();
    removePortalBuilds();
  }
}

/** The portal app on a server that already listens. */
function servePortal(server: Server, app: ReturnType<typeof createPortalApp>): RunningPortal {
  server.on('request', app);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
