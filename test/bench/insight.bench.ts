/**
 * `npm run bench:insight`: every regional-insight figure at Twente scale (30,000 job seekers,
 * 5,000 open vacancies, 36 stored matches per vacancy) on PostgreSQL, through the services the
 * API uses, and one job seeker's transition occupations and "one skill away".
 * Targets: every aggregate under 2 s, a job seeker's transitions under 200 ms, cold ones too: the
 * first call after start (the warm-up begun at start may be under way), after the figures, after a
 * vacancy change and after a profile change are each timed as the request finds the market, and
 * the refresh it started behind is awaited and timed apart ("market refresh awaited").
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS } from '@wt/auth';
import { loadConfig } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import { loadDemoData } from '@wt/demo';
import { InsightMarketService, InsightService, InsightSnapshotService } from '@wt/insight';
import { SeekerSummariesService } from '@wt/job-seekers';
import { MatchReadService, SCORING_MODEL } from '@wt/matching';
import { readStarterTaxonomy } from '@wt/taxonomy';
import { MatchableVacanciesService } from '@wt/vacancies';
import { DataSource } from 'typeorm';
import { withBenchDatabase } from './bench-database';

const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 30_000);
const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 5_000);
const MATCHES_PER_VACANCY = 36;
const RUNS = 5;
/** A folder: each figure's runs are sampled into `<figure>.cpuprofile` there (Chrome DevTools format). */
const CPU_PROF = process.env.BENCH_CPU_PROF;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  await withBenchDatabase('wt_bench_insight', async (url) => {
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn', VACANCY_SWEEP_MINUTES: '0' });
    const { dataSource, close } = await openDataSource(config);
    await runMigrations(dataSource);
    const t = Date.now();
    await generate(dataSource);
    log(
      `${SEEKERS.toLocaleString('en')} profiles, ${VACANCIES.toLocaleString('en')} vacancies, ${(VACANCIES * MATCHES_PER_VACANCY).toLocaleString('en')} matches written in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    // The demo data's sheet-metal worker, whose skills bridge to welding: transitions to show.
    const [seeker] = await dataSource.query(
      `SELECT id FROM job_seekers.profile WHERE coach_id = 'demo-coach-1'
        ORDER BY id = '5ee4e700-0000-4000-8000-000000000020' DESC, id LIMIT 1`,
    );
    await close();

    const app = await NestFactory.createApplicationContext(VacancyRegistryModule.register(config), {
      logger: ['warn'],
    });
    try {
      const insight = app.get(InsightService, { strict: false });
      const snapshots = app.get(InsightSnapshotService, { strict: false });
      const adviser = DEMO_PRINCIPALS.adviser;
      const coach = DEMO_PRINCIPALS.coach;
      const json = { lang: 'nl' as const, format: 'json' as const };
      const results: Record<string, { p50: number; max: number; rows: number }> = {};
      const profiler = CPU_PROF ? new Session() : undefined;
      profiler?.connect();
      await profiler?.post('Profiler.enable');
      await profiler?.post('Profiler.setSamplingInterval', { interval: 500 });
      const time = async (name: string, run: () => Promise<{ rows: unknown[] }>) => {
        const ms: number[] = [];
        let rows = 0;
        await profiler?.post('Profiler.start');
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          rows = (await run()).rows.length;
          ms.push(performance.now() - started);
        }
        if (profiler) {
          const { profile } = await profiler.post('Profiler.stop');
          const file = `${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}.cpuprofile`;
          writeFileSync(join(CPU_PROF!, file), JSON.stringify(profile));
        }
        ms.sort((a, b) => a - b);
        results[name] = { p50: Math.round(ms[RUNS >> 1]), max: Math.round(ms[RUNS - 1]), rows };
        log(
          `${name.padEnd(40)} p50 ${String(results[name].p50).padStart(5)} ms, max ${String(results[name].max).padStart(5)} ms (${rows} rows)`,
        );
      };
      // What the first coach to ask after start waits for (a warm-up begun at start may be under way).
      const coldStart = performance.now();
      await insight.seekerTransitions(coach, seeker.id, undefined, 'nl');
      log(
        `transitions, first call after start         ${Math.round(performance.now() - coldStart)} ms`,
      );
      // The reads every figure is built from, alone: what is left of a figure is computing it.
      const summaries = app.get(SeekerSummariesService, { strict: false });
      const vacancies = app.get(MatchableVacanciesService, { strict: false });
      const matches = app.get(MatchReadService, { strict: false });
      await time('read: job-seeker summaries', async () => ({
        rows: await summaries.all(),
      }));
      await time('read: open-vacancy summaries', async () => ({
        rows: await vacancies.openSummaries(),
      }));
      // Every open vacancy by its ISCO minor group (the generated ones all have one).
      const minorGroups = new Map(
        (await vacancies.openSummaries()).flatMap((v) =>
          v.iscoGroup ? [[v.id, v.iscoGroup.slice(0, 3)] as const] : [],
        ),
      );
      await time('read: missing-skill tally (minor)', async () => ({
        rows: await matches.missingSkillTally(minorGroups),
      }));
      await time('read: served vacancies', async () => ({
        rows: await matches.servedVacancyIds(SCORING_MODEL.shortlistMinScore),
      }));
      await time('tightness (minor x municipality)', () =>
        insight.tightness(adviser, { ...json, level: 'minor', byMunicipality: true, byEqf: false }),
      );
      await time('tightness (occupation x municipality x EQF)', () =>
        insight.tightness(adviser, {
          ...json,
          level: 'occupation',
          byMunicipality: true,
          byEqf: true,
        }),
      );
      await time('unserved vacancies', () => insight.unservedVacancies(adviser, json));
      await time('blocking skills (minor)', () =>
        insight.blockingSkills(adviser, { ...json, level: 'minor', top: 10 }),
      );
      await time('school leavers', () => insight.schoolLeavers(adviser, json));
      await time('daily snapshot cells (every figure)', async () => ({
        rows: await snapshots.cellsNow(),
      }));
      const db = app.get(DataSource, { strict: false });
      const market = app.get(InsightMarketService, { strict: false });
      const refreshed = async () => {
        const started = performance.now();
        await market.refreshed();
        log(`  (market refresh awaited: ${Math.round(performance.now() - started)} ms)`);
      };
      const once = async (label: string) => {
        const started = performance.now();
        await insight.seekerTransitions(coach, seeker.id, undefined, 'nl');
        log(`transitions, ${label.padEnd(30)} ${Math.round(performance.now() - started)} ms`);
      };
      // Some minutes after start (the figures ran): the market as a request finds it then.
      await once('first call after the figures');
      await refreshed();
      // A vacancy and a profile change, each as the next request finds it (the market is stale).
      await db.query(
        `UPDATE vacancies.vacancy SET positions = positions + 1, updated_at = now()
          WHERE id = (SELECT id FROM vacancies.vacancy WHERE external_ref = 'bench-1')`,
      );
      await once('after a vacancy change');
      await refreshed();
      await db.query(
        `UPDATE job_seekers.profile SET available_now = NOT available_now, updated_at = now()
          WHERE id = (SELECT id FROM job_seekers.profile WHERE coach_id = 'coach-7' ORDER BY id LIMIT 1)`,
      );
      await once('after a profile change');
      await refreshed();
      await time('a job seeker: transitions', () =>
        insight.seekerTransitions(coach, seeker.id, undefined, 'nl'),
      );
      await time('a job seeker: one skill away', () =>
        insight.seekerOneSkillAway(coach, seeker.id, undefined, 'nl'),
      );
      log(
        JSON.stringify({
          seekers: SEEKERS,
          vacancies: VACANCIES,
          matches: VACANCIES * MATCHES_PER_VACANCY,
          results,
          loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
        }),
      );
    } finally {
      await app.close();
    }
  });
}

/** Set-based: the demo data set, then generated profiles, vacancies and matches. */
async function generate(dataSource: DataSource): Promise<void> {
  await loadDemoData(dataSource);
  const starter = await readStarterTaxonomy();
  const occupations = starter.occupations.filter((o) => o.iscoGroup);
  const occupationUris = occupations.map((o) => o.uri);
  const iscos = occupations.map((o) => o.iscoGroup!);
  const skills = starter.skills.map((s) => s.uri);
  // Homes and workplaces spread over Twente (about 52.15-52.47 N, 6.4-7.05 E) and a tenth in Germany.
  await dataSource.query(
    `INSERT INTO job_seekers.profile (id, coach_id, version, wanted_occupations, skills, work_experience,
        qualification_code, qualification_eqf, home_label, home_lat, home_lon, max_travel_km, hours_min, hours_max,
        available_now, available_from, languages, willing_to_work_in_germany, banenafspraak, driving_licences,
        school_type, exit_profile, expected_leaving_date)
     SELECT gen_random_uuid(), CASE WHEN i % 500 = 0 THEN 'demo-coach-1' ELSE 'coach-' || (i % 200) END, 1,
            jsonb_build_array(jsonb_build_object('uri', ($1::text[])[1 + i % cardinality($1::text[])], 'source', 'given'))
              || CASE WHEN i % 3 = 0 THEN jsonb_build_array(jsonb_build_object('uri', ($1::text[])[1 + (i / 7) % cardinality($1::text[])], 'source', 'given')) ELSE '[]'::jsonb END,
            ARRAY(SELECT ($2::text[])[1 + (i * 31 + k * 17) % cardinality($2::text[])] FROM generate_series(1, 3 + i % 10) k),
            jsonb_build_array(jsonb_build_object('occupationUri', ($1::text[])[1 + (i / 3) % cardinality($1::text[])], 'years', i % 9)),
            'NL:MBO-3', 1 + i % 6, 'Twente', 52.15 + (i % 320) / 1000.0, 6.4 + (i % 650) / 1000.0, 10 + i % 5 * 10, 24, 40,
            i % 2 = 0, CASE WHEN i % 2 = 1 THEN current_date + (i % 180) END,
            '[{"language": "nl", "level": "B2"}]'::jsonb, i % 5 = 0, i % 20 = 0, '{B}',
            CASE WHEN i % 33 = 0 THEN 'VSO' WHEN i % 37 = 0 THEN 'PrO' END,
            CASE WHEN i % 33 = 0 OR i % 37 = 0 THEN 'arbeidsmarkt' END,
            CASE WHEN i % 33 = 0 OR i % 37 = 0 THEN current_date + (i % 300) END
       FROM generate_series(1, $3::int) i`,
    [occupationUris, skills, SEEKERS],
  );
  const columns: Array<{ column_name: string }> = await dataSource.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'vacancies' AND table_name = 'vacancy' ORDER BY ordinal_position`,
  );
  const override: Record<string, string> = {
    id: 'gen_random_uuid()',
    occupation_uri: `($1::text[])[1 + i % cardinality($1::text[])]`,
    isco_group: `($2::text[])[1 + i % cardinality($2::text[])]`,
    required_skill_uris: `ARRAY(SELECT ($3::text[])[1 + (i * 13 + k * 7) % cardinality($3::text[])] FROM generate_series(1, 2 + i % 6) k)`,
    positions: '1 + i % 4',
    latitude:
      'CASE WHEN i % 10 = 0 THEN 52.21 + (i % 200) / 1000.0 ELSE 52.15 + (i % 320) / 1000.0 END',
    longitude:
      'CASE WHEN i % 10 = 0 THEN 7.02 + (i % 300) / 1000.0 ELSE 6.4 + (i % 650) / 1000.0 END',
    learning_working: `CASE WHEN i % 20 = 0 THEN 'bbl' END`,
    minimum_eqf: '1 + i % 5',
    external_ref: `'bench-' || i`,
    driving_licences: `'{}'`,
    languages: `'[]'::jsonb`,
  };
  const list = columns.map((c) => c.column_name);
  await dataSource.query(
    `INSERT INTO vacancies.vacancy (${list.join(', ')})
     SELECT ${list.map((c) => override[c] ?? `v.${c}`).join(', ')}
       FROM vacancies.vacancy v, generate_series(1, $4::int) i
      WHERE v.id = (SELECT id FROM vacancies.vacancy WHERE country = 'NL' ORDER BY id LIMIT 1)`,
    [occupationUris, iscos, skills, VACANCIES],
  );
  await dataSource.query(
    `INSERT INTO matching.match (vacancy_id, seeker_id, score, model_version, vacancy_version, seeker_version, cross_border, explanation, computed_at)
     SELECT v.id, s.id, 45 + (v.n + s.n) % 50, 'bench', 1, 1, false,
            jsonb_build_object('skills', jsonb_build_object('missingEssential',
              CASE WHEN (v.n + s.n) % 3 = 0 THEN '[]'::jsonb ELSE jsonb_build_array(v.required_skill_uris[1 + (v.n + s.n) % cardinality(v.required_skill_uris)]) END)),
            now()
       FROM (SELECT id, required_skill_uris, row_number() OVER (ORDER BY id) AS n FROM vacancies.vacancy WHERE external_ref LIKE 'bench-%') v
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM job_seekers.profile) s
         ON s.n % 800 = v.n % 800 AND s.n / 800 < $1`,
    [MATCHES_PER_VACANCY],
  );
  // As autovacuum leaves a table written once: visibility known, so index-only scans can run.
  await dataSource.query(`VACUUM ANALYZE`);
}

main().catch((error) => {
  process.stderr.write(
    `bench:insight failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
