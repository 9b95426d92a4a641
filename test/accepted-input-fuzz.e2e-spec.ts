import { getQueueToken } from '@nestjs/bullmq';
import { verifyAuditChain } from '@wt/audit';
import { Principal } from '@wt/auth';
import { inProcessQueue, MATCHING_QUEUE, metricsRegistry } from '@wt/queue';
import { DRIVING_LICENCE_CATEGORIES, QUALIFICATIONS } from '@wt/taxonomy/levels';
import { CONTRACT_TYPES, LEARNING_WORKING_KINDS } from '@wt/vacancies';
import { eventually } from '@wt/testing';
import { Queue } from 'bullmq';
import fc from 'fast-check';
import request from 'supertest';
import { PRINCIPALS } from './job-seekers.fixtures';
import { MatchingHarness } from './matching.helpers';
import { EMPLOYER_A } from './vacancies.helpers';

/**
 * Issue 11, finding 5: whatever the API accepts, the worker can match. Generated bodies that are
 * valid but odd (any Unicode in the text fields, numbers and dates at their limits, optional parts
 * left out, cleared or present, German vacancies and homes, banenafspraak, VSO/PrO school leavers)
 * go through every write a coach or employer makes, with a worker on the queue. Every answer is a
 * 2xx or a 4xx with `{statusCode, error, message}` (never a 5xx); afterwards no match job has
 * failed or skipped a row, every stored shortlist equals what a clean rematch computes, every
 * stored vacancy, profile, list and explanation reads back, and the audit chain verifies.
 * FUZZ_RUNS sets the cases per endpoint (CI: 30).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Per endpoint: a long run (FUZZ_RUNS=2000) takes minutes. */
const STEP_TIMEOUT_MS = 60_000 + RUNS * 150;
const GERMAN_EMPLOYER: Principal = {
  subject: 'fuzz-employer-de',
  role: 'employer',
  organisationId: 'fuzz-org-de',
};
const TODAY = new Date();
const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

type Body = Record<string, unknown>;

function isoDay(offsetDays: number): string {
  const day = new Date(TODAY);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/** Pieces people and systems really type: diacritics, scripts, emoji, markup, look-alikes. */
const ODD_PIECES = [
  'Lasser',
  'Schweißer',
  'MIG-lassen',
  'technische tekeningen',
  'heftruck',
  'İstanbul',
  'ĳzerwerker',
  'Ijssel',
  'e\u0301e\u0301n', // decomposed accents (NFD)
  'één',
  '👩‍🔧',
  '🇳🇱🇩🇪',
  'עברית',
  'العربية',
  '中文岗位',
  'ﬁtter', // a ligature
  '\u200b', // zero-width space
  '\ufeff', // byte-order mark
  '\u2028', // line separator
  '\u00a0', // no-break space
  '\t',
  '\n',
  '\r\n',
  "O'Brien",
  '"quoted"',
  '<b>vet</b><script>x</script>',
  "'; DROP TABLE vacancies.vacancy; --",
  '%s %n %%',
  '\\',
  '${title}',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '0',
  '-',
];

/** Text of up to `max` code points, never empty: Unicode graphemes and the pieces above. */
function oddText(max: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...ODD_PIECES),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }),
  );
  const text = fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '', '/', ', '))
    .map(([parts, separator]) => parts.join(separator));
  return fc
    .oneof(
      { weight: 8, arbitrary: text },
      // At the limit exactly, in a script of two UTF-16 units per character.
      { weight: 1, arbitrary: fc.constant('𝔏'.repeat(max)) },
      { weight: 1, arbitrary: fc.constant('a'.repeat(max)) },
    )
    .map((value) => Array.from(value).slice(0, max).join(''))
    .filter((value) => value.trim().length > 0);
}

