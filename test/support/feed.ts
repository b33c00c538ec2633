import { DataSource } from 'typeorm';

// The feed shows an event once every transaction older than it has ended, in the whole database server (transaction
// ids are server-wide). Other test files, or other test runs on a shared server, may hold one open for a while: a test
// that reads the feed after its own changes first waits until the feed's horizon has passed them.
export async function feedCaughtUp(dataSource: DataSource, timeoutMs = 30_000): Promise<void> {
  const [{ xid }]: { xid: string }[] = await dataSource.query(`SELECT pg_current_xact_id()::text AS xid`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ horizon }]: { horizon: string }[] = await dataSource.query(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
    );
    if (BigInt(horizon) > BigInt(xid)) return;
    if (Date.now() > deadline)
      throw new Error(`the event feed did not pass transaction ${xid} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
