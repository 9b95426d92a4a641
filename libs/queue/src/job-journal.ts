import type { DataSource } from 'typeorm';
import type { JobName } from './queue-names';

export interface JournaledJob {
  id: string;
  name: JobName;
  payload: unknown;
}

/** Where the in-process queue keeps the jobs it accepted until they have run. */
export interface JobJournal {
  /** Stores a job; resolves once it is durable. A job already stored is left as it is. */
  record(job: JournaledJob): Promise<void>;
  /** Drops a job that has run (or failed for good). */
  forget(id: string): Promise<void>;
  /** The jobs accepted and not yet run, oldest first. */
  pending(): Promise<JournaledJob[]>;
}

/** The journal in the application's own database (`ops.queued_job`): PGlite in the embedded mode. */
export class DatabaseJobJournal implements JobJournal {
  constructor(private readonly dataSource: DataSource) {}

  async record({ id, name, payload }: JournaledJob): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ops.queued_job (id, name, payload) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO NOTHING`,
      [id, name, JSON.stringify(payload)],
    );
  }

  async forget(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ops.queued_job WHERE id = $1`, [id]);
  }

  async pending(): Promise<JournaledJob[]> {
    return this.dataSource.query(`SELECT id, name, payload FROM ops.queued_job ORDER BY seq`);
  }
}
