import { DataSource } from 'typeorm';
import { ChainBreak, ChainChecker, ChainedRow } from './audit-chain';

const BATCH = 1_000;

export interface ChainReport {
  /** Rows found intact before the first break (all rows when there is none). */
  rows: number;
  /** Hash of the last intact row: keep it outside the database to detect a cut-off tail. */
  lastHash: string;
  broken?: ChainBreak;
}

/** Recomputes the whole chain, batch by batch in `seq` order, and stops at the first break. */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainReport> {
  const checker = new ChainChecker();
  let after = '0';
  for (;;) {
    const rows = await readBatch(dataSource, after);
    for (const row of rows) {
      const broken = checker.check(row);
      if (broken) return { rows: checker.rows, lastHash: checker.lastHash, broken };
    }
    if (rows.length < BATCH) return { rows: checker.rows, lastHash: checker.lastHash };
    after = rows[rows.length - 1].seq;
  }
}

async function readBatch(dataSource: DataSource, after: string): Promise<ChainedRow[]> {
  const rows = (await dataSource.query(
    `SELECT seq, occurred_at, actor_subject, actor_role, action, object_type, object_id, result,
            origin, client_ip, app, prev_hash, hash
       FROM audit.audit_event WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
    [after],
  )) as Array<Record<string, string | Date | null>>;
  return rows.map((row) => ({
    seq: String(row.seq),
    occurredAt: new Date(row.occurred_at as Date),
    actorSubject: row.actor_subject as string,
    actorRole: row.actor_role as string | null,
    action: row.action as string,
    objectType: row.object_type as string,
    objectId: row.object_id as string,
    result: row.result as string,
    origin: row.origin as string | null,
    clientIp: row.client_ip as string | null,
    app: row.app as string | null,
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
  }));
}
