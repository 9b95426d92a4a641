/**
 * `npm run bench:match`: the matching engine at Twente scale (30,000 seekers x 5,000 vacancies)
 * and national scale (1,000,000 seekers), against the same model as one SQL query. Needs
 * PostgreSQL and Redis (DATABASE_URL, REDIS_URL; default: the local servers).
 */
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { Queue, Worker } from 'bullmq';
import { loadConfig } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import {
  MatchingEngine,
  MatchRepository,
  SCORING_MODEL,
  VacancyForMatching,
  RetrievalStats,
} from '@wt/matching';
import { withBenchDatabase } from './bench-database';
import { baselineQuery, CREATE_SEEKER_TABLE, loadSeekers } from './sql-baseline';
import {
  generateSeekers,
  generateVacancies,
  loadPlaces,
  loadTaxonomy,
} from './match-data.generator';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const NATIONAL = Number(process.env.BENCH_SEEKERS ?? 1_000_000);
const TWENTE_SEEKERS = 30_000;
const TWENTE_VACANCIES = 5_000;
const LATENCY_SAMPLES = 200;
const WARM_UP = 20;
const SQL_SAMPLES = Number(process.env.BENCH_SQL_SAMPLES ?? 5);
const REMATCH_CHUNK = 100;
const BULL_JOBS = 2_000;

const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => Math.round(bytes / 1e6);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const gc = () => (global as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  await withBenchDatabase('wt_bench', async (url) => {
    const { dataSource, close } = await openDataSource(
      loadConfig({ DATABASE_URL: url, DATABASE_POOL_SIZE: '4' }),
    );
    const sql = new Client({ connectionString: url });
    try {
      await runMigrations(dataSource);
      await sql.connect();
      const result = await run(dataSource, sql);
      // Shared machine: the load beside the numbers.
      log(JSON.stringify({ ...result, loadavg: loadavg().map((l) => Math.round(l * 100) / 100) }));
    } finally {
      await sql.end();
      await close();
    }
  });
}

