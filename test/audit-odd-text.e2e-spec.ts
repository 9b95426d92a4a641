import { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '@apps/profile-service/src/profile-service.module';
import { AuditService, verifyAuditChain } from '@wt/audit';
import { Principal } from '@wt/auth';
import { createTestApp, startTestEnvironment, TestEnvironment, tokenFor } from '@wt/testing';
import request from 'supertest';
import { fullSeeker, PRINCIPALS } from './job-seekers.fixtures';

/** Every kind of text that PostgreSQL and JavaScript might not agree on (issue 11, finding 4). */
const ODD_TEXTS: Record<string, string> = {
  nul: 'before\u0000after',
  controls: 'bell\u0007 escape\u001b delete\u007f vertical\u000b',
  'lone high surrogate': 'start \ud800 end',
  'lone low surrogate': 'start \udc00 end',
  'reversed pair': '\udc00\ud800',
  'decomposed accent (NFD)': 'Cafe\u0301 Ru\u0308hrgebiet',
  'byte order mark and U+FFFF': '\ufeffbom \uffff nonchar',
  'right-to-left override': 'abc \u202e fed',
  emoji: 'shortlist 👩🏽‍🔧 welder 🇳🇱',
  'a surrogate pair across the 500 limit': `${'x'.repeat(499)}😀tail`,
  'astral text past the limit': '𝔘'.repeat(700),
  'replacement character': 'already \ufffd here',
};

describe('audit chain with odd text (issue 11, finding 4): the hash covers what is stored', () => {
  let env: TestEnvironment;
  let app: INestApplication;
  let seekerId: string;
  const adviser: Principal = { subject: 'odd-text-adviser', role: 'adviser' };

  beforeAll(async () => {
    env = await startTestEnvironment();
    app = await createTestApp(ProfileServiceModule.register(env.config));
    const res = await request(app.getHttpServer())
      .post('/job-seekers')
      .set('Authorization', `Bearer ${tokenFor(env.config, PRINCIPALS.coach1)}`)
      .send(fullSeeker())
      .expect(201);
    seekerId = res.body.id;
  });

  afterAll(async () => {
    await app?.close();
    await env?.close();
  });

  it.each(Object.entries(ODD_TEXTS))(
    '%s in every free-text audited field keeps the chain intact',
    async (_kind, text) => {
      const audit = app.get(AuditService);
      await audit.record({
        actor: { subject: text, role: 'adviser' },
        action: 'read',
        objectType: text,
        objectId: text,
        result: 'allowed',
        origin: text,
      });
      await audit.recordDenied({ action: 'read', objectType: text, objectId: text, origin: text });
      const report = await verifyAuditChain(env.dataSource);
      expect(report.broken).toBeUndefined();
      const [row] = await env.dataSource.query(
        `SELECT origin FROM audit.audit_event ORDER BY seq DESC LIMIT 1`,
      );
      expect(row.origin).not.toMatch(
        // eslint-disable-next-line no-control-regex
        /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
    },
  );

  it('stores a reason given over HTTP as it was hashed: odd but valid text is kept, NFC-normalised', async () => {
    const reasons = [
      'Cafe\u0301 shortlist',
      'check 👩🏽‍🔧 welder',
      'bom \ufeff reason',
      'x'.repeat(300),
    ];
    for (const reason of reasons) {
      await request(app.getHttpServer())
        .get(`/job-seekers/${seekerId}?reason=${encodeURIComponent(reason)}`)
        .set('Authorization', `Bearer ${tokenFor(env.config, adviser)}`)
        .expect(200);
    }
    const rows: Array<{ origin: string }> = await env.dataSource.query(
      `SELECT origin FROM audit.audit_event WHERE object_id = $1 AND actor_subject = $2 ORDER BY seq`,
      [seekerId, adviser.subject],
    );
    expect(rows.map((r) => r.origin)).toEqual(reasons.map((r) => `reason: ${r.normalize('NFC')}`));
    expect((await verifyAuditChain(env.dataSource)).broken).toBeUndefined();
  });

  it('refuses a reason with a NUL or a lone surrogate (400 naming it) and records nothing', async () => {
    const [before] = await env.dataSource.query(`SELECT count(*)::int AS n FROM audit.audit_event`);
    const res = await request(app.getHttpServer())
      .post(`/job-seekers/${seekerId}/introduction-contact`)
      .set('Authorization', `Bearer ${tokenFor(env.config, adviser)}`)
      .set('Content-Type', 'application/json')
      .send('{"reason":"introduction \\ud800 for vacancy"}')
      .expect(400);
    expect(res.body.message).toEqual([
      'reason must be valid Unicode text (it holds a lone surrogate)',
    ]);
    const [after] = await env.dataSource.query(`SELECT count(*)::int AS n FROM audit.audit_event`);
    expect(after.n).toBe(before.n);
  });
});
