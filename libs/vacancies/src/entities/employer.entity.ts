import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Country } from '../vacancy.types';

/**
 * An employer organisation. The contact person is personal data: never logged, never shown to
 * another organisation, and every read of it is audited.
 */
@Entity({ schema: 'vacancies', name: 'employer' })
export class EmployerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The tenant: the `organisationId` in an employer user's token. */
  @Column({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  country: Country;

  @Column({ type: 'text', name: 'kvk_number', nullable: true })
  kvkNumber: string | null;

  /** Handelsregister entry (e.g. `HRB 1234, Amtsgericht Coesfeld`) or another registration. */
  @Column({ type: 'text', name: 'foreign_registration', nullable: true })
  foreignRegistration: string | null;

  /** The id in the system it was imported from (`ba-jobsuche:<hash>`). */
  @Column({ type: 'text', name: 'external_ref', nullable: true })
  externalRef: string | null;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
