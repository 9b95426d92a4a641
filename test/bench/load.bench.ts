/**
 * `npm run bench:load` (PostgreSQL and Redis needed): the HTTP apps under load as in production,
 * on this machine. Creates a database of its own, writes BENCH_PROFILES profiles (default 5,000,
 * in caseloads of 125) and BENCH_VACANCIES published vacancies (default 1,000), starts the built
 * vacancy registry, profile service and one matching worker as separate processes
 * (`NODE_ENV=production`), lets the worker compute every shortlist (`rematch-all`), and then sends
 * each read the portal uses from BENCH_CONNECTIONS concurrent clients (default 50) for
 * BENCH_SECONDS (default 10) with autocannon, one endpoint after another (after BENCH_WARM_UP_SECONDS,
 * default 3, of untimed load on each), and finally all of them
 * mixed. Prints one JSON line per endpoint: requests/s, latency p50/p95/p99 (ms), errors, and the
 * load average (the machine is shared: the apps, PostgreSQL, Redis and the load generator run on
 * it together, with whatever else runs there).
 */
import { signLocalToken } from '@wt/auth';
import { loadConfig } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import { MATCHING_QUEUE } from '@wt/queue';
import { readStarterTaxonomy } from '@wt/taxonomy';
import autocannon from 'autocannon';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { withBenchDatabase } from './bench-database';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 5_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 1_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CASELOAD = 125;
/** Each endpoint first gets this long of untimed load (BENCH_WARM_UP_SECONDS). */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TARGET_P95_MS = 500;
const root = join(__dirname, '..', '..', '..');

const log = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Target {
  name: string;
  port: number;
  /** Path and bearer token of the i-th request. */
  request(i: number): { path: string; token: string };
}

async function seed(url: string): Promise<void> {
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn', DEMO_DATA: 'false' });
  const opened = await openDataSource(config);
  const { dataSource } = opened;
  try {
    await runMigrations(dataSource);
    const starter = await readStarterTaxonomy();
    const occupations = starter.occupations.map((o) => o.uri);
    const skills = starter.skills.map((s) => s.uri);
    await dataSource.query(
      `INSERT INTO job_seekers.profile (id, coach_id, version, enqueued_version, wanted_occupations, skills, work_experience,
          qualification_code, qualification_eqf, home_label, home_lat, home_lon, max_travel_km, hours_min, hours_max,
          available_now, languages, willing_to_work_in_germany, banenafspraak, driving_licences,
          consent_seeker, consent_seeker_date, consent_coach, consent_coach_at)
       SELECT gen_random_uuid(), 'bench-coach-' || (i % $4::int), 1, 1,
              jsonb_build_array(jsonb_build_object('uri', ($1::text[])[1 + i % cardinality($1::text[])], 'source', 'given')),
              ARRAY(SELECT ($2::text[])[1 + (i * 31 + k * 17) % cardinality($2::text[])] FROM generate_series(1, 3 + i % 10) k),
              jsonb_build_array(jsonb_build_object('occupationUri', ($1::text[])[1 + (i / 3) % cardinality($1::text[])], 'years', i % 9)),
              'NL:MBO-3', 3, 'Enschede', 52.0 + (i % 500) / 1000.0, 6.5 + (i % 700) / 1000.0, 30 + i % 5 * 10, 24, 40,
              i % 2 = 0, '[{"language": "nl", "level": "B2"}]'::jsonb, i % 5 = 0, i % 20 = 0, '{B}',
              i % 3 = 0, current_date, i % 3 = 0, now()
         FROM generate_series(1, $3::int) i`,
      [occupations, skills, PROFILES, Math.ceil(PROFILES / CASELOAD)],
    );
    await dataSource.query(
      `INSERT INTO job_seekers.identity (seeker_id, given_name, family_name, email, client_system, client_reference)
       SELECT id, 'Bench', 'Persoon ' || row_number() OVER (), 'bench@example.invalid', 'enschede',
              'BENCH-' || row_number() OVER ()
         FROM job_seekers.profile`,
    );
    await dataSource.query(
      `INSERT INTO vacancies.employer (id, organisation_id, name, country, kvk_number, place)
       VALUES ('00000000-0000-4000-8000-000000000001', 'bench-org', 'Bench B.V.', 'NL', '12345678', 'Enschede')`,
    );
    await dataSource.query(
      `INSERT INTO vacancies.vacancy (id, employer_id, organisation_id, status, version, enqueued_version, source, language,
          title, description, occupation_uri, required_skill_uris, minimum_eqf, hours_min, hours_max, country,
          latitude, longitude, languages, created_by, published_at, closing_date)
       SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'bench-org', 'published', 1, 1, 'portal', 'nl',
              'Vacature ' || i, 'Een vacature van de belastingtest.', ($1::text[])[1 + i % cardinality($1::text[])],
              ARRAY(SELECT ($2::text[])[1 + (i * 13 + k * 7) % cardinality($2::text[])] FROM generate_series(1, 2 + i % 4) k),
              2 + i % 3, 24, 40, 'NL', 52.0 + (i % 400) / 1000.0, 6.5 + (i % 600) / 1000.0,
              '[{"language": "nl", "level": "B1"}]'::jsonb, 'bench', now(), current_date + 90
         FROM generate_series(1, $3::int) i`,
      [occupations, skills, VACANCIES],
    );
  } finally {
    await dataSource.destroy();
  }
}

