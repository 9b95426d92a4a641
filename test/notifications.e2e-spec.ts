import { getQueueToken } from '@nestjs/bullmq';
import { Principal } from '@wt/auth';
import { DigestService, NotificationSweep } from '@wt/notifications';
import { inProcessQueue, JobProducer, MATCHING_QUEUE } from '@wt/queue';
import { eventually } from '@wt/testing';
import { Queue } from 'bullmq';
import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { PRINCIPALS, SKILL } from './job-seekers.fixtures';
import { MatchingHarness } from './matching.helpers';
import { dutchVacancy, EMPLOYER_A } from './vacancies.helpers';

const today = () => new Date().toISOString().slice(0, 10);
const SUITE_TIMEOUT_MS = 180_000;
const NOTICE_TIMEOUT_MS = 30_000;
const HOUR_MS = 3_600_000;

/** What the seekers of this suite are called, reached at and registered as (job-seekers.fixtures). */
const PERSONAL =
  /Testa|Fictief|testa\.fictief|\+31|TEST-ENS|banenafspraak|doelgroep|target group|Wajong/i;

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** An SMTP server in this process that keeps every message it receives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; mails: Mail[] }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, mails };
}

interface Notice {
  id: string;
  kind: string;
  title: string;
  link: string;
  vacancyId: string | null;
  readAt: string | null;
}

/**
 * Issue 13, notifications: queued jobs after a workflow step or a match job fill each user's inbox
 * (kept in step with the token's e-mail and name), preferences per kind, and an e-mail digest to a
 * real SMTP server that groups several events and goes out at most once an hour. Nothing a person
 * reads, and no job payload, carries a job seeker's personal data.
 */
