import { Controller, Get, INestApplication, Module, Param } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { AuditObject, AuditService, verifyAuditChain } from '@wt/audit';
import { DEMO_PRINCIPALS, Principal, Roles } from '@wt/auth';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import { ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import request from 'supertest';

/** A route as the contexts write them: coaches only, naming the object it reads. */
@ApiBearerAuth()
@Controller('probe/job-seekers')
class ProbeController {
  @ApiOkResponse({ schema: { type: 'object', properties: { id: { type: 'string' } } } })
  @Roles('coach')
  @AuditObject('job-seeker')
  @Get(':id')
  read(@Param('id') id: string) {
    return { id };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const coach = (n: number): Principal => ({
  subject: `coach-user-${n}`,
  role: 'coach',
  coachId: `coach-${n}`,
});

describe('audit trail', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let audit: AuditService;
  const admin = DEMO_PRINCIPALS.admin;
  const bearer = (principal: Principal) => `Bearer ${tokenFor(env.config, principal)}`;

  beforeAll(async () => {
    env = await startTestEnvironment();
    const registered = ProfileServiceModule.register(env.config);
    app = await createTestApp({
      ...registered,
      imports: [...(registered.imports ?? []), ProbeModule],
    });
    audit = app.get(AuditService);
    // 25 reads of one profile by five coaches, and 3 of another profile by coach 1.
    for (let i = 0; i < 25; i++) {
      await audit.record({
        actor: coach((i % 5) + 1),
        action: 'read',
        objectType: 'job-seeker',
        objectId: 'js-1',
        result: 'allowed',
      });
    }
    for (let i = 0; i < 3; i++) {
      await audit.record({
        actor: coach(1),
        action: 'update',
        objectType: 'job-seeker',
        objectId: 'js-2',
        result: 'allowed',
        origin: 'reason: availability confirmed',
      });
    }
  });

  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  const rowCount = async () =>
    Number((await env.dataSource.query('SELECT count(*) AS n FROM audit.audit_event'))[0].n);

  describe('is append-only for the application', () => {
    it.each([
      ['UPDATE', `UPDATE audit.audit_event SET result = 'denied' WHERE seq = 1`],
      ['DELETE', `DELETE FROM audit.audit_event WHERE seq = 1`],
      ['TRUNCATE', `TRUNCATE audit.audit_event`],
      ['UPDATE of no row at all', `UPDATE audit.audit_event SET result = 'denied' WHERE false`],
    ])('refuses %s through the app data source', async (operation, sql) => {
      const before = await rowCount();
      await expect(env.dataSource.query(sql)).rejects.toThrow(/audit\.audit_event is append-only/);
      expect(await rowCount()).toBe(before);
    });

    it('refuses UPDATE and DELETE through the entity repository too', async () => {
      const repository = env.dataSource.getRepository('AuditEvent');
      await expect(repository.update({ seq: '2' }, { objectId: 'x' })).rejects.toThrow(
        /append-only/,
      );
      await expect(repository.delete({ seq: '2' })).rejects.toThrow(/append-only/);
    });

    it('gives a separate application role INSERT and SELECT only (grants)', async () => {
      const role = `wt_app_${process.pid}_${Date.now()}`;
      const runner = env.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.query(`CREATE ROLE ${role} NOLOGIN`);
        await runner.query(`SELECT audit.grant_append_only($1)`, [role]);
        await runner.query(`SET ROLE ${role}`);
        await expect(runner.query(`SELECT count(*) FROM audit.audit_event`)).resolves.toBeDefined();
        await expect(
          runner.query(`UPDATE audit.audit_event SET result = 'denied'`),
        ).rejects.toThrow(/permission denied/);
        await expect(runner.query(`DELETE FROM audit.audit_event`)).rejects.toThrow(
          /permission denied/,
        );
        // Only the owner may switch the trigger off.
        await expect(
          runner.query(`ALTER TABLE audit.audit_event DISABLE TRIGGER audit_event_append_only`),
        ).rejects.toThrow(/must be owner/);
      } finally {
        await runner.query(`RESET ROLE`);
        await runner.query(`DROP OWNED BY ${role}`);
        await runner.query(`DROP ROLE ${role}`);
        await runner.release();
      }
    });
  });

  describe('admin endpoints', () => {
    const get = (path: string, principal: Principal | null = admin) => {
      const call = request(app.getHttpServer()).get(path);
      return principal ? call.set('Authorization', bearer(principal)) : call;
    };

    it('answers "who viewed profile js-1", newest first, page by page', async () => {
      const first = await get('/admin/audit/objects/job-seeker/js-1?page=1&pageSize=10').expect(
        200,
      );
      expect(first.body).toMatchObject({ page: 1, pageSize: 10, total: 25 });
      expect(first.body.items).toHaveLength(10);
      const seqs = first.body.items.map((item: { seq: number }) => item.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(first.body.items[0]).toEqual({
        seq: 25,
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actorSubject: 'coach-user-5',
        actorRole: 'coach',
        action: 'read',
        objectType: 'job-seeker',
        objectId: 'js-1',
        result: 'allowed',
        origin: null,
        clientIp: null,
        app: 'profile-service',
      });

      const third = await get('/admin/audit/objects/job-seeker/js-1?page=3&pageSize=10').expect(
        200,
      );
      expect(third.body.items.map((item: { seq: number }) => item.seq)).toEqual([5, 4, 3, 2, 1]);
      const beyond = await get('/admin/audit/objects/job-seeker/js-1?page=4&pageSize=10').expect(
        200,
      );
      expect(beyond.body).toMatchObject({ items: [], total: 25 });
    });

    it('answers "what did coach-user-1 do", with the default page size of 20', async () => {
      const response = await get('/admin/audit/actors/coach-user-1').expect(200);
      expect(response.body).toMatchObject({ page: 1, pageSize: 20, total: 8 });
      expect(response.body.items.slice(0, 3)).toEqual(
        Array(3).fill(
          expect.objectContaining({
            action: 'update',
            objectId: 'js-2',
            origin: 'reason: availability confirmed',
          }),
        ),
      );
    });

    it('records the lookups themselves, with the client address', async () => {
      await get('/admin/audit/objects/job-seeker/js-9').expect(200);
      const response = await get(`/admin/audit/actors/${admin.subject}?pageSize=1`).expect(200);
      expect(response.body.items[0]).toMatchObject({
        action: 'search',
        objectType: 'audit-trail',
        objectId: 'object:job-seeker/js-9',
        actorRole: 'admin',
        clientIp: expect.stringMatching(/127\.0\.0\.1/),
      });
    });

    it.each([
      ['?pageSize=101', /pageSize must not be greater than 100/],
      ['?pageSize=0', /pageSize must not be less than 1/],
      ['?page=0', /page must not be less than 1/],
      ['?page=two', /page must be an integer number/],
      ['?sort=seq', /property sort should not exist/],
    ])('answers 400 naming the problem for %s', async (query, message) => {
      const response = await get(`/admin/audit/objects/job-seeker/js-1${query}`).expect(400);
      expect(JSON.stringify(response.body.message)).toMatch(message);
    });

    it('is for admins only', async () => {
      await get('/admin/audit/objects/job-seeker/js-1', coach(1)).expect(403);
      await get('/admin/audit/objects/job-seeker/js-1', DEMO_PRINCIPALS.adviser).expect(403);
      await get('/admin/audit/objects/job-seeker/js-1', null).expect(401);
    });
  });

  describe('refused attempts on a named object', () => {
    it('are recorded without a subject for 401 and with the caller for 403', async () => {
      await request(app.getHttpServer()).get('/probe/job-seekers/js-7').expect(401);
      await request(app.getHttpServer())
        .get('/probe/job-seekers/js-7')
        .set('Authorization', bearer(DEMO_PRINCIPALS.employer))
        .expect(403);
      await request(app.getHttpServer())
        .get('/probe/job-seekers/js-7')
        .set('Authorization', bearer(coach(3)))
        .expect(200);
      const rows = await env.dataSource.query(
        `SELECT actor_subject, actor_role, action, result FROM audit.audit_event
          WHERE object_type = 'job-seeker' AND object_id = 'js-7' ORDER BY seq`,
      );
      expect(rows).toEqual([
        { actor_subject: 'anonymous', actor_role: null, action: 'read', result: 'denied' },
        {
          actor_subject: 'demo-employer-1',
          actor_role: 'employer',
          action: 'read',
          result: 'denied',
        },
      ]);
    });
  });

  describe('verification', () => {
    it('finds the chain intact', async () => {
      const report = await verifyAuditChain(env.dataSource);
      expect(report.broken).toBeUndefined();
      expect(report.rows).toBe(await rowCount());
    });

    it('keeps one linear chain under concurrent appends', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          audit.record({
            actor: coach(9),
            action: 'read',
            objectType: 'job-seeker',
            objectId: `js-c${i}`,
            result: 'allowed',
          }),
        ),
      );
      expect((await verifyAuditChain(env.dataSource)).broken).toBeUndefined();
    });

    it('fails only the read whose record the database refuses, not the others of its group', async () => {
      const before = await rowCount();
      // A role the table's CHECK refuses: that one insert fails, the group's others must not.
      const outsider = { subject: 'outsider-1', role: 'robot' } as unknown as Principal;
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          audit.record({
            actor: i === 6 ? outsider : coach(8),
            action: 'read',
            objectType: 'job-seeker',
            objectId: `js-g${i}`,
            result: 'allowed',
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(
        Array.from({ length: 12 }, (_, i) => (i === 6 ? 'rejected' : 'fulfilled')),
      );
      const stored: Array<{ object_id: string }> = await env.dataSource.query(
        `SELECT object_id FROM audit.audit_event WHERE object_id LIKE 'js-g%' ORDER BY seq`,
      );
      expect(stored.map((row) => row.object_id)).toEqual(
        Array.from({ length: 12 }, (_, i) => `js-g${i}`).filter((id) => id !== 'js-g6'),
      );
      expect(await rowCount()).toBe(before + 11);
      expect((await verifyAuditChain(env.dataSource)).broken).toBeUndefined();
    });

    it('names the first row altered behind the application’s back', async () => {
      // What someone with the table owner's rights could do: switch the trigger off, edit, on.
      const tamper = async (sql: string) => {
        await env.dataSource.query(
          `ALTER TABLE audit.audit_event DISABLE TRIGGER audit_event_append_only`,
        );
        try {
          await env.dataSource.query(sql);
        } finally {
          await env.dataSource.query(
            `ALTER TABLE audit.audit_event ENABLE TRIGGER audit_event_append_only`,
          );
        }
      };
      await tamper(`UPDATE audit.audit_event SET actor_subject = 'someone-else' WHERE seq = 7`);
      expect((await verifyAuditChain(env.dataSource)).broken).toEqual({
        seq: '7',
        reason: 'content does not match its hash (the row was altered)',
      });
      await tamper(`UPDATE audit.audit_event SET actor_subject = 'coach-user-2' WHERE seq = 7`);
      expect((await verifyAuditChain(env.dataSource)).broken).toBeUndefined();

      await tamper(`DELETE FROM audit.audit_event WHERE seq = 12`);
      expect((await verifyAuditChain(env.dataSource)).broken).toEqual({
        seq: '13',
        reason: 'row(s) 12..12 are missing',
      });
    });
  });
});