/** A value, sometimes left out (undefined) and, where `nullable`, sometimes cleared (null). */
function maybe<T>(value: fc.Arbitrary<T>, nullable = false): fc.Arbitrary<T | null | undefined> {
  return nullable
    ? fc.oneof(
        { weight: 3, arbitrary: value },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constant(null) },
      )
    : fc.option(value, { nil: undefined, freq: 3 });
}

/** A value that would knock most candidates out (a certificate, a licence): one time in six. */
function rarely<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: value },
  );
}

/** Drops the keys whose value is undefined (a left-out field), keeps nulls (a cleared one). */
function present(body: Body): Body {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

const NL_PLACES: Array<[string, string]> = [
  ['Enschede', '7511 AB'],
  ['Hengelo', '7551AB'],
  ['Almelo', '7601'],
  ['Oldenzaal', '7571 ab'],
  ['Haaksbergen', '7481 AB'],
  ["'s-Hertogenbosch", '5211 AA'],
];
const DE_PLACES: Array<[string, string]> = [
  ['Gronau', '48599'],
  ['Bad Bentheim', '48455'],
  ['Nordhorn', '48529'],
  ['Münster', '48143'],
];
const LANGUAGES = ['nl', 'de', 'en', 'tr', 'ar', 'pl', 'fy', 'ti', 'uk'];
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const LICENCES = DRIVING_LICENCE_CATEGORIES;
const CODES = QUALIFICATIONS.map((q) => q.code);

/** The concepts the suite's taxonomy holds, read once it is imported. */
interface Concepts {
  occupations: string[];
  skills: string[];
}

function languages(): fc.Arbitrary<Array<{ language: string; level: string }>> {
  return fc.uniqueArray(
    fc.record({ language: fc.constantFrom(...LANGUAGES), level: fc.constantFrom(...CEFR) }),
    { maxLength: 4, selector: (l) => l.language },
  );
}

const hours = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 12.5, 38, 40, 60),
  fc.integer({ min: 0, max: 60 }),
);

