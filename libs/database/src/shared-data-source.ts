import { AppConfig } from '@wt/config';
import { DataSource } from 'typeorm';
import { OpenedDataSource, openDataSource } from './data-source.factory';

/**
 * One data source per process, shared by every app the process hosts. In the standalone demo the
 * three apps must share it: PGlite has one session, and a second connection would see (and could
 * roll back) another app's open transaction. Reference-counted so the last app to stop closes it.
 */
let shared: { opened: Promise<OpenedDataSource>; users: number } | undefined;

export async function acquireDataSource(config: AppConfig): Promise<DataSource> {
  if (!shared) {
    const opened = openDataSource(config);
    shared = { opened, users: 0 };
    opened.catch(() => (shared = undefined));
  }
  shared.users += 1;
  return (await shared.opened).dataSource;
}

export async function releaseDataSource(): Promise<void> {
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  const { opened } = shared;
  shared = undefined;
  await (await opened).close();
}

/** Lets a process that opened the database itself (the standalone start, tests) hand it to its apps. */
export function provideDataSource(opened: OpenedDataSource): void {
  if (shared) throw new Error('A shared data source is already open in this process');
  shared = { opened: Promise.resolve(opened), users: 1 };
}