function start(app: string, env: Record<string, string>, children: ChildProcess[]): ChildProcess {
  const hook = process.env.BENCH_CPU_PROF ? ['-r', './dist/test/bench/cpu-profile.hook.js'] : [];
  const child = spawn(process.execPath, [...hook, `dist/apps/${app}/src/main.js`], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      ...env,
      ...(process.env.BENCH_CPU_PROF ? { BENCH_CPU_PROF: process.env.BENCH_CPU_PROF } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function ready(port: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`port ${port} not ready within 120 s`);
}

/** The nearest-rank percentile of sorted latencies. */
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** CPU seconds (user + system) a child process has used so far, from /proc (Linux). */
function cpuSeconds(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** Median latency of requests sent one at a time (the endpoint without load). */
async function alone(target: Target): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const { path, token } = target.request(10_000 + i);
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${target.port}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[10] * 10) / 10;
}

async function load(
  targets: Target[],
  label: string,
  seconds = SECONDS,
): Promise<Record<string, unknown>> {
  const latencies: number[] = [];
  let non2xx = 0;
  let n = 0;
  const picks = targets.map((t) => ({ target: t, count: 0 }));
  // One autocannon run per port; with several targets on a port the requests alternate.
  const ports = [...new Set(targets.map((t) => t.port))];
  const runs = ports.map((port) => {
    const onPort = picks.filter((p) => p.target.port === port);
    const share = Math.max(1, Math.round((CONNECTIONS * onPort.length) / targets.length));
    let instance!: autocannon.Instance;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: `http://127.0.0.1:${port}`,
          connections: share,
          duration: seconds,
          requests: [
            {
              setupRequest: (req) => {
                const pick = onPort[n++ % onPort.length];
                const { path, token } = pick.target.request(pick.count++);
                return {
                  ...req,
                  method: 'GET',
                  path,
                  headers: { authorization: `Bearer ${token}` },
                };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx += 1;
    });
    return done;
  });
  const results = await Promise.all(runs);
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const p95 = round(percentile(latencies, 95));
  return {
    endpoint: label,
    connections: CONNECTIONS,
    seconds,
    requests: latencies.length,
    rps: round(latencies.length / seconds),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: p95,
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(latencies[latencies.length - 1] ?? NaN),
    non2xx,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    p95_target_met: p95 < TARGET_P95_MS,
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

async function main(): Promise<void> {
  await withBenchDatabase('wt_bench_load', async (url) => {
    const started = Date.now();
    await seed(url);
    log(
      `${PROFILES.toLocaleString('en')} profiles in caseloads of ${CASELOAD}, ${VACANCIES.toLocaleString('en')} published vacancies (seeded in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    const prefix = `wt_bench_load_${process.pid}`;
    const key = randomBytes(32).toString('base64url');
    const base = 43500 + (process.pid % 300) * 3;
    const ports = { registry: base, profiles: base + 1, worker: base + 2 };
    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      AUTH_LOCAL_KEY: key,
      // One caller sends thousands of requests here; the limiter is per token and process.
      RATE_LIMIT_MAX: '1000000',
      VACANCY_REGISTRY_PORT: String(ports.registry),
      PROFILE_SERVICE_PORT: String(ports.profiles),
      WORKER_HEALTH_PORT: String(ports.worker),
      VACANCY_SWEEP_MINUTES: '0',
      ...(process.env.DATABASE_POOL_SIZE
        ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE }
        : {}),
    };
    const children: ChildProcess[] = [];
    const queue = new Queue(MATCHING_QUEUE, { connection: { url: REDIS_URL }, prefix });
    const config = loadConfig({ AUTH_LOCAL_KEY: key, NODE_ENV: 'production', DATABASE_URL: url });
    const token = (principal: Parameters<typeof signLocalToken>[1]) =>
      signLocalToken(config, principal, { ttlSeconds: 3600 });
    const db = await openDataSource(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn' }));
    try {
      // The registry first: it loads the starter taxonomy into the fresh database.
      const registry = start('vacancy-registry', env, children);
      await ready(ports.registry);
      const profiles = start('profile-service', env, children);
      const appOnPort = new Map([
        [ports.registry, registry],
        [ports.profiles, profiles],
      ]);
      start('matching-worker', env, children);
      await Promise.all([ready(ports.profiles), ready(ports.worker)]);

      const rematchStarted = Date.now();
      await queue.add(
        'rematch-all',
        { reason: 'bench:load', requestedAt: new Date().toISOString() },
        { jobId: 'rematch-all.bench-load' },
      );
      for (;;) {
        const [run] = await db.dataSource.query(
          `SELECT finished_at FROM matching.run WHERE id = 'rematch-all.bench-load'`,
        );
        if (run?.finished_at) break;
        await sleep(500);
      }
      const [{ n: pairs }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM matching.match`,
      );
      log(
        `rematch-all: ${pairs.toLocaleString('en')} stored matches in ${((Date.now() - rematchStarted) / 1000).toFixed(1)} s`,
      );

      const vacancyIds: string[] = (
        await db.dataSource.query(`SELECT id::text FROM vacancies.vacancy ORDER BY id`)
      ).map((r: { id: string }) => r.id);
      const seekers: Array<{ id: string; coach: string }> = await db.dataSource.query(
        `SELECT id::text, coach_id AS coach FROM job_seekers.profile ORDER BY id`,
      );
      const coaches = [...new Set(seekers.map((s) => s.coach))];
      const coachToken = new Map(
        coaches.map((coachId) => [
          coachId,
          token({ subject: `user-${coachId}`, role: 'coach', coachId }),
        ]),
      );
      const adviser = token({ subject: 'bench-adviser', role: 'adviser' });
      const seekerOf = (i: number) => seekers[(i * 7919) % seekers.length];
      const vacancyOf = (i: number) => vacancyIds[(i * 7919) % vacancyIds.length];
      const typeahead = [
        'las',
        'monteur',
        'heft',
        'verpleeg',
        'schoonm',
        'kok',
        'chauffeur',
        'tim',
      ];
      const targets: Target[] = [
        {
          name: 'GET /vacancies',
          port: ports.registry,
          request: (i) => ({ path: `/vacancies?page=${1 + (i % 5)}&pageSize=20`, token: adviser }),
        },
        {
          name: 'GET /vacancies/:id',
          port: ports.registry,
          request: (i) => ({ path: `/vacancies/${vacancyOf(i)}`, token: adviser }),
        },
        {
          name: 'GET /vacancies/:id/matches',
          port: ports.registry,
          request: (i) => ({ path: `/vacancies/${vacancyOf(i)}/matches`, token: adviser }),
        },
        {
          name: 'GET /taxonomy/occupations?q=',
          port: ports.registry,
          request: (i) => ({
            path: `/taxonomy/occupations?q=${typeahead[i % typeahead.length]}&lang=nl&limit=10`,
            token: adviser,
          }),
        },
        {
          name: 'GET /job-seekers/:id/matches',
          port: ports.profiles,
          request: (i) => {
            const s = seekerOf(i);
            return { path: `/job-seekers/${s.id}/matches`, token: coachToken.get(s.coach)! };
          },
        },
        {
          name: 'GET /job-seekers/:id',
          port: ports.profiles,
          request: (i) => {
            const s = seekerOf(i);
            return { path: `/job-seekers/${s.id}`, token: coachToken.get(s.coach)! };
          },
        },
        {
          name: 'GET /caseload',
          port: ports.profiles,
          request: (i) => ({
            path: '/caseload',
            token: coachToken.get(coaches[i % coaches.length])!,
          }),
        },
      ];
      const only = process.env.BENCH_ONLY;
      const measured = targets.filter((t) => !only || t.name.includes(only));
      // Untimed warm-up: the first requests compile the code paths and meet cold caches.
      for (const target of measured) await load([target], target.name, WARM_UP_SECONDS);
      const results: Array<Record<string, unknown>> = [];
      for (const target of measured) {
        const aloneMs = await alone(target);
        const app = appOnPort.get(target.port)!;
        const cpuBefore = cpuSeconds(app);
        const timed = await load([target], target.name);
        const cpuMs = ((cpuSeconds(app) - cpuBefore) * 1000) / Number(timed.requests);
        const result = {
          ...timed,
          alone_p50_ms: aloneMs,
          // CPU time of the app serving the endpoint per request: holds on a busy machine too.
          app_cpu_ms_per_request: Math.round(cpuMs * 100) / 100,
        };
        results.push(result);
        log(JSON.stringify(result));
      }
      if (!only) {
        const mixed = await load(targets, 'mixed (all of the above)');
        results.push(mixed);
        log(JSON.stringify(mixed));
      }
      const missed = results.filter((r) => !r.p95_target_met).map((r) => r.endpoint);
      log(
        missed.length === 0
          ? `p95 under ${TARGET_P95_MS} ms on every endpoint`
          : `p95 of ${TARGET_P95_MS} ms missed: ${missed.join(', ')}`,
      );
    } finally {
      if (process.env.BENCH_CPU_PROF) {
        for (const child of children) child.kill('SIGUSR2');
        await sleep(3000);
      }
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(
        children.map(
          (child) =>
            new Promise((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
              child.once('exit', resolve);
              setTimeout(() => {
                child.kill('SIGKILL');
                resolve(undefined);
              }, 10_000).unref();
            }),
        ),
      );
      await queue.close();
      await db.dataSource.destroy();
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
}

main().catch((error) => {
  process.stderr.write(
    `bench:load failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
