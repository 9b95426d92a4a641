import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Written by the `ping` job: proof that a job travelled from a producer through the queue to a worker. */
@Entity({ schema: 'ops', name: 'ping' })
export class PingRecord {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'handled_by' })
  handledBy: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'handled_at' })
  handledAt: Date;
}
