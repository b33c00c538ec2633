import { DataSource, QueryRunner } from 'typeorm';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient } from '../src/database/preparing-client';
import { TestApp, startTestApp, unique } from './support/test-app';

// The pool's client (src/database/preparing-client.ts), through the API's own DataSource, against PostgreSQL.
describe('PreparingClient', () => {
  let api: TestApp;
  let db: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    // One connection, so what it has prepared can be read back from it.
    runner = db.createQueryRunner();
    await runner.connect();
  });

  afterAll(async () => {
    await runner.release();
    await api.close();
  });

  const prepared = async (): Promise<{ name: string; statement: string }[]> =>
    runner.query(`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'apx_%'`);

  it('prepares a parameterised statement once per connection and runs it again by name', async () => {
    const text = 'SELECT $1::int + 1 AS n /* preparing-client probe */';
    expect(await runner.query(text, [1])).toEqual([{ n: 2 }]);
    expect(await runner.query(text, [41])).toEqual([{ n: 42 }]);
    const named = (await prepared()).filter((p) => p.statement === text);
    expect(named).toHaveLength(1);
  });

  it('sends a statement without parameters unnamed', async () => {
    const text = 'SELECT 7 AS n /* preparing-client unnamed */';
    expect(await runner.query(text)).toEqual([{ n: 7 }]);
    expect((await prepared()).some((p) => p.statement === text)).toBe(false);
  });

  it('answers a prepared statement that fails with the error, and runs it again once the cause is gone', async () => {
    const text = 'SELECT 10 / $1::int AS n /* preparing-client failure */';
    await expect(runner.query(text, [0])).rejects.toThrow('division by zero');
    expect(await runner.query(text, [5])).toEqual([{ n: 2 }]);
  });

  it('after a migration changes what a prepared statement returns, fails that run once and then runs it unnamed', async () => {
    const table = unique('prepared_probe').replace('-', '_');
    await runner.query(`CREATE TABLE ${table} (id int PRIMARY KEY, label text)`);
    try {
      await runner.query(`INSERT INTO ${table} VALUES (1, 'one')`);
      const text = `SELECT * FROM ${table} WHERE id = $1`;
      expect(await runner.query(text, [1])).toEqual([{ id: 1, label: 'one' }]);
      await runner.query(`ALTER TABLE ${table} ADD COLUMN note text`);
      await expect(runner.query(text, [1])).rejects.toThrow('cached plan must not change result type');
      expect(await runner.query(text, [1])).toEqual([{ id: 1, label: 'one', note: null }]);
    } finally {
      await runner.query(`DROP TABLE ${table}`);
    }
  });

  it('keeps at most its limit prepared on a connection and sends the rest unnamed, with the same answers', async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 20; i++)
      expect(await runner.query(`SELECT $1::int * ${i} AS n`, [2])).toEqual([{ n: 2 * i }]);
    expect((await prepared()).length).toBe(MAX_PREPARED_PER_CONNECTION);
  });

  describe('transaction control', () => {
    const table = unique('pipelined_probe').replace('-', '_');
    const client = () => (runner as unknown as { databaseConnection: PreparingClient }).databaseConnection;
    // The socket writes the connection makes while `work` runs (a corked batch of messages is one write).
    const writes = async (work: () => Promise<unknown>): Promise<number> => {
      const stream = client().connection.stream as unknown as Record<string, (...a: unknown[]) => unknown>;
      const spies = ['_write', '_writev'].map((method) => jest.spyOn(stream, method));
      try {
        await work();
        return spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    };

    beforeAll(async () => {
      await runner.query(`CREATE TABLE ${table} (n int)`);
    });

    afterAll(async () => {
      await runner.query(`DROP TABLE ${table}`);
    });

    it('writes BEGIN with the transaction’s first statement, in one write, and the statements share a transaction', async () => {
      await runner.startTransaction();
      let ids: { x: string }[] = [];
      expect(
        await writes(async () => {
          ids = await runner.query('SELECT pg_current_xact_id()::text AS x, $1::int AS n', [1]);
        }),
      ).toBe(1);
      const again: { x: string }[] = await runner.query(
        'SELECT pg_current_xact_id()::text AS x, $1::int AS n',
        [2],
      );
      await runner.rollbackTransaction();
      expect(again[0].x).toBe(ids[0].x);
      const outside: { x: string }[] = await runner.query(
        'SELECT pg_current_xact_id()::text AS x, $1::int AS n',
        [3],
      );
      expect(outside[0].x).not.toBe(ids[0].x);
    });

    it('writes a SET LOCAL made right after BEGIN with the first statement too, and it holds for the transaction', async () => {
      await runner.startTransaction();
      await runner.query('SET LOCAL plan_cache_mode = force_generic_plan');
      let inside: { mode: string }[] = [];
      expect(
        await writes(async () => {
          inside = await runner.query(`SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n`, [1]);
        }),
      ).toBe(1);
      await runner.commitTransaction();
      expect(inside[0].mode).toBe('force_generic_plan');
      const after: { mode: string }[] = await runner.query(
        `SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n`,
        [2],
      );
      expect(after[0].mode).toBe('auto');
    });

    it('sends nothing for a transaction that ran no statement', async () => {
      expect(
        await writes(async () => {
          await runner.startTransaction();
          await runner.commitTransaction();
          await runner.startTransaction();
          await runner.query('SET LOCAL plan_cache_mode = force_generic_plan');
          await runner.rollbackTransaction();
        }),
      ).toBe(0);
    });

    it('writes COMMIT with the last statement, refuses a statement after it, and answers the owner’s COMMIT with it', async () => {
      await runner.startTransaction();
      await runner.query(`INSERT INTO ${table} (n) VALUES ($1)`, [1]);
      expect(
        await writes(() => client().queryThenCommit(`INSERT INTO ${table} (n) VALUES ($1) RETURNING n`, [2])),
      ).toBe(1);
      await expect(runner.query('SELECT $1::int AS n', [1])).rejects.toThrow(
        'A statement was sent after the one its transaction was committed with.',
      );
      await runner.commitTransaction();
      // Committed: another connection sees both rows.
      const other = db.createQueryRunner();
      try {
        expect(await other.query(`SELECT n FROM ${table} ORDER BY n`)).toEqual([{ n: 1 }, { n: 2 }]);
      } finally {
        await other.release();
      }
    });

    it('rolls back when the last statement fails, and the connection goes on', async () => {
      await runner.query(`DELETE FROM ${table}`);
      await runner.startTransaction();
      await runner.query(`INSERT INTO ${table} (n) VALUES ($1)`, [1]);
      await expect(client().queryThenCommit('SELECT 10 / $1::int AS n', [0])).rejects.toThrow(
        'division by zero',
      );
      await runner.rollbackTransaction();
      expect(await runner.query(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
      expect(await runner.query('SELECT $1::int AS n', [5])).toEqual([{ n: 5 }]);
    });
  });
});