function vacancyFields(c: Concepts, country: 'NL' | 'DE', creating: boolean): fc.Arbitrary<Body> {
  const places = country === 'NL' ? NL_PLACES : DE_PLACES;
  return fc
    .record({
      title: creating ? oddText(200) : maybe(oddText(200)),
      description: creating ? oddText(4000) : maybe(oddText(4000)),
      language: maybe(fc.constantFrom('nl', 'de', 'en')),
      occupationUri: maybe(fc.constantFrom(...c.occupations)),
      // Required and optional skills are apart: one skill in both lists is refused.
      skills: maybe(
        fc
          .uniqueArray(fc.constantFrom(...c.skills), { maxLength: 12 })
          .chain((all) =>
            fc.nat({ max: all.length }).map((cut) => [all.slice(0, cut), all.slice(cut)]),
          ),
      ),
      // A qualification with its own EQF level, or a level alone (a code with another is refused).
      level: rarely(
        fc.oneof(
          fc.constantFrom(...QUALIFICATIONS).chain((q) =>
            fc.record({
              minimumQualificationCode: fc.constant<string | null | undefined>(q.code),
              minimumEqf: fc.constantFrom(q.eqf, undefined),
            }),
          ),
          fc.integer({ min: 0, max: 8 }).map((eqf) => ({
            minimumQualificationCode: creating ? undefined : null,
            minimumEqf: eqf,
          })),
        ),
      ),
      hours: maybe(
        fc.oneof(
          { weight: 3, arbitrary: fc.constant([16, 40]) },
          fc.tuple(hours, hours).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
        ),
      ),
      contractType: maybe(fc.constantFrom(...CONTRACT_TYPES)),
      // A closing date after the start: the first day is from a month ago to a year ahead.
      dates: fc.record({
        start: maybe(fc.integer({ min: -30, max: 400 })),
        open: maybe(fc.integer({ min: 1, max: 365 })),
      }),
      positions: maybe(fc.constantFrom(1, 2, 7, 1000)),
      place: creating ? fc.constantFrom(...places) : maybe(fc.constantFrom(...places)),
      placeOnly: fc.boolean(),
      coordinates: maybe(
        fc.constantFrom<[number, number]>(
          [52.22, 6.89],
          [52.2, 7.03],
          [90, 180],
          [-90, -180],
          [0, 0],
        ),
      ),
      drivingLicences: rarely(fc.uniqueArray(fc.constantFrom(...LICENCES), { maxLength: 3 })),
      certificates: rarely(fc.uniqueArray(oddText(100), { maxLength: 3 })),
      languages: rarely(languages()),
      banenafspraakSuitable: maybe(fc.boolean()),
      banenafspraakReserved: country === 'NL' ? maybe(fc.boolean()) : fc.constant(undefined),
      jobcarving: country === 'NL' ? maybe(fc.boolean()) : fc.constant(undefined),
      supervisionOffered: maybe(fc.boolean()),
      supervision: maybe(oddText(1000)),
      openToSchoolLeavers: maybe(fc.boolean()),
      // BBL and leerwerk are Dutch trajectories, the Ausbildung German.
      learningWorking: maybe(
        fc.constantFrom(
          ...LEARNING_WORKING_KINDS.filter((k) => (k === 'ausbildung') === (country === 'DE')),
        ),
        true,
      ),
      recognitionRequired: country === 'DE' ? maybe(fc.boolean()) : fc.constant(undefined),
    })
    .map(({ hours: range, skills, level, dates, place, placeOnly, coordinates, ...fields }) =>
      present({
        ...fields,
        requiredSkills: skills?.[0],
        optionalSkills: skills?.[1],
        ...level,
        startDate: dates.start == null ? undefined : isoDay(dates.start),
        closingDate:
          dates.open == null ? undefined : isoDay(Math.max(dates.start ?? 0, 0) + dates.open),
        hoursMin: range?.[0],
        hoursMax: range?.[1],
        workPlace: place?.[0],
        workPostcode: placeOnly ? undefined : place?.[1],
        latitude: coordinates?.[0],
        longitude: coordinates?.[1],
        ...(creating ? { country } : {}),
      }),
    );
}

