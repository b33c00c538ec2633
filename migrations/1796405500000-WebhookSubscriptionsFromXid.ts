import { MigrationInterface, QueryRunner } from 'typeorm';

// A subscription receives the events of transactions that had not ended when it was created. The relay hands events
// over once their transactions are older than every one still running, so it can reach an event committed before a
// subscription existed after that subscription was created; from_xid (the oldest transaction still running when the
// subscription was created) tells those apart. Subscriptions created before this column have none: they had already
// received every event since.
export class WebhookSubscriptionsFromXid1796405500000 implements MigrationInterface {
  name = 'WebhookSubscriptionsFromXid1796405500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ADD "from_xid" bigint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP COLUMN "from_xid"`);
  }
}
