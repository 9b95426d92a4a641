import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One line of the append-only audit trail (BIO2 8.15): who did what to which object, with what
 * result, from where and when. Ids only, never personal data. Rows form a hash chain in `seq`
 * order; the table refuses UPDATE, DELETE and TRUNCATE (see the CreateAuditTrail migration).
 */
@Entity({ schema: 'audit', name: 'audit_event' })
export class AuditEvent {
  /** 1, 2, 3, ... without gaps: a missing number is a deleted row. */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt: Date;

  @Column({ type: 'text', name: 'actor_subject' })
  actorSubject: string;

  /** Absent when the caller could not be authenticated. */
  @Column({ type: 'text', name: 'actor_role', nullable: true })
  actorRole: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', name: 'object_type' })
  objectType: string;

  @Column({ type: 'text', name: 'object_id' })
  objectId: string;

  @Column({ type: 'text' })
  result: string;

  /** What the recording code said about where the access came from (ids and reasons only). */
  @Column({ type: 'text', nullable: true })
  origin: string | null;

  @Column({ type: 'text', name: 'client_ip', nullable: true })
  clientIp: string | null;

  /** The app that recorded it (vacancy-registry, profile-service, matching-worker). */
  @Column({ type: 'text', nullable: true })
  app: string | null;

  @Column({ type: 'char', length: 64, name: 'prev_hash' })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
