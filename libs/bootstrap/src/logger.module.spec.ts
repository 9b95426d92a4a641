import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_PATHS } from './logger.module';

describe('log redaction', () => {
  it('blanks credentials and personal fields, keeps ids', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info({
      req: { headers: { authorization: 'Bearer eyJsecret', cookie: 'sid=1' } },
      seeker: {
        id: 'js-1',
        firstName: 'Fenna',
        lastName: 'Oosterveld',
        email: 'f@example.org',
        bsn: '123456782', // never logged: the redaction under test must blank it
      },
      login: { token: 'eyJsecret' },
    });
    const entry = JSON.parse(lines[0]);
    expect(entry.req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]' });
    expect(entry.seeker).toEqual({
      id: 'js-1',
      firstName: '[redacted]',
      lastName: '[redacted]',
      email: '[redacted]',
      bsn: '[redacted]',
    });
    expect(entry.login.token).toBe('[redacted]');
    expect(lines[0]).not.toMatch(/eyJsecret|Fenna|123456782/);
  });
});
