import request from 'supertest';
import {
  ADVISER,
  COACH,
  dutchVacancy,
  EMPLOYER_A,
  EMPLOYER_B,
  ESCO,
  registerEmployer,
  RegistryHarness,
  startRegistry,
} from './vacancies.helpers';

/** Every vacancy of this suite carries the word in its title, so searches can count exactly. */
const TAG = 'zoekproef';

describe('vacancy registry: search with filters and pagination', () => {
  let harness: RegistryHarness;
  const ids: Record<string, string> = {};

  const search = async (query: string, principal = ADVISER): Promise<string[]> => {
    const text = /(^|&)q=/.test(query) ? '' : `q=${TAG}&`;
    const { body } = await harness
      .as(principal)
      .get(`/vacancies?${text}pageSize=100&${query}`)
      .expect(200);
    return body.items.map((v: { id: string }) => names.get(v.id) ?? v.id).sort();
  };
  const names = new Map<string, string>();

  beforeAll(async () => {
    harness = await startRegistry();
    const employerA = await registerEmployer(harness, EMPLOYER_A);
    const employerB = await registerEmployer(harness, EMPLOYER_B, { kvkNumber: '87654321' });
    const germanEmployer = (
      await harness
        .as(ADVISER)
        .post('/employers', {
          name: 'E2E Stahlbau GmbH',
          country: 'DE',
          foreignRegistration: 'HRB 1, Amtsgericht Coesfeld',
          place: 'Gronau',
        })
        .expect(201)
    ).body.id;
    const create = async (name: string, employerId: string, body: object) => {
      const { body: created } = await harness
        .as(ADVISER)
        .post('/vacancies', { employerId, publish: true, ...body })
        .expect(201);
      ids[name] = created.id;
      names.set(created.id, name);
    };
    await create('hengelo-welder', employerA, dutchVacancy({ title: `Lasser ${TAG}` }));
    await create('enschede-green', employerB, {
      title: `Medewerker groenvoorziening ${TAG}`,
      description: 'Parken onderhouden met een vaste werkbegeleider.',
      occupationUri: 'http://data.europa.eu/esco/occupation/a10eb17a-3c78-4f7a-a1da-8f31146339d3',
      country: 'NL',
      workPlace: 'Enschede',
      banenafspraakReserved: true,
      jobcarving: true,
      supervision: 'Vaste werkbegeleider',
      openToSchoolLeavers: true,
      minimumEqf: 0,
    });
    await create('gronau-welder', germanEmployer, {
      title: `Schweißer (m/w/d) ${TAG}`,
      description: 'MAG-Schweißen im Stahlbau.',
      occupationUri: ESCO.welder,
      country: 'DE',
      workPlace: 'Gronau',
      minimumQualificationCode: 'DE:AUSBILDUNG-2',
      languages: [{ language: 'de', level: 'B1' }],
    });
    await create('nordhorn-ausbildung', germanEmployer, {
      title: `Ausbildung Fachkraft für Lagerlogistik (m/w/d) ${TAG}`,
      description: 'Ausbildung im Lager.',
      country: 'DE',
      workPlace: 'Nordhorn',
      learningWorking: 'ausbildung',
      openToSchoolLeavers: true,
      minimumEqf: 2,
    });
    const draft = await harness
      .as(ADVISER)
      .post('/vacancies', dutchVacancy({ employerId: employerA, title: `Concept ${TAG}` }))
      .expect(201);
    ids.draft = draft.body.id;
    names.set(draft.body.id, 'draft');
  });

  afterAll(async () => {
    await harness?.close();
  });

  it.each([
    ['', ['enschede-green', 'gronau-welder', 'hengelo-welder', 'nordhorn-ausbildung']],
    ['q=GROENVOORZIENING%20zoekproef', ['enschede-green']],
    [`occupation=${encodeURIComponent(ESCO.welder)}`, ['gronau-welder', 'hengelo-welder']],
    ['isco=72', ['gronau-welder', 'hengelo-welder']],
    ['isco=9214', ['enschede-green']],
    ['country=DE', ['gronau-welder', 'nordhorn-ausbildung']],
    ['eqfMin=3', ['gronau-welder']],
    ['eqfMax=0', ['enschede-green']],
    ['eqfMax=2', ['enschede-green', 'hengelo-welder', 'nordhorn-ausbildung']],
    ['banenafspraak=true', ['enschede-green']],
    ['schoolLeavers=true', ['enschede-green', 'nordhorn-ausbildung']],
    ['learningWorking=true', ['nordhorn-ausbildung']],
    ['status=draft', ['draft']],
    ['status=published&country=NL&banenafspraak=false', ['hengelo-welder']],
  ])('as an adviser, %s finds %j (published unless a status is asked)', async (query, expected) => {
    const status = query.includes('status=') ? '' : 'status=published&';
    expect(await search(`${status}${query}`)).toEqual(expected);
  });

  it('finds vacancies around a place, nearest first, with their distance', async () => {
    const { body } = await harness
      .as(ADVISER)
      .get(`/vacancies?q=${TAG}&status=published&near=Enschede&radiusKm=15`)
      .expect(200);
    const found: Array<[string, number]> = body.items.map(
      (v: { id: string; distanceKm: number }) => [names.get(v.id), v.distanceKm],
    );
    expect(found.map(([name]) => name).sort()).toEqual([
      'enschede-green',
      'gronau-welder',
      'hengelo-welder',
    ]);
    expect(found[0]).toEqual(['enschede-green', 0]);
    const distances = found.map(([, km]) => km);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    for (const [, km] of found.slice(1)) {
      expect(km).toBeGreaterThan(5);
      expect(km).toBeLessThan(15);
    }
    expect(await search('status=published&near=Nordhorn&nearCountry=DE&radiusKm=5')).toEqual([
      'nordhorn-ausbildung',
    ]);
  });

  it('pages through the results without overlap', async () => {
    const page = (n: number) =>
      harness
        .as(ADVISER)
        .get(`/vacancies?q=${TAG}&status=published&pageSize=3&page=${n}`)
        .expect(200);
    const [first, second] = [(await page(1)).body, (await page(2)).body];
    expect([first.total, first.page, first.pageSize, first.items.length]).toEqual([4, 1, 3, 3]);
    expect([second.total, second.page, second.items.length]).toEqual([4, 2, 1]);
    const all = [...first.items, ...second.items].map((v: { id: string }) => v.id);
    expect(new Set(all).size).toBe(4);
  });

  it('keeps employers to their own vacancies and coaches to published ones', async () => {
    expect(await search('', EMPLOYER_A)).toEqual(['draft', 'hengelo-welder']);
    expect(await search('', EMPLOYER_B)).toEqual(['enschede-green']);
    expect(await search('', COACH)).toEqual([
      'enschede-green',
      'gronau-welder',
      'hengelo-welder',
      'nordhorn-ausbildung',
    ]);
  });

  it.each([
    ['near=Atlantis', 'near Atlantis is not a known place or postcode in NL'],
    ['eqfMax=9', 'eqfMax must be an EQF level from 0 to 8'],
    ['isco=7A', 'isco must be an ISCO-08 group of 1 to 4 digits'],
    [
      'status=archived',
      'status must be one of the following values: draft, published, filled, closed, expired',
    ],
    ['banenafspraak=misschien', 'banenafspraak must be a boolean value'],
    ['pageSize=1000', 'pageSize must not be greater than 100'],
  ])('refuses %s with a 400 naming the parameter', async (query, message) => {
    const { body } = await harness.as(ADVISER).get(`/vacancies?${query}`).expect(400);
    expect(body.message).toEqual([message]);
  });

  it('serves its OpenAPI description without a token', async () => {
    const server = harness.app.getHttpServer();
    const { body } = await request(server).get('/docs-json').expect(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/vacancies',
        '/vacancies/{id}',
        '/vacancies/{id}/publish',
        '/vacancies/{id}/occupation',
        '/vacancies/bulk',
        '/vacancies/jobsuche/bulk',
        '/employers',
        '/employers/{id}',
      ]),
    );
    expect(body.components.schemas.CreateVacancyDto.properties.minimumEqf).toMatchObject({
      minimum: 0,
      maximum: 8,
    });
    await request(server).get('/docs').expect(200).expect('content-type', /html/);
    await request(server).get('/vacancies').expect(401);
  });
});