function seekerFields(c: Concepts): fc.Arbitrary<Body> {
  const nullable = <T>(value: fc.Arbitrary<T>) => maybe(value, true);
  return fc
    .record({
      wantedOccupations: nullable(
        fc.uniqueArray(fc.constantFrom(...c.occupations), { maxLength: 3 }),
      ),
      wantedOccupationText: nullable(oddText(200)),
      skills: nullable(fc.uniqueArray(fc.constantFrom(...c.skills), { maxLength: 12 })),
      workExperience: nullable(
        fc.array(
          fc.record({
            occupationUri: fc.constantFrom(...c.occupations),
            years: fc.oneof(fc.constantFrom(0, 0.5, 60), fc.integer({ min: 0, max: 60 })),
          }),
          { maxLength: 4 },
        ),
      ),
      highestQualification: nullable(fc.record({ code: fc.constantFrom(...CODES) })),
      schoolLeaver: nullable(
        fc.oneof(
          fc.record({
            schoolType: fc.constant('VSO'),
            exitProfile: fc.constantFrom(
              'arbeidsmarkt',
              'arbeidsmarkt',
              'vervolgonderwijs',
              'dagbesteding',
            ),
            expectedLeavingDate: nullable(fc.integer({ min: -3650, max: 2190 }).map(isoDay)),
            certificates: nullable(fc.uniqueArray(oddText(80), { maxLength: 3 })),
          }),
          fc.record({
            schoolType: fc.constant('PrO'),
            exitProfile: nullable(fc.constant('arbeidsmarkt')),
            expectedLeavingDate: nullable(fc.integer({ min: 0, max: 365 }).map(isoDay)),
          }),
        ),
      ),
      currentEducation: nullable(
        fc.record({
          code: fc.constantFrom('NL:MBO-1', 'NL:MBO-2', 'NL:MBO-3', 'NL:MBO-4'),
          expectedEndDate: fc.integer({ min: 0, max: 2000 }).map(isoDay),
        }),
      ),
      certificates: nullable(fc.uniqueArray(oddText(80), { maxLength: 4 })),
      drivingLicences: nullable(fc.uniqueArray(fc.constantFrom(...LICENCES), { maxLength: 3 })),
      travelsIndependently: nullable(fc.boolean()),
      ownTransport: nullable(fc.boolean()),
      homeLocation: nullable(
        fc.oneof(
          fc.constantFrom(...NL_PLACES).map(([place, postcode]) => ({ postcode, place })),
          fc.constantFrom(...NL_PLACES).map(([, postcode]) => ({ postcode })),
          fc.constantFrom(...NL_PLACES).map(([place]) => ({ place, country: 'NL' })),
          fc
            .constantFrom(...DE_PLACES)
            .map(([place, postcode]) => ({ postcode, place, country: 'DE' })),
        ),
      ),
      maxTravelKm: nullable(fc.constantFrom(0, 1, 25, 80, 250, 250, 250)),
      hoursPerWeek: nullable(
        fc.oneof(
          { weight: 2, arbitrary: fc.constant({ min: 16, max: 40 }) },
          fc
            .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }))
            .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
        ),
      ),
      availableNow: nullable(fc.boolean()),
      availableFrom: nullable(fc.integer({ min: -3650, max: 730 }).map(isoDay)),
      languages: nullable(languages()),
      willingToWorkInGermany: nullable(fc.boolean()),
      targetGroups: nullable(
        fc.record({
          banenafspraak: fc.boolean(),
          benefit: fc.constantFrom('participatiewet', 'ww', 'wajong', 'none'),
        }),
      ),
      supportNeeded: nullable(oddText(2000)),
    })
    .map(present);
}

let reference = 0;

function identity(): fc.Arbitrary<Body> {
  return fc
    .record({
      givenName: oddText(100),
      familyName: oddText(100),
      email: maybe(
        fc.emailAddress().filter((e) => e.length <= 200),
        true,
      ),
      phone: maybe(fc.constantFrom('+31 6 00000000', '053-1234567', '+49 (2562) 1234'), true),
      system: fc.constantFrom('uwv', 'enschede', 'hengelo', 'almelo'),
    })
    .map(({ system, ...fields }) => {
      reference += 1;
      return present({ ...fields, clientReference: { system, reference: `FUZZ-${reference}` } });
    });
}

function consent(): fc.Arbitrary<Body> {
  return fc
    .record({
      seeker: fc.record({
        given: fc.boolean(),
        date: fc.integer({ min: -3650, max: 0 }).map(isoDay),
      }),
      coach: fc.record({ given: fc.boolean() }),
    })
    .map((body) => (body.seeker.given ? body : { ...body, seeker: { given: false } }));
}

interface Tally {
  cases: number;
  statuses: Record<number, number>;
  /** What the 4xx answers said, and how often (the field names, without the values). */
  refusals: Record<string, number>;
}

