import { Principal } from '@wt/auth';
import {
  ADVISER,
  COACH,
  dutchVacancy,
  EMPLOYER_A,
  EMPLOYER_B,
  ESCO,
  matchJobVersions,
  registerEmployer,
  RegistryHarness,
  startRegistry,
} from './vacancies.helpers';

/** Dates a year ahead: within the range a vacancy date may have, and in the future. */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

const HEADER =
  'employerId,title,description,country,workPlace,occupationUri,hoursMin,hoursMax,languages,requiredSkills,openToSchoolLeavers,publish';

describe('vacancy registry: bulk upload (CSV and JSON)', () => {
  let harness: RegistryHarness;
  let employerA: string;
  let employerB: string;

  beforeAll(async () => {
    harness = await startRegistry();
    employerA = await registerEmployer(harness, EMPLOYER_A);
    employerB = await registerEmployer(harness, EMPLOYER_B, { kvkNumber: '87654321' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  const count = async () =>
    Number(
      (await harness.env.dataSource.query(`SELECT count(*) AS n FROM vacancies.vacancy`))[0].n,
    );
  const csvUpload = (csv: string, query = '', principal: Principal = ADVISER) =>
    harness.as(principal).post(`/vacancies/bulk${query}`).set('Content-Type', 'text/csv').send(csv);
  const row = (employerId: string, title: string, extra: Partial<Record<string, string>> = {}) => {
    const cells = {
      employerId,
      title,
      description: `${title}: werken in Twente`,
      country: 'NL',
      workPlace: 'Enschede',
      occupationUri: ESCO.welder,
      hoursMin: '24',
      hoursMax: '36',
      languages: 'nl:B1',
      requiredSkills: `${ESCO.magWelding}|${ESCO.migWelding}`,
      openToSchoolLeavers: 'nee',
      publish: 'false',
      ...extra,
    };
    return Object.values(cells)
      .map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
      .join(',');
  };

  it('stores a valid file in one go and enqueues the published vacancies', async () => {
    const csv = [
      HEADER,
      row(employerA, 'Lasser bulk 1'),
      row(employerA, 'Lasser bulk 2', { publish: 'ja', openToSchoolLeavers: 'ja' }),
      row(employerB, 'Lasser, "bulk" 3', { hoursMin: '20,5' }),
    ].join('\n');
    const { body } = await csvUpload(csv).expect(201);
    expect(body).toEqual({
      rows: 3,
      created: [
        { row: 2, id: expect.any(String) },
        { row: 3, id: expect.any(String) },
        { row: 4, id: expect.any(String) },
      ],
      rejectedRows: [],
      errors: [],
    });
    const [first, second, third] = body.created.map((c: { id: string }) => c.id);
    const read = await harness.as(ADVISER).get(`/vacancies/${second}`).expect(200);
    expect(read.body).toMatchObject({
      status: 'published',
      source: 'bulk',
      openToSchoolLeavers: true,
      requiredSkills: [ESCO.magWelding, ESCO.migWelding],
      languages: [{ language: 'nl', level: 'B1' }],
    });
    expect((await harness.as(ADVISER).get(`/vacancies/${third}`)).body).toMatchObject({
      title: 'Lasser, "bulk" 3',
      hoursMin: 20.5,
      employer: { id: employerB },
    });
    expect(await matchJobVersions(harness.env, second)).toEqual([1]);
    expect(await matchJobVersions(harness.env, first)).toEqual([]);
  });

  it('refuses the whole file when a row is wrong, naming each line and field', async () => {
    const before = await count();
    const csv = [
      HEADER,
      row(employerA, 'Goed'),
      row(employerA, 'Negatieve uren', { hoursMin: '-5' }),
      row(employerA, 'Onbekend beroep', {
        occupationUri: ESCO.unknownOccupation,
        languages: 'de:B9',
      }),
    ].join('\n');
    const { body } = await csvUpload(csv).expect(400);
    expect(body.message).toEqual([
      'nothing was stored: 2 of 3 lines have errors (add ?partial=true to store the others)',
      'line 3: hoursMin must not be less than 0',
      'line 4: languages.0.level must be one of the following values: A1, A2, B1, B2, C1, C2',
    ]);
    expect(await count()).toBe(before);
  });

  it('stores the valid rows and reports the others when partial acceptance is asked', async () => {
    const before = await count();
    const csv = [
      HEADER,
      row(employerA, 'Goed'),
      row(employerA, 'Onbekend beroep', { occupationUri: ESCO.unknownOccupation }),
      `${employerA},Te kort,alleen drie velden`,
      row(employerA, 'Ook goed'),
    ].join('\n');
    const { body } = await csvUpload(csv, '?partial=true').expect(201);
    expect(body).toEqual({
      rows: 4,
      created: [
        { row: 2, id: expect.any(String) },
        { row: 5, id: expect.any(String) },
      ],
      rejectedRows: [3, 4],
      errors: [
        {
          row: 3,
          field: 'occupationUri',
          message: `${ESCO.unknownOccupation} is not a known ESCO occupation`,
        },
        { row: 4, field: 'record', message: 'has 3 fields where the header has 12' },
      ],
    });
    expect(await count()).toBe(before + 2);
  });

  it.each([
    [
      `${HEADER}\n${row('x', 'Goed')}\n"Open quote,zonder einde\n`,
      'nothing was stored: the CSV cannot be read from line 3: a quoted field is never closed (a " is missing)',
    ],
    [
      'title,description,country,salaris\nA,B,NL,3000\n',
      expect.stringMatching(
        /^nothing was stored: column 4 "salaris" is not a known column; known columns: employerId, title/,
      ),
    ],
    [
      'title,country\nA,NL\n',
      'nothing was stored: the header lacks the required column(s): description',
    ],
    [HEADER, 'nothing was stored: the file has a header but no vacancies'],
  ])('refuses a file it cannot read, even with ?partial=true: %#', async (csv, message) => {
    const before = await count();
    const { body } = await csvUpload(csv, '?partial=true').expect(400);
    expect(body.message).toEqual([message]);
    expect(await count()).toBe(before);
  });

  it('reads a semicolon-separated file as a Dutch spreadsheet saves it', async () => {
    const csv = `employerId;title;description;country;workPlace;hoursMin\r\n${employerA};Heftruckchauffeur;Laden en lossen, ploegendienst;NL;Oldenzaal;24,5\r\n`;
    const { body } = await csvUpload(csv).expect(201);
    const read = await harness.as(ADVISER).get(`/vacancies/${body.created[0].id}`).expect(200);
    expect(read.body).toMatchObject({
      title: 'Heftruckchauffeur',
      description: 'Laden en lossen, ploegendienst',
      hoursMin: 24.5,
      occupationSource: 'linked',
    });
  });

  it('takes a file larger than the normal body limit on the bulk route, up to its row limit', async () => {
    const line = row(employerA, `Lasser ${'x'.repeat(120)}`);
    const csv = [HEADER, ...Array.from({ length: 5001 }, () => line)].join('\n');
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const { body } = await csvUpload(csv).expect(400);
    expect(body.message).toEqual([
      'nothing was stored: the file has 5001 vacancies; at most 5000 per upload',
    ]);
  });

  it('stores 5,000 valid rows in one file, and refuses 5,000 with one bad row quickly', async () => {
    const before = await count();
    const lines = Array.from({ length: 5000 }, (_, i) => row(employerA, `Lasser groot ${i}`));
    const stored = await csvUpload([HEADER, ...lines].join('\n')).expect(201);
    expect(stored.body.created).toHaveLength(5000);
    expect(stored.body.rejectedRows).toEqual([]);
    expect(await count()).toBe(before + 5000);

    lines[4321] = row(employerA, 'Fout', { hoursMin: '-1' });
    const refused = await csvUpload([HEADER, ...lines].join('\n')).expect(400);
    expect(refused.body.message).toEqual([
      'nothing was stored: 1 of 5000 lines have errors (add ?partial=true to store the others)',
      'line 4323: hoursMin must not be less than 0',
    ]);
    expect(await count()).toBe(before + 5000);
  }, 120_000);

  describe('JSON', () => {
    const jsonUpload = (payload: unknown, query = '', principal: Principal = EMPLOYER_A) =>
      harness.as(principal).post(`/vacancies/bulk${query}`, payload as object);

    it('is all or nothing by default, naming each row by its position', async () => {
      const before = await count();
      const { body } = await jsonUpload({
        vacancies: [
          dutchVacancy(),
          dutchVacancy({ startDate: `${NEXT_YEAR}-05-01`, closingDate: `${NEXT_YEAR}-04-01` }),
          'geen vacature',
        ],
      }).expect(400);
      expect(body.message).toEqual([
        'nothing was stored: 2 of 3 rows have errors (add ?partial=true to store the others)',
        `row 2: closingDate must not be before startDate (${NEXT_YEAR}-05-01)`,
        'row 3: row must be a JSON object with the vacancy fields',
      ]);
      expect(await count()).toBe(before);
    });

    it('stores the valid rows of an employer as its own when partial acceptance is asked', async () => {
      const { body } = await jsonUpload(
        {
          vacancies: [
            dutchVacancy({ title: 'Eigen vacature' }),
            dutchVacancy({ employerId: employerB }),
            dutchVacancy({ publish: true }),
          ],
        },
        '?partial=true',
      ).expect(201);
      expect(body.created.map((c: { row: number }) => c.row)).toEqual([1, 3]);
      expect(body.errors).toEqual([
        {
          row: 2,
          field: 'employerId',
          message: `${employerB} is not an employer you may post for`,
        },
      ]);
      const own = await harness.as(EMPLOYER_A).get(`/vacancies/${body.created[0].id}`).expect(200);
      expect(own.body.employer.id).toBe(employerA);
    });

    it('refuses an upload that is neither CSV nor a list of vacancies', async () => {
      const { body } = await jsonUpload({ rows: [] }).expect(415);
      expect(body.message).toBe(
        'send a CSV file as text/csv, or application/json with {"vacancies": [...]}',
      );
      await jsonUpload({ vacancies: [] }).expect(400);
      await jsonUpload({ vacancies: [dutchVacancy()] }, '', COACH).expect(403);
    });
  });
});