describe('notifications', () => {
  let h: MatchingHarness;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const coach = PRINCIPALS.coach1;
  const adviser = PRINCIPALS.adviser;
  const employer = EMPLOYER_A;
  const payloads: Array<{ name: string; payload: unknown }> = [];
  const pair = (v: string, s: string) => `/vacancies/${v}/matches/${s}`;

  const inbox = async (p: Principal, query = ''): Promise<Notice[]> =>
    (await h.registry(p).get(`/notifications${query}`).expect(200)).body.items;
  const noticeOf = (p: Principal, kind: string, vacancyId: string) =>
    eventually(async () => {
      const items = await inbox(p, '?pageSize=100');
      return items.find((n) => n.kind === kind && n.vacancyId === vacancyId);
    }, NOTICE_TIMEOUT_MS);
  const digests = () => h.workers[0].get(DigestService);

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await MatchingHarness.start({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Werkplein Twente <noreply@werkplein.test>',
      PORTAL_URL: 'https://portal.werkplein.test/',
    });
    if (!h.env.config.queue.redisUrl) {
      const add = inProcessQueue().add.bind(inProcessQueue());
      jest.spyOn(inProcessQueue(), 'add').mockImplementation((name, payload) => {
        payloads.push({ name, payload });
        return add(name, payload);
      });
    }
    h.userProfiles.set(coach.subject, { email: 'coach.een@staff.test', name: 'Coach Een' });
    h.userProfiles.set(adviser.subject, { email: 'adviseur@staff.test', name: 'Adviseur' });
    h.userProfiles.set(employer.subject, { email: 'hr@werkgever-a.test', name: 'HR A' });
    // Users are known from their first request on.
    for (const p of [coach, adviser, employer])
      await h.registry(p).get('/notifications').expect(200);
    await h
      .registry(employer)
      .post('/employers', {
        name: 'E2E Werkgever A B.V.',
        country: 'NL',
        kvkNumber: '12345678',
        place: 'Hengelo',
      })
      .expect(201);
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    jest.restoreAllMocks();
    await h?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
  });

  it('keeps each user’s e-mail and name from the token, and follows a change', async () => {
    const row = async () =>
      (
        await h.env.dataSource.query(
          `SELECT role, coach_id, email, display_name FROM notifications.app_user WHERE subject = $1`,
          [coach.subject],
        )
      )[0];
    expect(await row()).toEqual({
      role: 'coach',
      coach_id: 'demo-coach-1',
      email: 'coach.een@staff.test',
      display_name: 'Coach Een',
    });
    h.userProfiles.set(coach.subject, { email: 'coach.1@staff.test', name: 'Coach Eén' });
    await h.profiles(coach).get('/caseload').expect(200);
    expect(await row()).toMatchObject({ email: 'coach.1@staff.test', display_name: 'Coach Eén' });
  });

  it(
    'tells each role of its events, in an inbox with read and unread, and e-mails one digest an hour',
    async () => {
      const hired = await h.seeker({}, true);
      const declined = await h.seeker({}, true);
      const vacancyId = await h.vacancy(
        employer,
        dutchVacancy({ title: 'Lasser (meldingen)', requiredSkills: [SKILL.mig] }),
      );

      // The match job wrote strong matches: the coach hears of each, once.
      const strong = await noticeOf(coach, 'strong-match', vacancyId);
      expect(strong.link).toMatch(/^\/job-seekers\/[0-9a-f-]{36}\/matches$/);
      expect(strong.title).toMatch(/score \d+/);

      for (const s of [hired, declined]) await h.propose(vacancyId, s);
      const proposed = await noticeOf(employer, 'candidate-proposed', vacancyId);
      expect(proposed.link).toBe(`/vacancies/${vacancyId}/shortlist`);

      await h
        .registry(employer)
        .post(`${pair(vacancyId, hired)}/introduction-request`)
        .expect(200);
      const asked = await noticeOf(coach, 'introduction-requested', vacancyId);
      expect(asked.link).toBe(`/job-seekers/${hired}/matches/${vacancyId}`);
      // The coach was shown the job seeker's id: a read of the job seeker in the audit trail.
      const audited = await h.env.dataSource.query(
        `SELECT action, result, origin FROM audit.audit_event
          WHERE actor_subject = $1 AND object_type = 'job-seeker' AND object_id = $2 AND origin LIKE 'notifications%'`,
        [coach.subject, hired],
      );
      expect(audited.length).toBeGreaterThanOrEqual(1);
      expect(audited[0]).toMatchObject({ action: 'read', result: 'allowed' });
      expect(JSON.stringify(await inbox(coach))).not.toContain('seekerId');
      await noticeOf(adviser, 'employer-introduction-request', vacancyId);

      await h
        .registry(employer)
        .post(`${pair(vacancyId, declined)}/reject`, { reason: 'qualification' })
        .expect(200);
      const declinedNotice = await noticeOf(adviser, 'candidate-declined', vacancyId);
      expect(declinedNotice.title).toContain('qualification');

      await h
        .profiles(coach)
        .post(`/job-seekers/${hired}/matches/${vacancyId}/introduction-agreement`, {
          agreed: true,
          date: today(),
        })
        .expect(200);
      await noticeOf(employer, 'candidate-introduced', vacancyId);

      // Nobody comes near this one: the advisers hear that it has no candidate.
      const unserved = await h.vacancy(
        employer,
        dutchVacancy({ title: 'Lasser met brevet', certificates: ['Fictief brevet 9'] }),
      );
      const nobody = await noticeOf(adviser, 'vacancy-unserved', unserved);
      expect(nobody.title).toContain('45');

      // Inbox: newest first, paged, unread counted, marked read one by one or all at once.
      const page = (await h.registry(employer).get('/notifications?pageSize=1').expect(200)).body;
      expect(page).toMatchObject({ page: 1, pageSize: 1 });
      expect(page.total).toBeGreaterThanOrEqual(3);
      expect(page.items).toHaveLength(1);
      const before = (await h.registry(employer).get('/notifications/unread-count').expect(200))
        .body;
      expect(before.unread).toBe(page.unread);
      const read = await h
        .registry(employer)
        .post(`/notifications/${proposed.id}/read`)
        .expect(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      const after = (await h.registry(employer).get('/notifications/unread-count').expect(200))
        .body;
      expect(after.unread).toBe(before.unread - 1);
      const unreadOnly = await inbox(employer, '?unread=true&pageSize=100');
      expect(unreadOnly.map((n) => n.id)).not.toContain(proposed.id);
      // Another user's notification is not there for them.
      await h.registry(adviser).post(`/notifications/${proposed.id}/read`).expect(404);
      await h.registry(employer).post('/notifications/not-a-number/read').expect(404);
      const all = await h.registry(employer).post('/notifications/read-all').expect(200);
      expect(all.body.marked).toBe(after.unread);
      expect((await h.registry(employer).get('/notifications/unread-count')).body.unread).toBe(0);
      await h.registry(employer).get('/notifications?pageSize=101').expect(400);

      // The digest: one message per user, grouping everything that waited.
      const t0 = new Date();
      expect(await digests().sendDue(t0)).toBe(3);
      const coachMail = smtp.mails.find((m) => m.to === 'coach.1@staff.test')!;
      const adviserMail = smtp.mails.find((m) => m.to === 'adviseur@staff.test')!;
      expect(coachMail.subject).toMatch(/^Werkplein Twente: \d+ new notifications$/);
      expect(adviserMail.text.match(/^- /gm)!.length).toBeGreaterThanOrEqual(3);
      expect(coachMail.text).toContain(
        `https://portal.werkplein.test/job-seekers/${hired}/matches/${vacancyId}`,
      );
      expect(coachMail.text).toContain('Hello Coach Eén,');
      expect(smtp.mails.filter((m) => m.to === 'hr@werkgever-a.test')).toHaveLength(1);

      // More events within the hour wait for the next digest, then go out together.
      const another = await h.seeker({}, true);
      await h.propose(vacancyId, another);
      await h
        .registry(employer)
        .post(`${pair(vacancyId, another)}/introduction-request`)
        .expect(200);
      await eventually(async () => {
        const [row] = await h.env.dataSource.query(
          `SELECT count(*)::int AS n FROM notifications.notification n JOIN notifications.app_user u USING (subject)
            WHERE u.role = 'coach' AND n.email_state = 'pending'`,
        );
        return row.n >= 2 ? true : undefined;
      }, NOTICE_TIMEOUT_MS);
      expect(await digests().sendDue(new Date(t0.getTime() + HOUR_MS / 6))).toBe(0);
      expect(smtp.mails).toHaveLength(3);
      expect(
        await digests().sendDue(new Date(t0.getTime() + HOUR_MS + 60_000)),
      ).toBeGreaterThanOrEqual(1);
      const second = smtp.mails.filter((m) => m.to === 'coach.1@staff.test');
      expect(second).toHaveLength(2);
      expect(second[1].text.match(/^- /gm)!.length).toBeGreaterThanOrEqual(2);
      expect(second[1].subject).toMatch(/\d+ new notifications/);

      // Nothing anybody reads names, reaches or classifies a job seeker.
      const stored: Array<{ title: string; link: string }> = await h.env.dataSource.query(
        `SELECT title, link FROM notifications.notification`,
      );
      expect(stored.length).toBeGreaterThanOrEqual(8);
      for (const text of [
        ...stored.map((n) => `${n.title} ${n.link}`),
        ...smtp.mails.map((m) => `${m.subject}\n${m.text}`),
      ]) {
        expect(text).not.toMatch(PERSONAL);
      }
      const employerView = JSON.stringify(await inbox(employer, '?pageSize=100'));
      for (const s of [hired, declined, another]) expect(employerView).not.toContain(s);
    },
    SUITE_TIMEOUT_MS,
  );

  it('documents the inbox in the OpenAPI document with its types', async () => {
    const { body } = await h.registry(coach).get('/docs-json').expect(200);
    const ref = (path: string, method: string) =>
      body.paths[path][method].responses['200'].content['application/json'].schema.$ref;
    expect(ref('/notifications', 'get')).toBe('#/components/schemas/NotificationPageDto');
    expect(ref('/notifications/preferences', 'put')).toBe('#/components/schemas/PreferencesDto');
    expect(body.components.schemas.NotificationDto.properties.kind.enum).toContain('strong-match');
  });

  it('follows each user’s preferences per kind', async () => {
    const prefs = (await h.registry(coach).get('/notifications/preferences').expect(200)).body;
    expect(prefs.preferences).toEqual([
      { kind: 'strong-match', inApp: true, email: true },
      { kind: 'introduction-requested', inApp: true, email: true },
    ]);
    const wrong = await h
      .registry(coach)
      .put('/notifications/preferences', {
        preferences: [{ kind: 'candidate-proposed', inApp: false, email: false }],
      })
      .expect(400);
    expect(JSON.stringify(wrong.body.message)).toContain('preferences.0.kind');
    await h
      .registry(coach)
      .put('/notifications/preferences', { preferences: [{ kind: 'strong-match', inApp: 'no' }] })
      .expect(400);
    const saved = await h
      .registry(coach)
      .put('/notifications/preferences', {
        preferences: [{ kind: 'strong-match', inApp: false, email: true }],
      })
      .expect(200);
    expect(saved.body.preferences[0]).toEqual({ kind: 'strong-match', inApp: false, email: true });

    const seeker = await h.seeker({}, true);
    const vacancyId = await h.vacancy(
      employer,
      dutchVacancy({ title: 'Lasser (voorkeuren)', requiredSkills: [SKILL.mig] }),
    );
    await h.onAdviserList(vacancyId, seeker);
    // Stored for the e-mail only: not in the inbox.
    const row = await eventually(async () => {
      const [r] = await h.env.dataSource.query(
        `SELECT in_app, email_state FROM notifications.notification
          WHERE subject = $1 AND kind = 'strong-match' AND vacancy_id = $2 AND seeker_id = $3`,
        [coach.subject, vacancyId, seeker],
      );
      return r;
    }, NOTICE_TIMEOUT_MS);
    expect(row).toEqual({ in_app: false, email_state: 'pending' });
    const items = await inbox(coach, '?pageSize=100');
    expect(items.filter((n) => n.vacancyId === vacancyId)).toEqual([]);
  });

  it('sends a step the queue did not take with the next sweep, and erasure removes the seeker’s notifications', async () => {
    const seeker = await h.seeker({}, true);
    const vacancyId = await h.vacancy(
      employer,
      dutchVacancy({ title: 'Lasser (wachtrij)', requiredSkills: [SKILL.mig] }),
    );
    await h.onAdviserList(vacancyId, seeker);
    const producer = h.producer();
    const adviserCalls = h.registry(adviser);
    await adviserCalls.post(`${pair(vacancyId, seeker)}/shortlist`).expect(200);
    // The queue is down while the adviser proposes: the step stands, its notification waits.
    const down = jest
      .spyOn(producer as JobProducer, 'enqueue')
      .mockRejectedValueOnce(new Error('queue down'));
    await adviserCalls.post(`${pair(vacancyId, seeker)}/propose`).expect(200);
    down.mockRestore();
    const [waiting] = await h.env.dataSource.query(
      `SELECT count(*)::int AS n FROM matching.match_step WHERE NOT notify_enqueued AND action = 'propose' AND seeker_id = $1`,
      [seeker],
    );
    expect(waiting.n).toBe(1);
    await h.workers[0].get(NotificationSweep).run();
    await noticeOf(employer, 'candidate-proposed', vacancyId);

    const count = async () =>
      (
        await h.env.dataSource.query(
          `SELECT count(*)::int AS n FROM notifications.notification WHERE seeker_id = $1`,
          [seeker],
        )
      )[0].n;
    expect(await count()).toBeGreaterThanOrEqual(2);
    await h.profiles(coach).delete(`/job-seekers/${seeker}`).expect(204);
    expect(await count()).toBe(0);
    const employerView = JSON.stringify(await inbox(employer, '?pageSize=100'));
    expect(employerView).not.toContain(`"vacancyId":"${vacancyId}"`);
  });

  it('queues ids only', async () => {
    let seen = payloads;
    if (h.env.config.queue.redisUrl) {
      const queue = h.workers[0].get<Queue>(getQueueToken(MATCHING_QUEUE), { strict: false });
      const jobs = await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
      seen = jobs.map((j) => ({ name: j.name, payload: j.data }));
    }
    const notify = seen.filter((j) => j.name.startsWith('notify-'));
    expect(new Set(notify.map((j) => j.name))).toEqual(
      new Set(['notify-step', 'notify-vacancy-matches', 'notify-seeker-matches']),
    );
    for (const { payload } of notify) {
      for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
        expect(['stepId', 'vacancyId', 'seekerId', 'version']).toContain(key);
        expect(String(value)).toMatch(/^[0-9a-f-]+$/);
      }
    }
    expect(JSON.stringify(seen)).not.toMatch(PERSONAL);
  });
});
