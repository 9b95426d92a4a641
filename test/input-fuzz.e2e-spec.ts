import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { verifyAuditChain } from '@wt/audit';
import { Principal } from '@wt/auth';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { fullSeeker, PRINCIPALS } from './job-seekers.fixtures';
import { dutchVacancy, EMPLOYER_A } from './vacancies.helpers';

/**
 * Property-based fuzzing of every write endpoint and the audited reads (issue 11): a valid body
 * with one mutation that makes it invalid must get a 4xx `{statusCode, error, message}`, change no
 * stored row, and leave the audit chain intact. FUZZ_RUNS sets the cases per endpoint (CI: 25).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const ADVISER: Principal = { subject: 'fuzz-adviser', role: 'adviser' };
const JOBSUCHE = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/jobsuche/jobdetails-schweisser-gronau.json'), 'utf8'),
) as Json;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every place in a body that holds a value (the root included), depth first. */
function pathsOf(value: Json, path: Path = []): Array<{ path: Path; value: Json }> {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...path, i])));
  if (isObject(value)) {
    return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k])));
  }
  return here;
}

function replaceAt(root: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path[path.length - 1]] = replacement;
  return copy as Json;
}

/** A marker for arrays nested `depth` deep, spelled out only in the raw JSON (see {@link toJson}). */
function nested(depth: number): Json {
  return `${DEEP}${depth}`;
}

const DEEP = '\u2063deep:';

/** The body as raw JSON: deep nesting is written out here (building it as objects overflows the stack). */
function toJson(body: Json): string {
  return JSON.stringify(body).replace(
    new RegExp(`"${DEEP}(\\d+)"`, 'g'),
    (_m, depth: string) => `${'['.repeat(Number(depth))}${']'.repeat(Number(depth))}`,
  );
}

/** Text no field accepts: control characters or a lone surrogate, somewhere in it. */
const badText = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\ud800', '\udfff', '\u000b'),
    fc.string({ maxLength: 20 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** Numbers no field accepts: beyond an integer column, or too close to zero to mean anything. */
const badNumber = fc.oneof(
  fc.constantFrom(2 ** 31, -(2 ** 31), 1e20, -1e300, 5e-324, 1e-7, Number.MAX_SAFE_INTEGER),
  fc.double({ min: 2 ** 31, max: 1e300, noNaN: true }),
);

/** A value of another type, or another shape, than `original`. */
function wrongTypeFor(original: Json): fc.Arbitrary<Json> {
  if (typeof original === 'string') {
    return fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant<Json>([original]),
      fc.constant<Json>({ v: original }),
    );
  }
  if (typeof original === 'number') {
    return fc.oneof(
      fc.constant(String(original)),
      fc.boolean(),
      fc.constant<Json>([original]),
      fc.constant<Json>({}),
    );
  }
  if (typeof original === 'boolean') {
    return fc.oneof(
      fc.constant(String(original)),
      fc.constantFrom(0, 1),
      fc.constant<Json>([original]),
    );
  }
  if (Array.isArray(original)) {
    const wrapped: Json = original.length > 0 ? original.map((item) => [item]) : [[]];
    return fc.oneof(fc.constant({ ...original }), fc.string(), fc.integer(), fc.constant(wrapped));
  }
  if (isObject(original)) {
    return fc.oneof(
      fc.constant<Json>([original]),
      fc.string(),
      fc.integer(),
      fc.constant<Json>([[]]),
    );
  }
  return fc.constant<Json>([[]]);
}

/** A valid body with one change that makes it invalid, whatever field it hits. */
function mutated(base: Json): fc.Arbitrary<{ body: Json; change: string }> {
  const places = pathsOf(base).filter((p) => p.value !== null);
  return fc.integer({ min: 0, max: places.length - 1 }).chain((index) => {
    const { path, value } = places[index];
    const at = path.join('.') || '(body)';
    const replacements: Array<fc.Arbitrary<{ body: Json; change: string }>> = [
      wrongTypeFor(value).map((bad) => ({
        body: replaceAt(base, path, bad),
        change: `${at}: wrong type`,
      })),
      badText.map((bad) => ({ body: replaceAt(base, path, bad), change: `${at}: bad text` })),
      badNumber.map((bad) => ({ body: replaceAt(base, path, bad), change: `${at}: ${bad}` })),
      fc.integer({ min: 40, max: 6_000 }).map((depth) => ({
        body: replaceAt(base, path, nested(depth)),
        change: `${at}: nested ${depth} deep`,
      })),
    ];
    if (isObject(value)) {
      replacements.push(
        fc.string({ minLength: 1, maxLength: 12 }).map((key) => ({
          body: replaceAt(base, path, { ...value, [`x-${key}`]: 1 }),
          change: `${at}: unknown property`,
        })),
      );
    }
    return fc.oneof(...replacements);
  });
}

/** A Jobsuche document with a field the schema types given the wrong type: reported, not stored. */
const JOBSUCHE_TYPED: Path[] = [
  ['referenznummer'],
  ['stellenangebotsTitel'],
  ['stellenangebotsBeschreibung'],
  ['arbeitgeber'],
  ['arbeitgeberHashId'],
  ['arbeitsorte'],
  ['arbeitsorte', 0],
  ['arbeitsorte', 0, 'land'],
  ['arbeitsorte', 0, 'ort'],
  ['arbeitsorte', 0, 'koordinaten'],
  ['arbeitsorte', 0, 'koordinaten', 'lat'],
  ['arbeitszeitmodelle'],
  ['arbeitszeitmodelle', 0],
  ['eintrittsdatum'],
  ['befristung'],
  ['anzahlOffeneStellen'],
  ['arbeitgeberAdresse'],
  ['fertigkeiten'],
];

function brokenJobsucheDocument(): fc.Arbitrary<{ body: Json; change: string }> {
  return fc.integer({ min: 0, max: JOBSUCHE_TYPED.length - 1 }).chain((index) => {
    const path = JOBSUCHE_TYPED[index];
    const original = path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], JOBSUCHE);
    return wrongTypeFor(original)
      .filter(
        (bad) => !(typeof original === 'number' && typeof bad === 'string' && path.length > 1),
      )
      .map((bad) => ({
        body: { documents: [replaceAt(JOBSUCHE, path, bad)] },
        change: `documents.0.${path.join('.')}: wrong type`,
      }));
  });
}

