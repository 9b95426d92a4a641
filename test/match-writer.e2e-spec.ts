import {
  dayNumber,
  explanationFacts,
  MatchRepository,
  prepareVacancy,
  SCORING_MODEL,
  StoredMatch,
} from '@wt/matching';
import { seeker, vacancy } from '../libs/matching/src/core/matching.fixtures';
import { startTestEnvironment, TestEnvironment } from '@wt/testing';

/** Two jobs writing the same pairs at once: the one that read later wins, on the real database. */
describe('MatchRepository', () => {
  let env: TestEnvironment;
  let store: MatchRepository;
  const ctx = { model: SCORING_MODEL, today: dayNumber('2026-11-28') };
  const match = (vacancyId: string, seekerId: string, score: number): StoredMatch => {
    const facts = explanationFacts(
      prepareVacancy(vacancy({ id: vacancyId })),
      seeker({ id: seekerId }),
      ctx,
    );
    return {
      vacancyId,
      seekerId,
      score,
      vacancyVersion: 1,
      seekerVersion: 1,
      crossBorder: false,
      explanation: facts,
    };
  };
  const rows = () =>
    env.dataSource.query(
      `SELECT vacancy_id, seeker_id, score FROM matching.match ORDER BY vacancy_id, seeker_id`,
    );

  beforeAll(async () => {
    env = await startTestEnvironment();
    store = new MatchRepository(env.dataSource);
  });
  afterAll(() => env?.close());
  beforeEach(() => env.dataSource.query(`DELETE FROM matching.match`));

  it('replaces a vacancy list, and a repeat changes nothing', async () => {
    const asOf = await store.now();
    for (let i = 0; i < 2; i++) {
      await store.replaceForVacancies(['v1'], [match('v1', 's1', 80), match('v1', 's2', 60)], asOf);
    }
    expect(await rows()).toEqual([
      { vacancy_id: 'v1', seeker_id: 's1', score: 80 },
      { vacancy_id: 'v1', seeker_id: 's2', score: 60 },
    ]);
    const later = await store.now();
    await store.replaceForVacancies(['v1'], [match('v1', 's2', 70)], later);
    expect(await rows()).toEqual([{ vacancy_id: 'v1', seeker_id: 's2', score: 70 }]);
  });

  it('keeps what a job that read later wrote, whichever commits last', async () => {
    const vacancyJobRead = await store.now();
    const seekerJobRead = await store.now();
    // The seeker job read later (fresher data) but commits first.
    await store.replaceForSeeker('s9', [match('v1', 's9', 75)], seekerJobRead);
    // The vacancy job, working from an index without s9's change, commits last.
    await store.replaceForVacancies(
      ['v1'],
      [match('v1', 's1', 50), match('v1', 's9', 10)],
      vacancyJobRead,
    );
    expect(await rows()).toEqual([
      { vacancy_id: 'v1', seeker_id: 's1', score: 50 },
      { vacancy_id: 'v1', seeker_id: 's9', score: 75 },
    ]);
  });

  it('never drops a match a person has acted on', async () => {
    const asOf = await store.now();
    await store.replaceForVacancies(['v2'], [match('v2', 's1', 80)], asOf);
    await env.dataSource.query(
      `UPDATE matching.match SET status = 'shortlisted' WHERE vacancy_id = 'v2'`,
    );
    const later = await store.now();
    await store.replaceForVacancies(['v2'], [], later);
    expect(await rows()).toEqual([{ vacancy_id: 'v2', seeker_id: 's1', score: 80 }]);
  });
});
