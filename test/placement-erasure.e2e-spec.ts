import { PRINCIPALS, SKILL } from './job-seekers.fixtures';
import { MatchingHarness } from './matching.helpers';
import { dutchVacancy, EMPLOYER_A } from './vacancies.helpers';

const today = () => new Date().toISOString().slice(0, 10);
const TIMEOUT_MS = 120_000;

/**
 * Erasing a hired job seeker removes every row that names them, and the employer's placements
 * and banenafspraak jobs in the outcomes report keep counting the hire, without the person.
 */
describe('placements after an erasure', () => {
  let h: MatchingHarness;

  beforeAll(async () => {
    h = await MatchingHarness.start();
    await h
      .registry(EMPLOYER_A)
      .post('/employers', {
        name: 'E2E Werkgever A B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        place: 'Hengelo',
      })
      .expect(201);
  });
  afterAll(() => h?.close());

  const employerRow = async () =>
    (await h.registry(PRINCIPALS.adviser).get('/insight/outcomes').expect(200)).body.employers.find(
      (e: { organisationId: string }) => e.organisationId === 'e2e-org-a',
    );

  it(
    'keeps an anonymous count of the hire',
    async () => {
      const seeker = await h.seeker(
        { targetGroups: { banenafspraak: true, benefit: 'participatiewet' } },
        true,
      );
      const vacancyId = await h.vacancy(
        EMPLOYER_A,
        dutchVacancy({ title: 'Lasser (plaatsing)', requiredSkills: [SKILL.mig], positions: 2 }),
      );
      const pair = `/vacancies/${vacancyId}/matches/${seeker}`;
      await h.propose(vacancyId, seeker);
      await h.registry(EMPLOYER_A).post(`${pair}/introduction-request`).expect(200);
      await h
        .profiles(PRINCIPALS.coach1)
        .post(`/job-seekers/${seeker}/matches/${vacancyId}/introduction-agreement`, {
          agreed: true,
          date: today(),
        })
        .expect(200);
      await h
        .registry(EMPLOYER_A)
        .post(`${pair}/hire`, { startDate: today(), hoursPerWeek: 25.5, contractType: 'permanent' })
        .expect(200);
      expect(await employerRow()).toEqual({
        organisationId: 'e2e-org-a',
        placements: 1,
        banen: 1,
        crossBorder: 0,
        erasedPlacements: 0,
      });

      await h.profiles(PRINCIPALS.coach1).delete(`/job-seekers/${seeker}`).expect(204);

      const left = await h.env.dataSource.query(
        `SELECT (SELECT count(*) FROM matching.placement WHERE seeker_id = $1)::int AS placements,
                (SELECT count(*) FROM matching.match WHERE seeker_id = $1)::int AS matches,
                (SELECT count(*) FROM matching.match_step WHERE seeker_id = $1)::int AS steps`,
        [seeker],
      );
      expect(left).toEqual([{ placements: 0, matches: 0, steps: 0 }]);
      const tally = await h.env.dataSource.query(`SELECT * FROM matching.erased_placement_tally`);
      expect(tally).toEqual([
        {
          organisation_id: 'e2e-org-a',
          period: today().slice(0, 7),
          country_of_work: 'NL',
          placements: 1,
          banen: 1,
        },
      ]);
      expect(JSON.stringify(tally)).not.toContain(seeker);
      expect(await employerRow()).toEqual({
        organisationId: 'e2e-org-a',
        placements: 1,
        banen: 1,
        crossBorder: 0,
        erasedPlacements: 1,
      });
    },
    TIMEOUT_MS,
  );
});
