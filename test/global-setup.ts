/** Runs once before the e2e project: fails early, with one line, when a configured server is down. */
import { Client } from 'pg';
import Redis from 'ioredis';

export default async function globalSetup(): Promise<void> {
  const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (databaseUrl) {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect().catch((error: Error) => {
      throw new Error(`e2e: PostgreSQL at ${databaseUrl} is not reachable: ${error.message}`);
    });
    await client.end();
  }
  if (process.env.REDIS_URL) {
    const redis = new Redis(process.env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect().catch((error: Error) => {
      throw new Error(`e2e: Redis at ${process.env.REDIS_URL} is not reachable: ${error.message}`);
    });
    redis.disconnect();
  }
  process.stdout.write(
    `\ne2e: database ${databaseUrl ? 'PostgreSQL' : 'embedded PGlite'}, queue ${process.env.REDIS_URL ? 'Redis (BullMQ)' : 'in-process'}\n`,
  );
}
