import { ConfigError, loadConfig } from './environment';

describe('loadConfig', () => {
  it('defaults to the embedded database and the in-process queue', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeUndefined();
    expect(config.queue.redisUrl).toBeUndefined();
    expect(config.http).toMatchObject({
      vacancyRegistryPort: 3001,
      profileServicePort: 3002,
      workerHealthPort: 3003,
    });
  });

  it('reads servers and numbers from the environment', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      WORKER_CONCURRENCY: '4',
      DEMO_DATA: 'false',
    });
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(config.queue.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.queue.concurrency).toBe(4);
    expect(config.demoData).toBe(false);
  });

  it('reads the notification settings; an empty SMTP_URL means no e-mail', () => {
    expect(loadConfig({ SMTP_URL: '' }).notifications.smtpUrl).toBeUndefined();
    const config = loadConfig({
      SMTP_URL: 'smtp://user:secret@mail.test:587',
      PORTAL_URL: 'https://portal.test/',
      NOTIFY_DIGEST_MINUTES: '30',
    });
    expect(config.notifications).toMatchObject({
      smtpUrl: 'smtp://user:secret@mail.test:587',
      portalUrl: 'https://portal.test',
      digestMinutes: 30,
      sweepSeconds: 60,
    });
    // A wrong SMTP_URL is named without echoing it (it may hold a password).
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.test' })).toThrow(
      /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL \(got \d+ characters\)$/,
    );
  });

  it('treats an empty server URL as absent', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).database.url).toBeUndefined();
  });

  it.each([
    [
      'VACANCY_REGISTRY_PORT',
      'abc',
      /^Invalid configuration: VACANCY_REGISTRY_PORT must be an integer/,
    ],
    ['PROFILE_SERVICE_PORT', '70000', /^Invalid configuration: PROFILE_SERVICE_PORT /],
    [
      'DATABASE_URL',
      'mysql://x',
      /^Invalid configuration: DATABASE_URL must be a postgres:\/\/ connection string/,
    ],
    ['REDIS_URL', 'localhost:6379', /^Invalid configuration: REDIS_URL must be a redis:\/\//],
    ['LOG_LEVEL', 'loud', /^Invalid configuration: LOG_LEVEL /],
    ['DEMO_DATA', 'maybe', /^Invalid configuration: DEMO_DATA must be true or false/],
  ])('rejects %s=%s with one line naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(JSON.stringify(value));
    expect((error as Error).message).not.toContain('\n');
  });
});
