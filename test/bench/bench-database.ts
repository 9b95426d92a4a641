import { Client } from 'pg';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Runs `use` with the URL of a database of its own on the PostgreSQL server (DATABASE_URL, default
 * the local one), dropped afterwards whatever happens.
 */
export async function withBenchDatabase<T>(
  name: string,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const dbName = `${name}_${process.pid}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(SERVER);
    url.pathname = `/${dbName}`;
    return await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}
