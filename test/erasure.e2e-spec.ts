import { getQueueToken } from '@nestjs/bullmq';
import { INestApplication } from '@nestjs/common';
import { inProcessQueue, jobIdFor, MATCHING_QUEUE } from '@wt/queue';
import { Queue } from 'bullmq';
import { MatchingIndexService } from '@wt/matching';
import { eventually } from '@wt/testing';
import { PRINCIPALS } from './job-seekers.fixtures';
import { ids, MatchingHarness } from './matching.helpers';
import { dutchVacancy, EMPLOYER_A } from './vacancies.helpers';

const bullmq = Boolean(process.env.REDIS_URL);
const postgres = Boolean(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);

/**
 * Issue 11, finding 1: an erased job seeker is gone from every copy the matching side keeps: the
 * workers' in-memory indexes (all of them), the stored matches, and whatever a job running at
 * the time of the erasure writes. With BullMQ two worker instances share the jobs.
 */
describe('erasure reaches the matching workers', () => {
  let h: MatchingHarness;

  beforeAll(async () => {
    h = await MatchingHarness.start();
    if (bullmq) await h.addWorker();
    await h
      .registry(EMPLOYER_A)
      .post('/employers', {
        name: 'E2E Erasure B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        place: 'Enschede',
      })
      .expect(201);
  });

  afterAll(async () => {
    await h?.close();
  });

  const indexOf = (worker: INestApplication) => worker.get(MatchingIndexService).fresh();
  const storedRows = async (seekerId: string) => {
    const [row] = await h.env.dataSource.query(
      `SELECT count(*)::int AS n FROM matching.match WHERE seeker_id = $1`,
      [seekerId],
    );
    return row.n as number;
  };
  /** Match jobs naming the seeker still kept by the queue (BullMQ: waiting or finished). */
  const queuedJobsOf = async (seekerId: string): Promise<string[]> => {
    const jobIds = [1, 2, 3].map((version) => jobIdFor('match-seeker', { seekerId, version }));
    if (!bullmq) {
      const journaled = await h.env.dataSource.query(
        `SELECT id FROM ops.queued_job WHERE payload->>'seekerId' = $1`,
        [seekerId],
      );
      const waiting = inProcessQueue()
        .waitingIds()
        .filter((id) => jobIds.includes(id));
      return [...journaled.map((row: { id: string }) => row.id), ...waiting];
    }
    const queue = h.workers[0].get<Queue>(getQueueToken(MATCHING_QUEUE));
    const jobs = await Promise.all(jobIds.map((id) => queue.getJob(id)));
    return jobs.filter((job) => job !== undefined).map((job) => job.id!);
  };
  const welderVacancy = (title: string) =>
    h.vacancy(EMPLOYER_A, dutchVacancy({ title, workPlace: 'Enschede' }));
  const erase = (seekerId: string) =>
    h.profiles(PRINCIPALS.coach1).delete(`/job-seekers/${seekerId}`).expect(204);

  it('drops an erased seeker from every worker index: a new vacancy does not match them, and no row is written', async () => {
    const erased = await h.seeker({}, true);
    const control = await h.seeker({}, true);
    const before = await welderVacancy('Lasser (voor het wissen)');
    await h.onAdviserList(before, erased);
    // BullMQ keeps finished jobs for a while: the seeker's id is in them.
    if (bullmq) expect(await queuedJobsOf(erased)).not.toEqual([]);
    // Every worker holds the index with the person in it.
    for (const worker of h.workers)
      expect((await indexOf(worker)).seekers.get(erased)).toBeDefined();

    await erase(erased);
    expect(await storedRows(erased)).toBe(0);
    expect(await queuedJobsOf(erased)).toEqual([]);

    // Several vacancies, so that with two BullMQ workers both take some of the jobs.
    const after = await Promise.all(
      [1, 2, 3, 4].map((n) => welderVacancy(`Lasser ${n} (na het wissen)`)),
    );
    for (const vacancyId of after) {
      await h.onAdviserList(vacancyId, control);
      expect(ids((await h.matches(vacancyId)).items)).not.toContain(erased);
      const why = await h.explain(vacancyId, erased).catch(() => undefined);
      expect(why?.onShortlist ?? false).toBe(false);
    }
    for (const worker of h.workers)
      expect((await indexOf(worker)).seekers.get(erased)).toBeUndefined();
    expect(await storedRows(erased)).toBe(0);

    // A restart of a worker: it loads its index again, and the person stays gone.
    const [, extra] = h.workers;
    if (extra) await h.closeWorker(extra);
    const restarted = await h.addWorker();
    expect((await indexOf(restarted)).seekers.get(erased)).toBeUndefined();
    const later = await welderVacancy('Lasser (na de herstart)');
    await h.onAdviserList(later, control);
    expect(ids((await h.matches(later)).items)).not.toContain(erased);
    expect(await storedRows(erased)).toBe(0);
  });

  // PGlite runs one transaction at a time: an erasure held open there blocks every job.
  (postgres ? it : it.skip)(
    'a job that computed its shortlist before the erasure committed does not write the erased seeker',
    async () => {
      const erased = await h.seeker({}, true);
      const control = await h.seeker({}, true);
      const warm = await welderVacancy('Lasser (opwarmen)');
      await h.onAdviserList(warm, erased);

      // The erasure, as the profile service runs it, held open: the profile is locked for update.
      const erasure = h.env.dataSource.createQueryRunner();
      await erasure.connect();
      await erasure.startTransaction();
      try {
        await erasure.query(`SELECT id FROM job_seekers.profile WHERE id = $1 FOR UPDATE`, [
          erased,
        ]);
        await erasure.query(`DELETE FROM matching.match WHERE seeker_id = $1`, [erased]);
        await erasure.query(`DELETE FROM job_seekers.profile WHERE id = $1`, [erased]);
        await erasure.query(`INSERT INTO job_seekers.erased_seeker (seeker_id) VALUES ($1)`, [
          erased,
        ]);
        // Meanwhile a vacancy is matched: its job still sees the profile (not yet committed away).
        const vacancyId = await welderVacancy('Lasser (tijdens het wissen)');
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await erasure.commitTransaction();
        await h.onAdviserList(vacancyId, control);
        expect(ids((await h.matches(vacancyId)).items)).not.toContain(erased);
      } finally {
        if (erasure.isTransactionActive) await erasure.rollbackTransaction();
        await erasure.release();
      }
      expect(await storedRows(erased)).toBe(0);
    },
  );

  // Last: its 50-odd identical seekers would crowd the control seekers off later lists.
  it('fills the lists an erased seeker stood on again: a full list of 50 gets the next candidate', async () => {
    // More candidates than a list holds (with those of the tests before).
    const created: string[] = [];
    for (let batch = 0; batch < 6; batch++) {
      created.push(...(await Promise.all(Array.from({ length: 9 }, () => h.seeker({}, true)))));
    }
    const vacancyId = await welderVacancy('Lasser (volle lijst)');
    const listOf = async () =>
      (
        await h.env.dataSource.query(
          `SELECT seeker_id FROM matching.match WHERE vacancy_id = $1 ORDER BY seeker_id`,
          [vacancyId],
        )
      ).map((row: { seeker_id: string }) => row.seeker_id) as string[];
    // Its list, once every seeker's own job ran: the 50 best of them.
    if (!bullmq) {
      await eventually(
        async () => (inProcessQueue().waitingIds().length === 0 ? true : undefined),
        60_000,
      );
    }
    const before = await eventually(async () => {
      const list = await listOf();
      return list.length === 50 && created.filter((id) => list.includes(id)).length >= 48
        ? list
        : undefined;
    }, 60_000);
    const gone = created.find((id) => before.includes(id))!;
    // Erased with their matches: the list is 49 long until the refill job has written it again.
    await erase(gone);
    const after = await eventually(async () => {
      const list = await listOf();
      return list.length === 50 ? list : undefined;
    }, 20_000);
    expect(after).not.toContain(gone);
    const movedUp = after.filter((id) => !before.includes(id));
    expect(movedUp).toHaveLength(1);
    expect(before.filter((id) => !after.includes(id))).toEqual([gone]);
    // Done: no refill is left waiting.
    await eventually(async () => {
      const [row] = await h.env.dataSource.query(
        `SELECT count(*)::int AS n FROM matching.list_refill WHERE vacancy_id = $1`,
        [vacancyId],
      );
      return row.n === 0 ? true : undefined;
    }, 60_000);
  }, 240_000);
});
