/**
 * `npm run bench:worker-start`: how long a matching worker takes to load its index from
 * PostgreSQL when it starts (or re-matches everything), and what it then holds in memory.
 * Profiles are written straight into `job_seekers.profile` (BENCH_PROFILES, default 200,000).
 */
import { NestFactory } from '@nestjs/core';
import { MatchingWorkerModule } from '@apps/matching-worker/src/matching-worker.module';
import { loadConfig } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import { MatchingIndexService } from '@wt/matching';
import { readStarterTaxonomy } from '@wt/taxonomy';
import { withBenchDatabase } from './bench-database';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 200_000);

const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => Math.round(bytes / 1e6);

async function main(): Promise<void> {
  await withBenchDatabase('wt_bench_start', async (url) => {
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn' });
    const { dataSource, close } = await openDataSource(config);
    await runMigrations(dataSource);
    const starter = await readStarterTaxonomy();
    const occupations = starter.occupations.map((o) => o.uri);
    const skills = starter.skills.map((s) => s.uri);
    let t = Date.now();
    // Set-based: every profile has one or two wanted occupations, a past job, 3-12 skills.
    await dataSource.query(
      `INSERT INTO job_seekers.profile (id, coach_id, version, wanted_occupations, skills, work_experience,
          qualification_code, qualification_eqf, home_label, home_lat, home_lon, max_travel_km, hours_min, hours_max,
          available_now, languages, willing_to_work_in_germany, banenafspraak, driving_licences)
       SELECT gen_random_uuid(), 'coach-' || (i % 200), 1,
              jsonb_build_array(jsonb_build_object('uri', ($1::text[])[1 + i % cardinality($1::text[])], 'source', 'given'))
                || CASE WHEN i % 3 = 0 THEN jsonb_build_array(jsonb_build_object('uri', ($1::text[])[1 + (i / 7) % cardinality($1::text[])], 'source', 'given')) ELSE '[]'::jsonb END,
              ARRAY(SELECT ($2::text[])[1 + (i * 31 + k * 17) % cardinality($2::text[])] FROM generate_series(1, 3 + i % 10) k),
              jsonb_build_array(jsonb_build_object('occupationUri', ($1::text[])[1 + (i / 3) % cardinality($1::text[])], 'years', i % 9)),
              'NL:MBO-3', 3, 'Enschede', 52.0 + (i % 500) / 1000.0, 6.5 + (i % 700) / 1000.0, 10 + i % 5 * 10, 24, 40,
              i % 2 = 0, '[{"language": "nl", "level": "B2"}]'::jsonb, i % 5 = 0, i % 20 = 0, '{B}'
         FROM generate_series(1, $3::int) i`,
      [occupations, skills, PROFILES],
    );
    log(
      `${PROFILES.toLocaleString('en')} profiles written in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    await close();

    // The worker as it runs (in-process queue: no Redis needed), without its HTTP listener.
    const app = await NestFactory.createApplicationContext(MatchingWorkerModule.register(config), {
      logger: ['warn'],
    });
    try {
      const rssBefore = process.memoryUsage().rss;
      t = Date.now();
      const engine = await app.get(MatchingIndexService).fresh();
      const seconds = (Date.now() - t) / 1000;
      const rss = process.memoryUsage().rss;
      log(
        `index loaded: ${engine.seekers.size.toLocaleString('en')} profiles in ${seconds.toFixed(1)} s (${Math.round(engine.seekers.size / seconds).toLocaleString('en')} per second); RSS ${mb(rss)} MB (+${mb(rss - rssBefore)} MB)`,
      );
      log(
        JSON.stringify({
          profiles: engine.seekers.size,
          load_s: Math.round(seconds * 10) / 10,
          profiles_per_s: Math.round(engine.seekers.size / seconds),
          rss_mb: mb(rss),
        }),
      );
    } finally {
      await app.close();
    }
  });
}

main().catch((error) => {
  process.stderr.write(
    `bench:worker-start failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
