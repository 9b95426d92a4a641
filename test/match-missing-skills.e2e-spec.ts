import { MatchRepository } from '@wt/matching';
import { eventually } from '@wt/testing';
import { PRINCIPALS, SKILL } from './job-seekers.fixtures';
import { MatchingHarness } from './matching.helpers';
import { dutchVacancy, EMPLOYER_A, ESCO } from './vacancies.helpers';

/**
 * The essential skills a stored match misses, kept on the match row (`missing_essential`, what
 * insight tallies as blocking skills): written with the list the worker stores, rewritten when a
 * re-match rewrites the row, and gone with the job seeker.
 */
describe('missing essential skills on the stored match', () => {
  let h: MatchingHarness;
  let store: MatchRepository;

  beforeAll(async () => {
    h = await MatchingHarness.start();
    store = new MatchRepository(h.env.dataSource);
    await h
      .registry(EMPLOYER_A)
      .post('/employers', {
        name: 'E2E Blocking Skills B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        place: 'Enschede',
      })
      .expect(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  const storedRow = async (vacancyId: string, seekerId: string) => {
    const rows: Array<{ missing: string[]; facts: unknown; version: number }> =
      await h.env.dataSource.query(
        `SELECT missing_essential AS missing, explanation->'skills'->'missingEssential' AS facts,
                seeker_version AS version
           FROM matching.match WHERE vacancy_id = $1 AND seeker_id = $2`,
        [vacancyId, seekerId],
      );
    return rows[0];
  };
  const tally = (vacancyId: string) => store.missingSkillTally(new Map([[vacancyId, 'g']]));

  it('is written by the worker with the list, rebuilt on a re-match, and erased with the job seeker', async () => {
    const seekerId = await h.seeker({ skills: [SKILL.mig, SKILL.tig] }, true);
    const vacancyId = await h.vacancy(
      EMPLOYER_A,
      dutchVacancy({ title: 'Lasser (ontbrekende vaardigheden)', workPlace: 'Enschede' }),
    );
    await h.onAdviserList(vacancyId, seekerId);

    // The worker stored the pair: the column holds what the explanation lists as missing.
    const first = await storedRow(vacancyId, seekerId);
    expect(first.missing).toContain(ESCO.magWelding);
    expect(first.missing).toEqual(first.facts);
    expect(await tally(vacancyId)).toEqual(
      expect.arrayContaining([{ group: 'g', skill: ESCO.magWelding, seekers: 1, vacancies: 1 }]),
    );

    // The coach adds the skill: the seeker's match job stores the pair again, and the column with it.
    await h
      .profiles(PRINCIPALS.coach1)
      .patch(`/job-seekers/${seekerId}`, { skills: [SKILL.mig, SKILL.tig, ESCO.magWelding] })
      .expect(200);
    const rebuilt = await eventually(async () => {
      const row = await storedRow(vacancyId, seekerId);
      return row && row.version > first.version ? row : undefined;
    }, 30_000);
    expect(rebuilt.missing).not.toContain(ESCO.magWelding);
    expect(rebuilt.missing).toEqual(rebuilt.facts);
    expect((await tally(vacancyId)).map((t) => t.skill)).not.toContain(ESCO.magWelding);

    // Whoever writes the explanation, the column follows it; a rejected match is not counted.
    await h.env.dataSource.query(
      `UPDATE matching.match SET explanation = jsonb_set(explanation, '{skills,missingEssential}', $3::jsonb)
        WHERE vacancy_id = $1 AND seeker_id = $2`,
      [vacancyId, seekerId, JSON.stringify([ESCO.technicalDrawings])],
    );
    expect((await storedRow(vacancyId, seekerId)).missing).toEqual([ESCO.technicalDrawings]);
    expect(await tally(vacancyId)).toEqual([
      { group: 'g', skill: ESCO.technicalDrawings, seekers: 1, vacancies: 1 },
    ]);
    await h.env.dataSource.query(
      `UPDATE matching.match SET status = 'rejected' WHERE vacancy_id = $1 AND seeker_id = $2`,
      [vacancyId, seekerId],
    );
    expect(await tally(vacancyId)).toEqual([]);

    await h.profiles(PRINCIPALS.coach1).delete(`/job-seekers/${seekerId}`).expect(204);
    expect(await storedRow(vacancyId, seekerId)).toBeUndefined();
    expect(await tally(vacancyId)).toEqual([]);
  });
});
