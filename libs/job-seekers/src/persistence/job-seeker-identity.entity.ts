import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ClientSystem } from '../domain/job-seeker.types';

/**
 * Who the job seeker is: readable by the coach of the caseload, and by an adviser only through the
 * audited introduction endpoint. Kept apart from the profile so that nothing that matches, ranks or
 * reaches an employer ever loads it. No BSN: `clientReference` points into UWV's or the
 * municipality's own client record instead.
 */
@Entity({ schema: 'job_seekers', name: 'identity' })
export class JobSeekerIdentity {
  @PrimaryColumn({ type: 'uuid', name: 'seeker_id' })
  seekerId: string;

  @Column({ type: 'text', name: 'given_name' })
  givenName: string;

  @Column({ type: 'text', name: 'family_name' })
  familyName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', name: 'client_system' })
  clientSystem: ClientSystem;

  @Column({ type: 'text', name: 'client_reference' })
  clientReference: string;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
