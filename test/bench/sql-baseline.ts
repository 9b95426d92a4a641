import { cefrRank } from '@wt/taxonomy';
import {
  dayNumber,
  normaliseCode,
  SCORING_MODEL,
  SeekerForMatching,
  VacancyForMatching,
} from '@wt/matching';
import { Client } from 'pg';

/**
 * The baseline: the same scoring model as one straightforward SQL query over a seekers table,
 * ordered by score. No index can help it; that is what the retrieval index is measured against.
 */
export const CREATE_SEEKER_TABLE = `
  CREATE TABLE bench_seeker (
    id text PRIMARY KEY,
    occ_uris text[] NOT NULL, occ_isco text[] NOT NULL,
    exp_uris text[] NOT NULL, exp_isco text[] NOT NULL, exp_years real[] NOT NULL,
    skills text[] NOT NULL, eqf int, lat float8, lon float8, max_km float8,
    hours_min int, hours_max int, available_now boolean NOT NULL, available_day int,
    lang text[] NOT NULL, lang_rank int[] NOT NULL, licences text[] NOT NULL, certificates text[] NOT NULL,
    willing_de boolean NOT NULL, banenafspraak boolean NOT NULL, school_type text, exit_profile text
  )`;

const COLUMNS = [
  'id',
  'occ_uris',
  'occ_isco',
  'exp_uris',
  'exp_isco',
  'exp_years',
  'skills',
  'eqf',
  'lat',
  'lon',
  'max_km',
  'hours_min',
  'hours_max',
  'available_now',
  'available_day',
  'lang',
  'lang_rank',
  'licences',
  'certificates',
  'willing_de',
  'banenafspraak',
  'school_type',
  'exit_profile',
];

function row(s: SeekerForMatching): unknown[] {
  return [
    s.id,
    s.occupations.map((o) => o.uri),
    s.occupations.map((o) => o.isco ?? ''),
    s.experience.map((o) => o.uri),
    s.experience.map((o) => o.isco ?? ''),
    s.experience.map((o) => o.years),
    s.skills,
    s.eqf,
    s.home?.lat ?? null,
    s.home?.lon ?? null,
    s.maxTravelKm,
    s.hoursMin,
    s.hoursMax,
    s.availableNow,
    s.availableFrom ? dayNumber(s.availableFrom) : null,
    s.languages.map((l) => l.language),
    s.languages.map((l) => cefrRank(l.level)),
    s.drivingLicences.map(normaliseCode),
    s.certificates.map(normaliseCode),
    s.willingToWorkInGermany,
    s.banenafspraak,
    s.schoolLeaver?.type ?? null,
    s.schoolLeaver?.exitProfile ?? null,
  ];
}

/**
 * Rows as JSON, unpacked by PostgreSQL: one round trip per batch. Profiles are taken by id one
 * batch at a time, so the copy for SQL never holds all of them in memory at once.
 */
