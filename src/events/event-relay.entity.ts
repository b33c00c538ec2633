import { Column, Entity, PrimaryColumn } from 'typeorm';

// How far the outbox's relay has handed the feed to one subscriber (webhook fan-out): the feed position (xid,
// position) of the last event handed over. Moved only in the transaction that writes what the subscriber made of
// the events, so each event is handed over exactly once.
@Entity('event_relays')
export class EventRelayCursor {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'bigint' })
  xid: string;

  @Column({ type: 'bigint' })
  position: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  relayedAt: Date;
}
