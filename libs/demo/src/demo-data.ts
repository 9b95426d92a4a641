import { jobSeekersDemoSeeder } from '@wt/job-seekers';
import { notificationsDemoSeeder } from '@wt/notifications';
import { vacanciesDemoSeeder } from '@wt/vacancies';
import { DataSource } from 'typeorm';

/** A context's part of the fictional demo data set; it must be idempotent (a restart keeps data). */
export interface DemoSeeder {
  name: string;
  /** Inserts what is missing and returns a short summary (e.g. "3 employers"). */
  seed(dataSource: DataSource): Promise<string>;
}

const SEEDERS: DemoSeeder[] = [jobSeekersDemoSeeder, vacanciesDemoSeeder, notificationsDemoSeeder];

/** Loads every context's demo data; returns one summary line. */
export async function loadDemoData(dataSource: DataSource): Promise<string> {
  const parts: string[] = [];
  for (const seeder of SEEDERS) parts.push(await seeder.seed(dataSource));
  return parts.length > 0 ? parts.join(', ') : 'nothing to load yet';
}