export async function loadSeekers(
  client: Client,
  ids: readonly string[],
  profileOf: (id: string) => SeekerForMatching,
  batch = 20_000,
): Promise<void> {
  for (let i = 0; i < ids.length; i += batch) {
    const rows = ids.slice(i, i + batch).map((id) => row(profileOf(id)));
    await client.query(
      `INSERT INTO bench_seeker (${COLUMNS.join(', ')})
       SELECT r->>0, ARRAY(SELECT jsonb_array_elements_text(r->1)), ARRAY(SELECT jsonb_array_elements_text(r->2)),
              ARRAY(SELECT jsonb_array_elements_text(r->3)), ARRAY(SELECT jsonb_array_elements_text(r->4)),
              ARRAY(SELECT (jsonb_array_elements_text(r->5))::real), ARRAY(SELECT jsonb_array_elements_text(r->6)),
              (r->>7)::int, (r->>8)::float8, (r->>9)::float8, (r->>10)::float8, (r->>11)::int, (r->>12)::int,
              (r->>13)::boolean, (r->>14)::int, ARRAY(SELECT jsonb_array_elements_text(r->15)),
              ARRAY(SELECT (jsonb_array_elements_text(r->16))::int), ARRAY(SELECT jsonb_array_elements_text(r->17)),
              ARRAY(SELECT jsonb_array_elements_text(r->18)), (r->>19)::boolean, (r->>20)::boolean, r->>21, r->>22
         FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(rows)],
    );
  }
}

const lit = (s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);
const arr = (items: string[]) => `ARRAY[${items.map(lit).join(',')}]::text[]`;
const num = (n: number | null) => (n === null ? 'NULL' : String(n));
const bool = (b: boolean) => (b ? 'true' : 'false');

/** The top `k` seekers for a vacancy by the scoring model, computed entirely in SQL. */
export function baselineQuery(v: VacancyForMatching, today: number, k: number): string {
  const m = SCORING_MODEL;
  const w = m.weights;
  const total = Object.values(w).reduce((a, b) => a + b, 0);
  const essential = [...new Set(v.essentialSkills)];
  const optional = [...new Set(v.optionalSkills)].filter((s) => !essential.includes(s));
  const skillTotal = essential.length * 2 + optional.length;
  const isco = lit(v.isco);
  const isco3 = lit(v.isco?.slice(0, 3) ?? null);
  const isco2 = lit(v.isco?.slice(0, 2) ?? null);
  const near = v.nearOccupations.filter((n) => n.uri !== v.occupationUri);
  const nearCredit = (uris: string) =>
    near.length === 0
      ? '0.0'
      : `coalesce((SELECT max(c) FROM unnest(${arr(near.map((n) => n.uri))}, ARRAY[${near
          .map((n) => String(n.similarity * m.nearOccupationCredit))
          .join(',')}]::float8[]) AS n(u, c) WHERE u = ANY(${uris})), 0.0)`;
  const occSim = (uris: string, iscos: string) => `greatest(CASE
      WHEN ${lit(v.occupationUri)} = ANY(${uris}) THEN 1.0
      WHEN ${isco} IS NULL THEN 0.0
      WHEN ${isco} = ANY(${iscos}) THEN 0.7
      WHEN EXISTS (SELECT 1 FROM unnest(${iscos}) c WHERE c <> '' AND left(c, 3) = ${isco3}) THEN 0.4
      WHEN EXISTS (SELECT 1 FROM unnest(${iscos}) c WHERE c <> '' AND left(c, 2) = ${isco2}) THEN 0.15
      ELSE 0.0 END, ${nearCredit(uris)})`;
  const tolerance = v.learningWorking
    ? m.learningWorkingLevelTolerance
    : `CASE WHEN school_type IS NOT NULL AND ${bool(v.openToSchoolLeavers)} THEN ${m.learningWorkingLevelTolerance} ELSE ${m.levelTolerance} END`;
  const start = v.startDate ? dayNumber(v.startDate) : null;
  const km = v.location
    ? `2 * 6371.0088 * asin(least(1, sqrt(sin(radians(${v.location.lat} - lat) / 2) ^ 2 + cos(radians(lat)) * cos(radians(${v.location.lat})) * sin(radians(${v.location.lon} - lon) / 2) ^ 2)))`
    : 'NULL';
  const languageOk =
    v.languages
      .map(
        (l) =>
          `EXISTS (SELECT 1 FROM unnest(lang, lang_rank) AS x(l, r) WHERE l = ${lit(l.language.toLowerCase())} AND r >= ${cefrRank(l.level)})`,
      )
      .join(' AND ') || 'true';
  return `
    WITH f AS (
      SELECT id, eqf, max_km, available_now, available_day, school_type, exit_profile, banenafspraak, willing_de,
             hours_min, hours_max, licences, certificates, lang, lang_rank,
             greatest(${occSim('occ_uris', 'occ_isco')}, 0.9 * ${occSim('exp_uris', 'exp_isco')}) AS occupation,
             ${skillTotal === 0 ? '0.5' : `(2 * (SELECT count(*) FROM unnest(skills) s WHERE s = ANY(${arr(essential)})) + (SELECT count(*) FROM unnest(skills) s WHERE s = ANY(${arr(optional)})))::float8 / ${skillTotal}`} AS skills,
             CASE WHEN lat IS NULL THEN NULL ELSE ${km} END AS km,
             ${num(v.minEqf)}::int - eqf AS short,
             ${tolerance} AS tolerance,
             CASE WHEN available_now OR available_day IS NULL THEN NULL ELSE available_day - greatest(${num(start ?? today)}, ${today}) END AS days_late,
             coalesce((SELECT max(CASE WHEN u = ${lit(v.occupationUri)} THEN least(1, y / ${m.fullExperienceYears}) WHEN c <> '' AND c = ${isco} THEN 0.6 * least(1, y / ${m.fullExperienceYears}) ELSE 0 END)
                         FROM unnest(exp_uris, exp_isco, exp_years) AS e(u, c, y)), 0) AS experience
        FROM bench_seeker
    ), s AS (
      SELECT id,
        (${bool(v.banenafspraakReserved)} AND NOT banenafspraak)
        OR exit_profile IS NOT DISTINCT FROM 'dagbesteding'
        OR (short IS NOT NULL AND short > tolerance)
        OR NOT (${arr(v.drivingLicences.map(normaliseCode))} <@ licences)
        OR NOT (${arr(v.certificates.map(normaliseCode))} <@ certificates)
        OR NOT (${languageOk})
        OR (${bool(v.country === 'DE')} AND NOT willing_de)
        OR (km IS NOT NULL AND max_km IS NOT NULL AND km > max_km)
        OR (${num(v.hoursMin)} IS NOT NULL AND hours_min IS NOT NULL AND least(${num(v.hoursMax)}, hours_max) - greatest(${num(v.hoursMin)}, hours_min) < 0)
        OR (${bool(start !== null)} AND days_late IS NOT NULL AND days_late > ${m.startDateGraceDays}) AS knocked_out,
        ${w.occupation} * occupation
        + ${w.skills} * skills
        + ${w.level} * CASE WHEN ${num(v.minEqf)} IS NULL THEN 1 WHEN eqf IS NULL THEN 0.3 WHEN short = 0 THEN 1 WHEN short = -1 THEN 0.9
                             WHEN short = -2 THEN 0.7 WHEN short <= -3 THEN 0.5 ELSE greatest(0.1, 0.5 - 0.15 * (short - 1)) END
        + ${w.distance} * CASE WHEN km IS NULL THEN 0.5 WHEN coalesce(max_km, ${m.defaultMaxTravelKm}) <= 0 THEN (CASE WHEN km = 0 THEN 1 ELSE 0 END)
                               ELSE greatest(0, 1 - 0.8 * (km / coalesce(max_km, ${m.defaultMaxTravelKm}))) END
        + ${w.hours} * CASE WHEN ${num(v.hoursMin)} IS NULL OR hours_min IS NULL OR hours_max IS NULL THEN 0.5
                            WHEN least(${num(v.hoursMax)}, hours_max) - greatest(${num(v.hoursMin)}, hours_min) < 0 THEN 0
                            ELSE least(1, (least(${num(v.hoursMax)}, hours_max) - greatest(${num(v.hoursMin)}, hours_min) + 1)::float8 / (${num(v.hoursMax)} - ${num(v.hoursMin)} + 1)) END
        + ${w.availability} * CASE WHEN available_now THEN 1 WHEN available_day IS NULL THEN 0.2 WHEN days_late <= 0 THEN 0.9
                                   ELSE greatest(0.1, 0.9 - 0.8 * least(1, days_late::float8 / ${m.startDateGraceDays})) END
        + ${w.experience} * experience
        + ${w.support} * CASE WHEN school_type IS NULL THEN 1 ELSE 0.2 + ${v.openToSchoolLeavers ? 0.4 : 0} + ${v.supervision || v.learningWorking ? 0.4 : 0} END
        AS weighted
      FROM f
    )
    SELECT id, round((100 * weighted / ${total})::numeric, 4)::float8 AS score
      FROM s WHERE NOT knocked_out AND round((100 * weighted / ${total})::numeric, 4) >= ${m.shortlistMinScore}
     ORDER BY score DESC, id COLLATE "C"
     LIMIT ${k}`;
}
