import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { VacancyRegistryModule } from '@apps/vacancy-registry/src/vacancy-registry.module';
import { DEMO_PRINCIPALS, Principal } from '@wt/auth';
import { loadDemoData } from '@wt/demo';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import request from 'supertest';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const DEMO_VACANCY = (n: number) => `5d1b0a7e-0002-4d3e-9a11-${String(n).padStart(12, '0')}`;
const BRIDGE_SEEKER = '5ee4e700-0000-4000-8000-000000000020';

/** The standalone's demo data shows a picture worth looking at (issue 15). */
describe('regional insight on the demo data', () => {
  let env: TestEnvironment;
  let registry: INestApplication;
  let profiles: INestApplication;
  const get = (app: INestApplication, principal: Principal, path: string) =>
    request(app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${tokenFor(env.config, principal)}`)
      .expect(200);

  beforeAll(async () => {
    env = await startTestEnvironment({ VACANCY_SWEEP_MINUTES: '0' });
    await loadDemoData(env.dataSource);
    registry = await createTestApp(VacancyRegistryModule.register(env.config));
    profiles = await createTestApp(ProfileServiceModule.register(env.config));
  });

  afterAll(async () => {
    await registry?.close();
    await profiles?.close();
    await env?.close();
  });

  it('has a tight and an ample group', async () => {
    const { body } = await get(registry, DEMO_PRINCIPALS.adviser, '/insight/tightness');
    const cell = (group: string, municipality: string) =>
      body.rows.find(
        (r: { group: string; municipality: string }) =>
          r.group === group && r.municipality === municipality,
      );
    // Welders in Hengelo: 8 + 1 (BBL) + 1 (IWS) positions, 5 people available now.
    expect(cell('721', 'GM0164')).toEqual(
      expect.objectContaining({ openPositions: 10, seekersAvailableNow: 5, bandNow: 'tight' }),
    );
    // Warehouse staff in Enschede: 2 positions, 6 people.
    expect(cell('933', 'GM0153')).toEqual(
      expect.objectContaining({ openPositions: 2, seekersAvailableNow: 6, bandNow: 'ample' }),
    );
  });

  it('has an unserved vacancy, and says what stands in the way', async () => {
    const { body } = await get(registry, DEMO_PRINCIPALS.adviser, '/insight/unserved-vacancies');
    const iws = body.rows.find((r: { vacancyId: string }) => r.vacancyId === DEMO_VACANCY(10));
    expect(iws.nearCandidates).toBeGreaterThanOrEqual(5);
    expect(iws.obstacles.certificate).toBe(iws.nearCandidates);
  });

  it('shows the demo coach a transition to welding with a BBL place', async () => {
    const { body } = await get(
      profiles,
      DEMO_PRINCIPALS.coach,
      `/job-seekers/${BRIDGE_SEEKER}/transitions`,
    );
    const welder = body.rows.find((r: { occupation: string }) => r.occupation === WELDER);
    expect(welder.overlap).toBeGreaterThanOrEqual(0.5);
    expect(welder.learningWorkingPlaces).toEqual([
      expect.objectContaining({ vacancyId: DEMO_VACANCY(2), municipality: 'GM0164' }),
    ]);
  });
});
