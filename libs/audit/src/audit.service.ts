import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { canonicalAuditText, chainHash, ChainedFields, GENESIS_HASH } from './audit-chain';
import { AuditEvent } from './audit-event.entity';
import { AuditEntry, DeniedAttempt } from './audit.types';
import { currentRequestContext } from './request-context';

/** The app name an {@link AuditService} stamps on its records. */
export const AUDIT_APP = Symbol('AUDIT_APP');

/** Serialises appends across processes so the chain stays one line (any constant will do). */
export const AUDIT_CHAIN_LOCK = 7_830_215_001;

const ANONYMOUS = 'anonymous';
const MAX_TEXT = 500;
/** Records appended in one transaction at most. */
const MAX_GROUP = 500;

type Content = Omit<ChainedFields, 'seq' | 'occurredAt'>;

interface Waiting {
  content: Content;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Appends to the audit trail. Each append takes a transaction-scoped advisory lock, reads the last
 * row and chains the new one to it, so concurrent writers (several processes on PostgreSQL) never
 * fork the chain.
 *
 * Records made outside a caller's transaction (the reads) are appended in groups: while one
 * group's transaction runs, the records of other requests gather and go in the next one, so the
 * chain lock and the commit are paid once per group instead of once per read. A record's promise
 * resolves only once its group has committed: a read is answered after its record is stored. A
 * group the database refuses is tried again in halves, so one bad record fails only its own read.
 *
 * Embedded PGlite has one connection: a caller inside a transaction must pass that transaction's
 * EntityManager (the record then commits or rolls back with the change it describes); otherwise
 * record after the transaction, never inside it through the DataSource.
 */
@Injectable()
export class AuditService {
  /** Records made outside a transaction, waiting for the next group append. */
  private waiting: Waiting[] = [];
  private appending?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_APP) private readonly app: string,
  ) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await this.append(
      {
        actorSubject: entry.actor.subject,
        actorRole: entry.actor.role,
        action: entry.action,
        objectType: entry.objectType,
        objectId: entry.objectId,
        result: entry.result,
        origin: entry.origin ?? null,
      },
      manager,
    );
  }

  /** A refused attempt; the subject of an unverified token is never trusted, so it is anonymous. */
  async recordDenied(attempt: DeniedAttempt): Promise<void> {
    await this.append({
      actorSubject: attempt.actor?.subject ?? ANONYMOUS,
      actorRole: attempt.actor?.role ?? null,
      action: attempt.action,
      objectType: attempt.objectType,
      objectId: attempt.objectId,
      result: 'denied',
      origin: attempt.origin ?? null,
    });
  }

  private async append(
    fields: Omit<ChainedFields, 'seq' | 'occurredAt' | 'clientIp' | 'app'>,
    manager?: EntityManager,
  ): Promise<void> {
    const clientIp = currentRequestContext()?.clientIp ?? null;
    const content = {
      actorSubject: clip(fields.actorSubject),
      actorRole: fields.actorRole === null ? null : clip(fields.actorRole),
      action: clip(fields.action),
      objectType: clip(fields.objectType),
      objectId: clip(fields.objectId),
      result: clip(fields.result),
      origin: fields.origin === null ? null : clip(fields.origin),
      clientIp: clientIp === null ? null : clip(clientIp),
      app: this.app,
    };
    if (!manager) return this.appendInGroup(content);
    const write = (m: EntityManager) => this.appendLocked(m, [content]);
    return manager.queryRunner?.isTransactionActive ? write(manager) : manager.transaction(write);
  }

  private appendInGroup(content: Content): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ content, resolve, reject });
      this.appending ??= this.appendWaiting();
    });
  }

  /** Appends the waiting records group by group until none is left. */
  private async appendWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      await this.appendGroup(this.waiting.splice(0, MAX_GROUP));
    }
    this.appending = undefined;
  }

  /**
   * One transaction for the group. When it fails, the group is split in halves and each half is
   * tried again on its own, down to single records: a record the database refuses fails its own
   * read only, and every other record still resolves only once its own transaction committed.
   */
  private async appendGroup(group: Waiting[]): Promise<void> {
    try {
      await this.dataSource.transaction((m) =>
        this.appendLocked(
          m,
          group.map((w) => w.content),
        ),
      );
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      const half = Math.ceil(group.length / 2);
      await this.appendGroup(group.slice(0, half));
      await this.appendGroup(group.slice(half));
      return;
    }
    for (const w of group) w.resolve();
  }

  private async appendLocked(manager: EntityManager, contents: Content[]): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await manager.query(
      'SELECT seq, hash FROM audit.audit_event ORDER BY seq DESC LIMIT 1',
    )) as Array<{ seq: string; hash: string }>;
    let prevHash = last?.hash ?? GENESIS_HASH;
    let seq = last ? BigInt(last.seq) : 0n;
    const occurredAt = new Date();
    const rows = contents.map((content) => {
      seq += 1n;
      const row: ChainedFields = { ...content, seq: String(seq), occurredAt };
      const hash = chainHash(prevHash, row);
      const stored = { ...row, prevHash, hash };
      prevHash = hash;
      return stored;
    });
    await manager.insert(AuditEvent, rows);
  }
}

function clip(text: string): string {
  return canonicalAuditText(text, MAX_TEXT);
}
