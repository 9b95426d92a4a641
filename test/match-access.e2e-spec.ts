import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { MatchExplainService, MatchReadService } from '@wt/matching';
import {
  ADVISER,
  COACH,
  dutchVacancy,
  EMPLOYER_A,
  EMPLOYER_B,
  registerEmployer,
  RegistryHarness,
  startRegistry,
} from './vacancies.helpers';

const FILTERS = { page: 1, pageSize: 20 };
const UNKNOWN_SEEKER = '5ee4e700-0000-4000-8000-00000000ffff';

/**
 * The access check and the audit entry live in the read services, not in the controllers: called
 * straight from the container, with no HTTP, guard or controller in between, they still refuse
 * and record.
 */
describe('Match reads decide access themselves', () => {
  let harness: RegistryHarness;
  let reads: MatchReadService;
  let vacancyId: string;
  const auditRows = (objectType: string, objectId: string) =>
    harness.env.dataSource.query(
      `SELECT actor_subject, result FROM audit.audit_event WHERE object_type = $1 AND object_id = $2`,
      [objectType, objectId],
    );

  beforeAll(async () => {
    harness = await startRegistry();
    await registerEmployer(harness, EMPLOYER_A);
    const { body } = await harness
      .as(EMPLOYER_A)
      .post('/vacancies', { ...dutchVacancy(), publish: true })
      .expect(201);
    vacancyId = body.id;
    reads = harness.app.get(MatchReadService);
  });
  afterAll(() => harness?.close());

  it('refuses a role the rule does not name, before reading anything', async () => {
    await expect(reads.forVacancy(COACH, vacancyId, FILTERS, 'nl')).rejects.toBeInstanceOf(
      ForbiddenException,
    );
  });

  it("answers 404 for another employer's vacancy, as for one that does not exist", async () => {
    await expect(reads.forVacancy(EMPLOYER_B, vacancyId, FILTERS, 'nl')).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('gives the own employer anonymised cards, unaudited, and no target-group filter', async () => {
    const page = await reads.forVacancy(EMPLOYER_A, vacancyId, FILTERS, 'nl');
    expect(page.offered).toBe(true);
    expect(await auditRows('vacancy-shortlist', vacancyId)).toEqual([]);
    await expect(
      reads.forVacancy(EMPLOYER_A, vacancyId, { ...FILTERS, banenafspraak: true }, 'nl'),
    ).rejects.toBeInstanceOf(BadRequestException);
  });

  it("records an adviser's read of the full list", async () => {
    await reads.forVacancy(ADVISER, vacancyId, FILTERS, 'nl');
    expect(await auditRows('vacancy-shortlist', vacancyId)).toEqual([
      { actor_subject: ADVISER.subject, result: 'allowed' },
    ]);
  });

  it('records an explanation read, and refuses it to an employer', async () => {
    const explainer = harness.app.get(MatchExplainService);
    await expect(explainer.explain(EMPLOYER_A, vacancyId, UNKNOWN_SEEKER)).rejects.toBeInstanceOf(
      ForbiddenException,
    );
    await expect(explainer.explain(ADVISER, vacancyId, UNKNOWN_SEEKER)).rejects.toBeInstanceOf(
      NotFoundException,
    );
    expect(await auditRows('match', `${vacancyId}/${UNKNOWN_SEEKER}`)).toEqual([
      { actor_subject: ADVISER.subject, result: 'allowed' },
    ]);
  });

  it("answers 404 for a seeker outside the coach's caseload, recorded as denied", async () => {
    await expect(reads.forSeeker(COACH, UNKNOWN_SEEKER, FILTERS, 'nl')).rejects.toBeInstanceOf(
      NotFoundException,
    );
    await expect(reads.forSeeker(ADVISER, UNKNOWN_SEEKER, FILTERS, 'nl')).rejects.toBeInstanceOf(
      BadRequestException,
    );
    expect(await auditRows('job-seeker', UNKNOWN_SEEKER)).toEqual([
      { actor_subject: COACH.subject, result: 'denied' },
    ]);
  });
});