describe('input fuzzing (issue 11): generated bad requests', () => {
  let env: TestEnvironment;
  let profiles: INestApplication;
  let registry: INestApplication;
  let seekerId: string;
  let vacancyId: string;
  let employerId: string;
  const tally: Record<string, { cases: number; statuses: Record<number, number> }> = {};

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0', RATE_LIMIT_MAX: '1000000' });
    profiles = await createTestApp(ProfileServiceModule.register(env.config));
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
    const employer = await send(registry, EMPLOYER_A, 'post', '/employers', {
      name: 'Fuzz B.V.',
      country: 'NL',
      kvkNumber: '12345678',
      place: 'Enschede',
    });
    employerId = employer.body.id;
    vacancyId = (
      await send(registry, EMPLOYER_A, 'post', '/vacancies', dutchVacancy() as unknown as Json)
    ).body.id;
    seekerId = (
      await send(
        profiles,
        PRINCIPALS.coach1,
        'post',
        '/job-seekers',
        fullSeeker() as unknown as Json,
      )
    ).body.id;
    expect([employerId, vacancyId, seekerId]).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
  });

  afterAll(async () => {
    // The cases per endpoint and the statuses they got, for the record of a long run.
    console.log(JSON.stringify({ runsPerEndpoint: RUNS, tally }, null, 1));
    await profiles?.close();
    await registry?.close();
    await env?.close();
  });

  function send(
    app: INestApplication,
    who: Principal,
    method: 'post' | 'put' | 'patch' | 'get',
    url: string,
    body?: Json,
  ) {
    const call = request(app.getHttpServer())
      [method](url)
      .set('Authorization', `Bearer ${tokenFor(env.config, who)}`);
    return body === undefined
      ? call
      : call.set('Content-Type', 'application/json').send(toJson(body));
  }

  /** Counts and a digest of every row a bad request could touch. */
  async function snapshot(): Promise<unknown> {
    const [row] = await env.dataSource.query(
      `SELECT (SELECT count(*) FROM job_seekers.profile)::int AS profiles,
              (SELECT md5(coalesce(string_agg(id::text || version || updated_at, ',' ORDER BY id), '')) FROM job_seekers.profile) AS profile_digest,
              (SELECT md5(coalesce(string_agg(seeker_id::text || updated_at, ',' ORDER BY seeker_id), '')) FROM job_seekers.identity) AS identity_digest,
              (SELECT count(*) FROM vacancies.vacancy)::int AS vacancies,
              (SELECT md5(coalesce(string_agg(id::text || version || updated_at, ',' ORDER BY id), '')) FROM vacancies.vacancy) AS vacancy_digest,
              (SELECT md5(coalesce(string_agg(id::text || updated_at, ',' ORDER BY id), '')) FROM vacancies.employer) AS employer_digest,
              (SELECT count(*) FROM audit.audit_event)::int AS audit_rows`,
    );
    return row;
  }

  async function fuzz(
    endpoint: string,
    cases: fc.Arbitrary<{ body: Json; change: string }>,
    call: (body: Json) => request.Test,
    accept: (res: request.Response) => boolean = isClientError,
  ): Promise<void> {
    const entry: { cases: number; statuses: Record<number, number> } = { cases: 0, statuses: {} };
    tally[endpoint] = entry;
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(cases, async ({ body, change }) => {
        const res = await call(body);
        entry.cases += 1;
        entry.statuses[res.status] = (entry.statuses[res.status] ?? 0) + 1;
        if (!accept(res)) {
          throw new Error(
            `${endpoint} ${change}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
          );
        }
      }),
      { numRuns: RUNS },
    );
    expect(await snapshot()).toEqual(before);
    expect((await verifyAuditChain(env.dataSource)).broken).toBeUndefined();
  }

  it('POST /job-seekers', () =>
    fuzz('POST /job-seekers', mutated(fullSeeker() as unknown as Json), (body) =>
      send(profiles, PRINCIPALS.coach1, 'post', '/job-seekers', body),
    ));

  it('PATCH /job-seekers/:id', () =>
    fuzz('PATCH /job-seekers/:id', mutated(withoutIdentity(fullSeeker())), (body) =>
      send(profiles, PRINCIPALS.coach1, 'patch', `/job-seekers/${seekerId}`, body),
    ));

  it('PUT /job-seekers/:id/consent', () =>
    fuzz(
      'PUT /job-seekers/:id/consent',
      mutated({
        seeker: { given: true, date: new Date().toISOString().slice(0, 10) },
        coach: { given: true },
      }),
      (body) => send(profiles, PRINCIPALS.coach1, 'put', `/job-seekers/${seekerId}/consent`, body),
    ));

  it('PATCH /job-seekers/:id/identity', () =>
    fuzz(
      'PATCH /job-seekers/:id/identity',
      mutated(fullSeeker().identity as unknown as Json),
      (body) =>
        send(profiles, PRINCIPALS.coach1, 'patch', `/job-seekers/${seekerId}/identity`, body),
    ));

  it('POST /job-seekers/:id/introduction-contact', () =>
    fuzz(
      'POST /job-seekers/:id/introduction-contact',
      mutated({ reason: 'introduction for vacancy 42', vacancyId }),
      (body) =>
        send(profiles, ADVISER, 'post', `/job-seekers/${seekerId}/introduction-contact`, body),
    ));

  it('GET /job-seekers/:id?reason=', () =>
    fuzz(
      'GET /job-seekers/:id?reason=',
      fc
        .oneof(
          badText
            .filter((t) => !/[\ud800-\udfff]/.test(t))
            .map((t) => `reason=${encodeURIComponent(`shortlist ${t}`)}`),
          fc.string({ maxLength: 4 }).map((t) => `reason=${encodeURIComponent(t)}`),
          fc.constant(`reason=${'x'.repeat(301)}`),
          fc.constant('reason=valid+reason&reason=twice'),
          fc
            .string({ minLength: 1, maxLength: 8 })
            .map((k) => `reason=valid+reason&x${encodeURIComponent(k)}=1`),
        )
        .map((query) => ({ body: query, change: query.slice(0, 60) })),
      (query) => send(profiles, ADVISER, 'get', `/job-seekers/${seekerId}?${query as string}`),
    ));

  it('POST /vacancies', () =>
    fuzz('POST /vacancies', mutated(dutchVacancy() as unknown as Json), (body) =>
      send(registry, EMPLOYER_A, 'post', '/vacancies', body),
    ));

  it('PATCH /vacancies/:id', () =>
    fuzz(
      'PATCH /vacancies/:id',
      mutated(dutchVacancy({ hoursMin: 24 }) as unknown as Json),
      (body) => send(registry, EMPLOYER_A, 'patch', `/vacancies/${vacancyId}`, body),
    ));

  it('GET /vacancies/:id with a bad id', () =>
    fuzz(
      'GET /vacancies/:id',
      fc
        .oneof(badText, fc.string({ minLength: 1, maxLength: 60 }), fc.constant('9'.repeat(5000)))
        // A lone surrogate cannot be percent-encoded at all: no client can send it in a path.
        .filter((id) => !/[\ud800-\udfff]/.test(id))
        .map((id) => ({ body: id, change: JSON.stringify(id).slice(0, 60) })),
      (id) => send(registry, EMPLOYER_A, 'get', `/vacancies/${encodeURIComponent(id as string)}`),
      (res) => isClientError(res) || (res.status === 404 && hasErrorShape(res)),
    ));

  it('POST /employers', () =>
    fuzz(
      'POST /employers',
      mutated({
        name: 'Nieuw B.V.',
        country: 'NL',
        kvkNumber: '87654321',
        place: 'Hengelo',
        postcode: '7553 AA',
        contactEmail: 'a@example.org',
      }),
      (body) => send(registry, ADVISER, 'post', '/employers', body),
    ));

  it('PATCH /employers/:id', () =>
    fuzz(
      'PATCH /employers/:id',
      mutated({
        name: 'Fuzz B.V.',
        street: 'Straat 1',
        place: 'Enschede',
        latitude: 52.2,
        longitude: 6.9,
      }),
      (body) => send(registry, EMPLOYER_A, 'patch', `/employers/${employerId}`, body),
    ));

  it('POST /vacancies/jobsuche/bulk', () =>
    fuzz(
      'POST /vacancies/jobsuche/bulk',
      fc.oneof(
        brokenJobsucheDocument(),
        mutated({ documents: [JOBSUCHE] }).filter((c) => !c.change.startsWith('documents.0')),
      ),
      (body) => send(registry, ADVISER, 'post', '/vacancies/jobsuche/bulk', body),
      // A well-formed upload is answered with a report; a broken document is in it, not stored.
      (res) =>
        isClientError(res) ||
        (res.status === 201 &&
          res.body.created.length === 0 &&
          res.body.updated.length === 0 &&
          res.body.errors.length > 0),
    ));
});

/**
 * `null` in every place of a valid body, one place at a time: never a 5xx, a 4xx that names its
 * field, or a 2xx only where the OpenAPI document says the field is nullable (the contract check
 * of every answer, `test/contract-setup.ts`, holds the request body to the document).
 */
describe('input fuzzing (issue 11): null in every place', () => {
  let env: TestEnvironment;
  let profiles: INestApplication;
  let registry: INestApplication;

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0', RATE_LIMIT_MAX: '1000000' });
    profiles = await createTestApp(ProfileServiceModule.register(env.config));
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
  });

  afterAll(async () => {
    await profiles?.close();
    await registry?.close();
    await env?.close();
  });

  const call =
    (app: INestApplication, who: Principal, method: 'post' | 'put' | 'patch') =>
    (url: string, body: Json) =>
      request(app.getHttpServer())
        [method](url)
        .set('Authorization', `Bearer ${tokenFor(env.config, who)}`)
        .send(body as object);

  async function nullEverywhere(
    base: () => Json,
    send: (body: Json) => Promise<request.Response>,
  ): Promise<void> {
    for (const { path } of pathsOf(base()).filter((p) => p.path.length > 0)) {
      const res = await send(replaceAt(base(), path, null));
      if (res.status >= 500 || (res.status >= 400 && !hasErrorShape(res))) {
        throw new Error(
          `${path.join('.')}: null answered ${res.status} ${JSON.stringify(res.body)}`,
        );
      }
    }
  }

  it('on the profile service', async () => {
    const coach = (method: 'post' | 'put' | 'patch') => call(profiles, PRINCIPALS.coach1, method);
    const { body: seeker } = await coach('post')('/job-seekers', fullSeeker() as Json).expect(201);
    const { body: vacancy } = await call(
      registry,
      ADVISER,
      'post',
    )('/employers', {
      name: 'Null B.V.',
      country: 'NL',
      kvkNumber: '12345678',
      place: 'Enschede',
    }).expect(201);
    await nullEverywhere(
      () => fullSeeker() as Json,
      (body) => coach('post')('/job-seekers', body),
    );
    await nullEverywhere(withoutIdentityOf, (body) =>
      coach('patch')(`/job-seekers/${seeker.id}`, body),
    );
    await nullEverywhere(
      () => fullSeeker().identity as Json,
      (body) => coach('patch')(`/job-seekers/${seeker.id}/identity`, body),
    );
    await nullEverywhere(
      () => ({
        seeker: { given: true, date: new Date().toISOString().slice(0, 10) },
        coach: { given: true },
      }),
      (body) => coach('put')(`/job-seekers/${seeker.id}/consent`, body),
    );
    await nullEverywhere(
      () => ({ reason: 'introduction for vacancy 42', vacancyId: vacancy.id }),
      (body) =>
        call(profiles, ADVISER, 'post')(`/job-seekers/${seeker.id}/introduction-contact`, body),
    );
  });

  it('on the vacancy registry', async () => {
    const employer = (method: 'post' | 'patch') => call(registry, EMPLOYER_A, method);
    const { body: org } = await employer('post')('/employers', {
      name: 'Null Metaal B.V.',
      country: 'NL',
      kvkNumber: '12345678',
      place: 'Enschede',
      street: 'Straat 1',
      contactEmail: 'a@example.org',
    }).expect(201);
    const { body: vacancy } = await employer('post')(
      '/vacancies',
      dutchVacancy() as unknown as Json,
    ).expect(201);
    await nullEverywhere(
      () =>
        dutchVacancy({ closingDate: `${new Date().getFullYear() + 1}-01-31` }) as unknown as Json,
      (body) => employer('post')('/vacancies', body),
    );
    await nullEverywhere(
      () => dutchVacancy({ hoursMin: 24, supervision: 'Ja' }) as unknown as Json,
      (body) => employer('patch')(`/vacancies/${vacancy.id}`, body),
    );
    await nullEverywhere(
      () => ({
        name: 'Null Metaal B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        street: 'Straat 1',
        postcode: '7511 AB',
        place: 'Enschede',
        contactName: 'Iemand',
        contactEmail: 'a@example.org',
        contactPhone: '+31 53 000 0000',
      }),
      (body) => employer('patch')(`/employers/${org.id}`, body),
    );
    await nullEverywhere(
      () => ({ name: 'Nieuw B.V.', country: 'NL', kvkNumber: '87654321', place: 'Hengelo' }),
      (body) => call(registry, ADVISER, 'post')('/employers', body),
    );
  });
});

function withoutIdentityOf(): Json {
  return withoutIdentity(fullSeeker());
}

function withoutIdentity(body: Record<string, unknown>): Json {
  const { identity: _identity, ...rest } = body;
  return rest as Json;
}

function hasErrorShape(res: request.Response): boolean {
  const { statusCode, error, message } = res.body ?? {};
  return (
    statusCode === res.status &&
    typeof error === 'string' &&
    (typeof message === 'string' ||
      (Array.isArray(message) && message.every((m) => typeof m === 'string')))
  );
}

function isClientError(res: request.Response): boolean {
  return res.status >= 400 && res.status < 500 && res.status !== 404 && hasErrorShape(res);
}