async function run(dataSource: DataSource, sql: Client) {
  const taxonomy = await loadTaxonomy();
  const places = loadPlaces();
  log(
    `taxonomy: ${taxonomy.source}, ${taxonomy.occupations.length} occupations with skills; places: ${places.source}`,
  );
  const ctxDate = new Date('2026-11-28T00:00:00Z');

  // National scale: one vacancy against 1,000,000 seekers.
  const engine = new MatchingEngine(SCORING_MODEL);
  const ctx = engine.context(ctxDate);
  gc();
  const rssBefore = process.memoryUsage().rss;
  let t = process.hrtime.bigint();
  // Generated in slices and dropped once indexed: what stays in memory is what a worker holds.
  const nationalIds: string[] = [];
  const homes = [...places.national, ...places.twente];
  for (let start = 0, slice = 0; start < NATIONAL; start += 100_000, slice++) {
    for (const seeker of generateSeekers(
      taxonomy,
      homes,
      Math.min(100_000, NATIONAL - start),
      1 + slice,
      start,
    )) {
      engine.seekers.upsert(seeker);
      nationalIds.push(seeker.id);
    }
  }
  gc();
  const rss1m = process.memoryUsage().rss;
  log(
    `national: ${NATIONAL.toLocaleString('en')} seekers generated and indexed in ${(ms(t) / 1000).toFixed(1)} s; RSS ${mb(rss1m)} MB (index and data ${mb(rss1m - rssBefore)} MB)`,
  );

  // A worker runs for days: the first few shortlists (JIT warm-up, other vacancies) are not timed.
  for (const vacancy of generateVacancies(taxonomy, places, WARM_UP, 99))
    engine.shortlist(vacancy, ctx);
  const samples = generateVacancies(taxonomy, places, LATENCY_SAMPLES, 2);
  const latencies: number[] = [];
  // CPU time (user + system) beside wall time: on a shared machine wall time includes waiting.
  const cpuTimes: number[] = [];
  const candidates: number[] = [];
  const top50 = new Map<string, Array<{ id: string; score: number }>>();
  for (const vacancy of samples) {
    const stats: RetrievalStats = { candidates: 0, tiers: 0, fullScan: false };
    const cpu = process.cpuUsage();
    t = process.hrtime.bigint();
    const shortlist = engine.shortlist(vacancy, ctx, stats);
    latencies.push(ms(t));
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    candidates.push(stats.candidates);
    top50.set(
      vacancy.id,
      shortlist.map((m) => ({ id: m.seekerId, score: m.score })),
    );
  }
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const cpuP50 = percentile(cpuTimes, 50);
  const cpuP95 = percentile(cpuTimes, 95);
  // The worker's part of the run so far: loading (in slices, as the worker does) and ranking.
  const peakWorker = process.resourceUsage().maxRSS * 1024;
  log(`peak RSS while loading and ranking 1,000,000: ${mb(peakWorker)} MB`);
  log(
    `shortlist top 50 of ${NATIONAL.toLocaleString('en')}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms wall; CPU p50 ${cpuP50.toFixed(1)} ms, p95 ${cpuP95.toFixed(1)} ms (${LATENCY_SAMPLES} vacancies after ${WARM_UP} untimed, median ${percentile(candidates, 50)} candidates scored)`,
  );

  if (process.env.BENCH_ONLY_LATENCY)
    return {
      p95_ms_1m: round(p95),
      p50_ms_1m: round(p50),
      cpu_p95_ms_1m: round(cpuP95),
      cpu_p50_ms_1m: round(cpuP50),
      rss_mb_1m: mb(rss1m),
      peak_rss_mb_1m: mb(peakWorker),
    };

  // The SQL baseline on the same seekers and vacancies.
  t = process.hrtime.bigint();
  await sql.query(CREATE_SEEKER_TABLE);
  await loadSeekers(sql, nationalIds, (id) => engine.seekers.get(id)!);
  await sql.query('ANALYZE bench_seeker');
  log(
    `sql baseline: ${NATIONAL.toLocaleString('en')} seekers loaded into PostgreSQL in ${(ms(t) / 1000).toFixed(1)} s`,
  );
  const sqlLatencies: number[] = [];
  let same = true;
  for (const vacancy of samples.slice(0, SQL_SAMPLES)) {
    t = process.hrtime.bigint();
    const { rows } = await sql.query<{ id: string; score: number }>(
      baselineQuery(vacancy, ctx.today, 50),
    );
    sqlLatencies.push(ms(t));
    const mine = top50.get(vacancy.id)!;
    const agree =
      rows.length === mine.length &&
      rows.every((r, i) => r.id === mine[i].id && Math.abs(r.score - mine[i].score) < 1e-3);
    if (!agree) {
      same = false;
      const first = rows.findIndex((r, i) => r.id !== mine[i]?.id);
      log(
        `  DIFFERENT top 50 for ${vacancy.id}: sql ${rows.length} rows, index ${mine.length}; first difference at ${first}: sql ${JSON.stringify(rows[first])} index ${JSON.stringify(mine[first])}`,
      );
    }
  }
  const sqlP50 = percentile(sqlLatencies, 50);
  // The index on exactly these vacancies, timed again now that they are not the first ones.
  const indexAgain = samples.slice(0, SQL_SAMPLES).map((vacancy) => {
    const start = process.hrtime.bigint();
    engine.shortlist(vacancy, ctx);
    return ms(start);
  });
  const sqlSampleMedian = percentile(indexAgain, 50);
  const ratio = sqlP50 / Math.max(sqlSampleMedian, 0.001);
  log(
    `sql baseline: p50 ${sqlP50.toFixed(0)} ms per shortlist (${SQL_SAMPLES} vacancies) vs index ${sqlSampleMedian.toFixed(1)} ms on the same: ${ratio.toFixed(0)}x; same top 50: ${same}`,
  );
  await sql.query('DROP TABLE bench_seeker');
  const peakAfterNational = process.resourceUsage().maxRSS * 1024;
  nationalIds.length = 0;

  // Twente scale, through BullMQ and into PostgreSQL as the worker does it.
  const twente = new MatchingEngine(SCORING_MODEL);
  for (const seeker of generateSeekers(taxonomy, places.twente, TWENTE_SEEKERS, 3))
    twente.seekers.upsert(seeker);
  const vacancies = generateVacancies(taxonomy, places, TWENTE_VACANCIES, 4);
  const byId = new Map(vacancies.map((v) => [v.id, v]));
  const store = new MatchRepository(dataSource);
  const prefix = `wt-bench-${process.pid}`;
  const connection = { url: REDIS_URL, maxRetriesPerRequest: null };
  const queue = new Queue('matching', { connection, prefix });
  let rows = 0;
  const rematchChunk = async (chunk: VacancyForMatching[]) => {
    const asOf = await store.now();
    const matches = chunk.flatMap((v) => twente.shortlist(v, ctx));
    await store.replaceForVacancies(
      chunk.map((v) => v.id),
      matches,
      asOf,
    );
    rows += matches.length;
  };
  const worker = new Worker(
    'matching',
    async (job) => {
      if (job.name === 'match-vacancy') return rematchChunk([byId.get(job.data.vacancyId)!]);
      for (let i = 0; i < vacancies.length; i += REMATCH_CHUNK) {
        await rematchChunk(vacancies.slice(i, i + REMATCH_CHUNK));
        await job.updateProgress(
          Math.round((100 * Math.min(i + REMATCH_CHUNK, vacancies.length)) / vacancies.length),
        );
      }
    },
    { connection, prefix, concurrency: 4 },
  );
  try {
    t = process.hrtime.bigint();
    const rematch = await queue.add('rematch-all', {
      reason: 'bench',
      requestedAt: new Date().toISOString(),
    });
    await waitFor(queue, () => rematch.id!, 600_000);
    const rematchSeconds = ms(t) / 1000;
    log(
      `full Twente rematch (${TWENTE_VACANCIES} vacancies x ${TWENTE_SEEKERS} seekers): ${rematchSeconds.toFixed(1)} s, ${rows.toLocaleString('en')} explained matches written`,
    );

    t = process.hrtime.bigint();
    await queue.addBulk(
      vacancies.slice(0, BULL_JOBS).map((v) => ({
        name: 'match-vacancy',
        data: { vacancyId: v.id, version: 2 },
        opts: { jobId: `match-vacancy.${v.id}.v2` },
      })),
    );
    await waitForDrain(queue, BULL_JOBS, 600_000);
    const jobsPerSecond = BULL_JOBS / (ms(t) / 1000);
    log(
      `BullMQ: ${BULL_JOBS} match-vacancy jobs (score, explain, upsert) at ${jobsPerSecond.toFixed(0)} jobs/s with concurrency 4`,
    );
    const peak = Math.max(peakAfterNational, process.resourceUsage().maxRSS * 1024);
    log(`peak RSS of this process: ${mb(peak)} MB`);
    return {
      p95_ms_1m: round(p95),
      p50_ms_1m: round(p50),
      cpu_p95_ms_1m: round(cpuP95),
      cpu_p50_ms_1m: round(cpuP50),
      rematch_twente_s: round(rematchSeconds),
      sql_ratio: Math.round(ratio),
      rss_mb_1m: mb(rss1m),
      peak_rss_mb_1m: mb(peakWorker),
      bullmq_jobs_per_s: Math.round(jobsPerSecond),
      same_top50: same,
    };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

async function waitFor(queue: Queue, id: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await queue.getJobState(id());
    if (state === 'completed') return;
    if (state === 'failed')
      throw new Error(`job ${id()} failed: ${(await queue.getJob(id()))?.failedReason}`);
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitForDrain(queue: Queue, expected: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.getJobCounts('completed', 'failed');
    if (counts.failed > 0) throw new Error(`${counts.failed} job(s) failed`);
    if (counts.completed >= expected + 1) return;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().catch((error) => {
  process.stderr.write(
    `bench:match failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
