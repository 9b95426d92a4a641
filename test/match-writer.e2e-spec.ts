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

/** Two jobs writing the same list at once: the one that read later wins, on the real database. */
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
  beforeEach(async () => {
    await env.dataSource.query(`DELETE FROM matching.match`);
    await env.dataSource.query(`DELETE FROM matching.list_stamp`);
  });

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

  it('keeps the list of the job that read later, whichever commits last', async () => {
    const earlierRead = await store.now();
    // PGlite's clock can answer the same microsecond twice: "later" must be strictly later.
    let laterRead = await store.now();
    const isLater = async (a: string, b: string) =>
      (await env.dataSource.query(`SELECT $1::timestamptz > $2::timestamptz AS later`, [a, b]))[0]
        .later === true;
    while (!(await isLater(laterRead, earlierRead))) laterRead = await store.now();
    // The job that read later (fresher data) commits first.
    await store.replaceForVacancies(['v1'], [match('v1', 's9', 75)], laterRead);
    // The job working from an index without s9's change commits last: its list is older.
    const result = await store.writeLists(
      [{ vacancyId: 'v1', matches: [match('v1', 's1', 50), match('v1', 's9', 10)] }],
      earlierRead,
    );
    expect(result.superseded).toEqual(['v1']);
    expect(await rows()).toEqual([{ vacancy_id: 'v1', seeker_id: 's9', score: 75 }]);
  });

  it('writes no list computed from a seeker version that is no longer current', async () => {
    const asOf = await store.now();
    const current = async () =>
      new Map([
        ['s1', 1],
        ['s2', 2],
      ]);
    const result = await store.writeLists(
      [
        { vacancyId: 'v3', matches: [match('v3', 's1', 80)] },
        { vacancyId: 'v4', matches: [match('v4', 's1', 70), match('v4', 's2', 60)] },
        { vacancyId: 'v5', matches: [match('v5', 'erased', 65)] },
      ],
      asOf,
      { current },
    );
    expect(result.stale.sort()).toEqual(['v4', 'v5']);
    expect(await rows()).toEqual([{ vacancy_id: 'v3', seeker_id: 's1', score: 80 }]);
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
