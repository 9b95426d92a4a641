import { INestApplication } from '@nestjs/common';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { createHttpApp } from '@wt/bootstrap';
import { AppConfig, loadConfigFromProcess, runMain } from '@wt/config';
import { openDataSource, provideDataSource, releaseDataSource, runMigrations } from '@wt/database';
import { loadDemoData, walkDemoWorkflow } from '@wt/demo';
import { MatchWorkflowRepository, MatchWorkflowService } from '@wt/matching';
import { Logger } from '@nestjs/common';
import { RunningPortal, signInMode, startPortalServer } from '@apps/portal/server/portal-server';
import { demoTokenLines } from './demo-tokens';

/**
 * The embedded default: one process hosting the three apps on one shared database (PGlite unless
 * DATABASE_URL is set) and one queue (in-process unless REDIS_URL is set). For a demo or a single
 * user; production runs the apps as separate processes.
 */
runMain(async () => {
  const startedAt = Date.now();
  const config = loadConfigFromProcess();
  // This process prints its own summary; Nest's start-up chatter only with an explicit LOG_LEVEL.
  if (!process.env.LOG_LEVEL) config.logLevel = 'warn';
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `Werkplein Twente matching engine (standalone): database ${config.database.url ? 'PostgreSQL' : `embedded PGlite in ${config.database.pgliteDataDir}`}, queue ${config.queue.redisUrl ? 'BullMQ on Redis' : 'in-process'}`,
  );

  const opened = await openDataSource(config);
  provideDataSource(opened);
  const applied = await runMigrations(opened.dataSource);
  if (applied.length > 0) say(`Applied ${applied.length} migration(s)`);
  if (config.demoData) say(`Demo data: ${await loadDemoData(opened.dataSource)}`);

  const { host } = config.http;
  // The worker first, so its handlers are attached before the first job is produced.
  const apps: Array<[string, INestApplication]> = [];
  const start = async (name: string, app: Promise<INestApplication>) =>
    apps.push([name, await app]);
  await start(
    'matching-worker',
    createHttpApp(MatchingWorkerModule.register(config), {
      listen: { host, port: config.http.workerHealthPort },
      shutdownHooks: false,
    }),
  );
  await start(
    'vacancy-registry',
    createHttpApp(VacancyRegistryModule.register(config), {
      listen: { host, port: config.http.vacancyRegistryPort },
      shutdownHooks: false,
    }),
  );
  await start(
    'profile-service',
    createHttpApp(ProfileServiceModule.register(config), {
      listen: { host, port: config.http.profileServicePort },
      shutdownHooks: false,
    }),
  );

  // The portal: the built app and both APIs behind one origin, with the demo sign-in.
  const portal: RunningPortal = await startPortalServer(config, {
    host,
    port: config.portal.port,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping`);
    await portal.close();
    for (const [, app] of apps) await app.close();
    await releaseDataSource();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  // Listening is not ready: the line below is printed once every app's /health/ready says so.
  await untilReady(config);
  say(`  portal            ${portal.url}   (sign-in: ${signInMode(config)})`);
  say(urls(config));
  for (const line of demoTokenLines(config)) say(line);
  say(
    `Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ${Math.round(process.memoryUsage().rss / 1e6)} MB. Ctrl-C stops.`,
  );
  if (config.demoData) walkDemoInBackground(apps.find(([name]) => name === 'vacancy-registry')![1]);
});

/**
 * The demo's matches at each workflow step, once the start's match jobs stored them: in the
 * background, so "Ready" does not wait for the worker.
 */
function walkDemoInBackground(registry: INestApplication): void {
  const logger = new Logger('DemoWorkflow');
  walkDemoWorkflow(
    registry.get(MatchWorkflowService, { strict: false }),
    registry.get(MatchWorkflowRepository, { strict: false }),
  )
    .then((moved) => {
      if (moved > 0) logger.log(`${moved} demo matches moved along the workflow`);
    })
    .catch((error: Error) => logger.warn(`demo workflow not walked: ${error.message}`));
}

function urls(config: AppConfig): string {
  const base = (port: number) =>
    `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${port}`;
  return [
    `  vacancy registry  ${base(config.http.vacancyRegistryPort)}   (health: /health/ready)`,
    `  profile service   ${base(config.http.profileServicePort)}   (health: /health/ready)`,
    `  matching worker   ${base(config.http.workerHealthPort)}   (health: /health/ready)`,
  ].join('\n');
}

const READY_POLL_MS = 100;
const READY_REQUEST_TIMEOUT_MS = 2_000;

/** Waits until the readiness endpoint of each of the three apps answers 200. */
async function untilReady(config: AppConfig): Promise<void> {
  const host = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  const ports = [
    config.http.vacancyRegistryPort,
    config.http.profileServicePort,
    config.http.workerHealthPort,
  ];
  for (const port of ports) {
    for (;;) {
      const ok = await fetch(`http://${host}:${port}/health/ready`, {
        signal: AbortSignal.timeout(READY_REQUEST_TIMEOUT_MS),
      })
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
    }
  }
}
