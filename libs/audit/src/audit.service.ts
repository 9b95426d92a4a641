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

/**
 * Appends to the audit trail. Each append takes a transaction-scoped advisory lock, reads the last
 * row and chains the new one to it, so concurrent writers (several processes on PostgreSQL) never
 * fork the chain.
 *
 * Embedded PGlite has one connection: a caller inside a transaction must pass that transaction's
 * EntityManager (the record then commits or rolls back with the change it describes); otherwise
 * record after the transaction, never inside it through the DataSource.
 */
@Injectable()
export class AuditService {
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
    const write = (m: EntityManager) => this.appendLocked(m, content);
    if (!manager) return this.dataSource.transaction(write);
    return manager.queryRunner?.isTransactionActive ? write(manager) : manager.transaction(write);
  }

  private async appendLocked(
    manager: EntityManager,
    content: Omit<ChainedFields, 'seq' | 'occurredAt'>,
  ): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await manager.query(
      'SELECT seq, hash FROM audit.audit_event ORDER BY seq DESC LIMIT 1',
    )) as Array<{ seq: string; hash: string }>;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const row: ChainedFields = {
      ...content,
      seq: String(last ? BigInt(last.seq) + 1n : 1n),
      occurredAt: new Date(),
    };
    await manager.insert(AuditEvent, { ...row, prevHash, hash: chainHash(prevHash, row) });
  }
}

function clip(text: string): string {
  return canonicalAuditText(text, MAX_TEXT);
}