describe('accepted-input fuzzing (issue 11): whatever the API accepts, the worker matches', () => {
  let h: MatchingHarness;
  let concepts: Concepts;
  const vacancies: Array<{ id: string; owner: Principal; country: 'NL' | 'DE' }> = [];
  const seekers: string[] = [];
  const tally: Record<string, Tally> = {};
  let failedBefore = 0;
  let skippedBefore = 0;

  const counter = async (name: string) =>
    ((await metricsRegistry.getSingleMetric(name)?.get())?.values ?? []).reduce(
      (sum, v) => sum + v.value,
      0,
    );

  beforeAll(async () => {
    h = await MatchingHarness.start({ RATE_LIMIT_MAX: '1000000' });
    await h
      .registry(EMPLOYER_A)
      .post('/employers', {
        name: 'Fuzz Metaal B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        place: 'Enschede',
      })
      .expect(201);
    await h
      .registry(GERMAN_EMPLOYER)
      .post('/employers', {
        name: 'Fuzz Grenzstahl GmbH',
        country: 'DE',
        foreignRegistration: 'HRB 7, Amtsgericht Coesfeld',
        place: 'Gronau',
      })
      .expect(201);
    // The welder and the trades that share most skills with it, so that lists fill and overlap.
    const occupations: Array<{ uri: string }> = await h.env.dataSource.query(
      `SELECT occupation_uri AS uri FROM taxonomy.occupation_skill
        WHERE skill_uri IN (SELECT skill_uri FROM taxonomy.occupation_skill WHERE occupation_uri = $1)
        GROUP BY occupation_uri ORDER BY count(*) DESC, occupation_uri LIMIT 10`,
      [WELDER],
    );
    const skills: Array<{ uri: string }> = await h.env.dataSource.query(
      `SELECT DISTINCT skill_uri AS uri FROM taxonomy.occupation_skill
        WHERE occupation_uri = ANY($1) ORDER BY skill_uri LIMIT 80`,
      [occupations.map((o) => o.uri)],
    );
    concepts = { occupations: occupations.map((o) => o.uri), skills: skills.map((s) => s.uri) };
    expect(concepts.occupations.length).toBeGreaterThan(5);
    expect(concepts.skills.length).toBeGreaterThan(5);
    failedBefore = await counter('wt_jobs_failed_permanently_total');
    skippedBefore = await counter('wt_matching_rows_skipped_total');
  }, 120_000);

  afterAll(async () => {
    // The cases per endpoint and the statuses they got, for the record of a long run.
    console.log(JSON.stringify({ runsPerEndpoint: RUNS, tally }, null, 1));
    await h?.close();
  });

  /** Runs `RUNS` generated calls; each must be a 2xx or a well-formed 4xx. Returns the accepted. */
  async function fuzz<T>(
    endpoint: string,
    cases: fc.Arbitrary<T>,
    call: (input: T) => Promise<request.Response>,
  ): Promise<number> {
    const entry: Tally = { cases: 0, statuses: {}, refusals: {} };
    tally[endpoint] = entry;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(cases, async (input) => {
        const res = await call(input);
        entry.cases += 1;
        entry.statuses[res.status] = (entry.statuses[res.status] ?? 0) + 1;
        if (res.status >= 200 && res.status < 300) {
          accepted += 1;
          return;
        }
        if (isClientError(res)) {
          for (const message of [res.body.message].flat() as string[]) {
            const kind = message
              .replace(/https?:\/\/\S+/g, '<uri>')
              .replace(/\d{4}-\d{2}-\d{2}/g, '<date>')
              .replace(/\d+(\.\d+)?/g, '<n>');
            entry.refusals[kind] = (entry.refusals[kind] ?? 0) + 1;
          }
          return;
        }
        throw new Error(
          `${endpoint}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)} for ${JSON.stringify(input).slice(0, 600)}`,
        );
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    return accepted;
  }

  /** Most generated bodies are valid: the point is to match them, not to be refused. */
  const mostly = (accepted: number) => expect(accepted).toBeGreaterThanOrEqual(RUNS * 0.6);

  it(
    'POST /vacancies (NL and DE, drafts and published)',
    async () => {
      const body = fc.constantFrom<'NL' | 'DE'>('NL', 'DE').chain((country) =>
        fc.record({
          country: fc.constant(country),
          fields: vacancyFields(concepts, country, true),
          publish: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, fc.constant(false)),
        }),
      );
      mostly(
        await fuzz('POST /vacancies', body, async ({ country, fields, publish }) => {
          const owner = country === 'NL' ? EMPLOYER_A : GERMAN_EMPLOYER;
          const res = await h.registry(owner).post('/vacancies', { ...fields, publish });
          if (res.status === 201) vacancies.push({ id: res.body.id, owner, country });
          return res;
        }),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'POST /job-seekers (with identity; some made visible to employers)',
    async () => {
      const body = fc.record({
        fields: seekerFields(concepts),
        identity: identity(),
        consent: fc.option(consent(), { nil: undefined }),
      });
      mostly(
        await fuzz('POST /job-seekers', body, async ({ fields, identity, consent }) => {
          const coach = h.profiles(PRINCIPALS.coach1);
          const res = await coach.post('/job-seekers', { ...fields, identity });
          if (res.status === 201) {
            seekers.push(res.body.id);
            if (consent) {
              const given = await coach.put(`/job-seekers/${res.body.id}/consent`, consent);
              if (given.status !== 200) return given;
            }
          }
          return res;
        }),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'PATCH /vacancies/:id (fields changed, cleared or left out)',
    async () => {
      expect(vacancies.length).toBeGreaterThan(0);
      const change = fc.nat().chain((n) => {
        const target = vacancies[n % vacancies.length];
        return fc.record({
          target: fc.constant(target),
          fields: vacancyFields(concepts, target.country, false),
          clear: fc.subarray([
            'occupationUri',
            'startDate',
            'closingDate',
            'supervision',
            'learningWorking',
          ]),
        });
      });
      mostly(
        await fuzz('PATCH /vacancies/:id', change, ({ target, fields, clear }) => {
          const nulls = Object.fromEntries(clear.map((key) => [key, null]));
          return h.registry(target.owner).patch(`/vacancies/${target.id}`, { ...fields, ...nulls });
        }),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'PATCH /job-seekers/:id and PUT /job-seekers/:id/consent',
    async () => {
      expect(seekers.length).toBeGreaterThan(0);
      const change = fc.record({
        n: fc.nat(),
        fields: seekerFields(concepts),
        consent: fc.option(consent(), { nil: undefined, freq: 3 }),
      });
      mostly(
        await fuzz('PATCH /job-seekers/:id', change, async ({ n, fields, consent }) => {
          const coach = h.profiles(PRINCIPALS.coach1);
          const id = seekers[n % seekers.length];
          const res = await coach.patch(`/job-seekers/${id}`, fields);
          if (res.status === 200 && consent) {
            const given = await coach.put(`/job-seekers/${id}/consent`, consent);
            if (given.status !== 200) return given;
          }
          return res;
        }),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'closes, publishes and erases some (POST /vacancies/:id/publish|close, DELETE /job-seekers/:id)',
    async () => {
      const step = fc.record({
        n: fc.nat(),
        what: fc.constantFrom('publish', 'close', 'erase', 'publish', 'publish'),
      });
      await fuzz('lifecycle', step, async ({ n, what }) => {
        if (what === 'erase') {
          const [id] = seekers.splice(n % seekers.length, 1);
          return h.profiles(PRINCIPALS.coach1).delete(`/job-seekers/${id}`);
        }
        const target = vacancies[n % vacancies.length];
        return h.registry(target.owner).post(`/vacancies/${target.id}/${what}`);
      });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'ends with no failed or skipped match job and every shortlist as a clean rematch computes it',
    async () => {
      await drained();
      const [{ failedJobs }] = await h.env.dataSource.query(
        `SELECT count(*)::int AS "failedJobs" FROM ops.failed_job`,
      );
      expect(failedJobs).toBe(0);
      expect(await counter('wt_jobs_failed_permanently_total')).toBe(failedBefore);
      expect(await counter('wt_matching_rows_skipped_total')).toBe(skippedBefore);

      const stored = await storedPairs();
      const runId = await h
        .producer()
        .enqueue('rematch-all', { reason: 'fuzz-test', requestedAt: new Date().toISOString() });
      const run = await eventually(async () => {
        const [row] = await h.env.dataSource.query(
          `SELECT total, done FROM matching.run WHERE id = $1 AND finished_at IS NOT NULL`,
          [runId],
        );
        return row;
      }, 120_000);
      expect(run.done).toBe(run.total);
      const clean = await storedPairs();
      expect(clean.length).toBeGreaterThan(0);
      expect(stored).toEqual(clean);
      expect(await counter('wt_jobs_failed_permanently_total')).toBe(failedBefore);
      expect(await counter('wt_matching_rows_skipped_total')).toBe(skippedBefore);
      process.stdout.write(
        `${JSON.stringify({ vacancies: vacancies.length, seekers: seekers.length, pairs: clean.length, rematched: run.total })}\n`,
      );
    },
    STEP_TIMEOUT_MS + 240_000,
  );

  it(
    'reads back every stored vacancy, profile, list and explanation',
    async () => {
      const adviser = h.registry(PRINCIPALS.adviser);
      for (const { id, owner } of vacancies) {
        await adviser.get(`/vacancies/${id}`).expect(200);
        const list = await adviser.get(`/vacancies/${id}/matches?pageSize=5`).expect(200);
        for (const item of list.body.items.slice(0, 2)) {
          const explained = await adviser
            .get(`/vacancies/${id}/matches/${item.seekerId}/explain`)
            .expect(200);
          expect(explained.body.explanation.score).toBe(item.score);
        }
        await h.registry(owner).get(`/vacancies/${id}/matches`).expect(200);
      }
      const coach = h.profiles(PRINCIPALS.coach1);
      for (const id of seekers) {
        await coach.get(`/job-seekers/${id}`).expect(200);
        await coach.get(`/job-seekers/${id}/matches`).expect(200);
      }
      await coach.get('/caseload').expect(200);
      expect((await verifyAuditChain(h.env.dataSource)).broken).toBeUndefined();
    },
    STEP_TIMEOUT_MS + 240_000,
  );

  /** Nothing waiting, running or delayed, three looks in a row, and every change was enqueued (drafts never are). */
  async function drained(): Promise<void> {
    const queue = h.env.config.queue.redisUrl
      ? h.workers[0].get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false })
      : undefined;
    let quiet = 0;
    await eventually(
      async () => {
        const busy = queue
          ? Object.values(
              await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused'),
            ).reduce((a, b) => a + b, 0)
          : inProcessQueue().size;
        if (!queue) await inProcessQueue().onIdle();
        quiet = busy === 0 ? quiet + 1 : 0;
        if (quiet < 3) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return undefined;
        }
        return true;
      },
      120_000 + RUNS * 100,
    );
    const [unsent] = await h.env.dataSource.query(
      `SELECT (SELECT count(*) FROM vacancies.vacancy
                WHERE enqueued_version < version AND published_at IS NOT NULL)::int
            + (SELECT count(*) FROM job_seekers.profile WHERE enqueued_version < version)::int AS n`,
    );
    expect(unsent.n).toBe(0);
  }

  async function storedPairs(): Promise<Array<{ pair: string; score: number }>> {
    const rows: Array<{ vacancy_id: string; seeker_id: string; score: string }> =
      await h.env.dataSource.query(
        `SELECT m.vacancy_id, m.seeker_id, m.score
           FROM matching.match m JOIN vacancies.vacancy v ON v.id::text = m.vacancy_id
          WHERE v.status = 'published' ORDER BY 1, 2`,
      );
    return rows.map((row) => ({
      pair: `${row.vacancy_id}/${row.seeker_id}`,
      score: Math.round(Number(row.score) * 1000) / 1000,
    }));
  }
});

function isClientError(res: request.Response): boolean {
  const { statusCode, error, message } = res.body ?? {};
  return (
    res.status >= 400 &&
    res.status < 500 &&
    statusCode === res.status &&
    typeof error === 'string' &&
    (typeof message === 'string' ||
      (Array.isArray(message) && message.every((m) => typeof m === 'string')))
  );
}
