/**
 * `npm run bench:event-loop`: how long matching holds the event loop in the embedded mode, where
 * the worker shares its process (and its one database session) with the two HTTP apps. Writes
 * BENCH_PROFILES profiles (default 20,000) and BENCH_VACANCIES open vacancies (default 1,000)
 * into an in-memory PGlite, runs a `rematch-all` through the in-process queue, and prints the
 * event-loop delay (`perf_hooks.monitorEventLoopDelay`) while it runs (the rows are written as
 * changed a day ago, as after a taxonomy import, not as a burst of edits the index re-reads): the longest stall is how
 * long an HTTP request, `/health/ready` included, could not even be read.
 */
import { NestFactory } from '@nestjs/core';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { loadConfig } from '@wt/config';
import { openDataSource, provideDataSource, releaseDataSource, runMigrations } from '@wt/database';
import { inProcessQueue, JobProducer } from '@wt/queue';
import { readStarterTaxonomy } from '@wt/taxonomy';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 20_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 1_000);
/** BENCH_RECENT=1: the rows are written as changed just now (a burst of edits the index re-reads). */
const CHANGED = process.env.BENCH_RECENT === '1' ? `now()` : `now() - interval '1 day'`;

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (ns: number) => Math.round(ns / 1e5) / 10;

async function main(): Promise<void> {
  const config = loadConfig({
    PGLITE_DATA_DIR: 'memory://',
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
  });
  const opened = await openDataSource(config);
  provideDataSource(opened);
  const { dataSource } = opened;
  await runMigrations(dataSource);
  const starter = await readStarterTaxonomy();
  const occupations = starter.occupations.map((o) => o.uri);
  const skills = starter.skills.map((s) => s.uri);
  await dataSource.query(
    `INSERT INTO job_seekers.profile (id, coach_id, version, enqueued_version, updated_at, wanted_occupations, skills, work_experience,
        qualification_code, qualification_eqf, home_label, home_lat, home_lon, max_travel_km, hours_min, hours_max,
        available_now, languages, willing_to_work_in_germany, banenafspraak, driving_licences)
     SELECT gen_random_uuid(), 'coach-' || (i % 200), 1, 1, now() - interval '1 day',
            jsonb_build_array(jsonb_build_object('uri', ($1::text[])[1 + i % cardinality($1::text[])], 'source', 'given')),
            ARRAY(SELECT ($2::text[])[1 + (i * 31 + k * 17) % cardinality($2::text[])] FROM generate_series(1, 3 + i % 10) k),
            jsonb_build_array(jsonb_build_object('occupationUri', ($1::text[])[1 + (i / 3) % cardinality($1::text[])], 'years', i % 9)),
            'NL:MBO-3', 3, 'Enschede', 52.0 + (i % 500) / 1000.0, 6.5 + (i % 700) / 1000.0, 30 + i % 5 * 10, 24, 40,
            i % 2 = 0, '[{"language": "nl", "level": "B2"}]'::jsonb, i % 5 = 0, i % 20 = 0, '{B}'
       FROM generate_series(1, $3::int) i`.replace(`now() - interval '1 day'`, CHANGED),
    [occupations, skills, PROFILES],
  );
  await dataSource.query(
    `INSERT INTO vacancies.employer (id, organisation_id, name, country, kvk_number, place)
     VALUES ('00000000-0000-4000-8000-000000000001', 'bench-org', 'Bench B.V.', 'NL', '12345678', 'Enschede')`,
  );
  await dataSource.query(
    `INSERT INTO vacancies.vacancy (id, employer_id, organisation_id, status, version, enqueued_version, source, language,
        title, description, occupation_uri, required_skill_uris, minimum_eqf, hours_min, hours_max, country,
        latitude, longitude, languages, created_by, published_at, updated_at)
     SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001', 'bench-org', 'published', 1, 1, 'portal', 'nl',
            'Vacature ' || i, 'Bench', ($1::text[])[1 + i % cardinality($1::text[])],
            ARRAY(SELECT ($2::text[])[1 + (i * 13 + k * 7) % cardinality($2::text[])] FROM generate_series(1, 2 + i % 4) k),
            2 + i % 3, 24, 40, 'NL', 52.0 + (i % 400) / 1000.0, 6.5 + (i % 600) / 1000.0,
            '[{"language": "nl", "level": "B1"}]'::jsonb, 'bench', now(), ${CHANGED}
       FROM generate_series(1, $3::int) i`,
    [occupations, skills, VACANCIES],
  );
  log(
    `${PROFILES.toLocaleString('en')} profiles, ${VACANCIES.toLocaleString('en')} open vacancies (embedded PGlite, in-process queue)`,
  );

  const app = await NestFactory.createApplicationContext(MatchingWorkerModule.register(config), {
    logger: ['warn'],
  });
  try {
    await app.init();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    const started = Date.now();
    delay.enable();
    const jobId = await app
      .get(JobProducer)
      .enqueue('rematch-all', { reason: 'bench', requestedAt: new Date().toISOString() });
    await inProcessQueue().onIdle();
    delay.disable();
    const seconds = (Date.now() - started) / 1000;
    const [run] = await dataSource.query(`SELECT done, total FROM matching.run WHERE id = $1`, [
      jobId,
    ]);
    log(
      `rematch-all: ${run.done} of ${run.total} vacancies in ${seconds.toFixed(1)} s; event-loop delay p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`,
    );
    log(
      JSON.stringify({
        profiles: PROFILES,
        vacancies: VACANCIES,
        recent: CHANGED === 'now()',
        rematch_s: Math.round(seconds * 10) / 10,
        loop_delay_p99_ms: ms(delay.percentile(99)),
        loop_delay_max_ms: ms(delay.max),
      }),
    );
  } finally {
    await app.close();
    await releaseDataSource();
  }
}

main().catch((error) => {
  process.stderr.write(
    `bench:event-loop failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
