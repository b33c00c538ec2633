import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// graphile-worker releases a crashed worker's jobs only after four hours. Each running worker is listed here with a
// heartbeat, so a live process can release the jobs of one that stopped beating (kill -9, lost host) in seconds.
@Entity('job_workers')
export class JobWorker {
  @PrimaryColumn({ type: 'text' })
  workerId: string;

  @Index('ix_job_workers_process_id')
  @Column({ type: 'text' })
  processId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  seenAt: Date;
}
