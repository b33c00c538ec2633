import { DataSource } from 'typeorm';
import { Together } from '../src/database/together';
import { TestApp, startTestApp, unique } from './support/test-app';

// The one-statement writer the raise path uses (src/database/together.ts), against PostgreSQL itself.
describe('Together', () => {
  let api: TestApp;
  let db: DataSource;
  // Its own table: the test database is shared with other files.
  const table = unique('together_probe').replace('-', '_');

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    await db.query(`CREATE TABLE ${table} (n int, label text)`);
  });

  afterAll(async () => {
    await db.query(`DROP TABLE ${table}`);
    await api.close();
  });

  const insert = (name: string, n: number, label: string) => ({
    ctes: [[name, `INSERT INTO ${table} (n, label) VALUES ($1, $2) RETURNING n`]] as [string, string][],
    result: `(SELECT sum(n) FROM ${name})`,
    params: [n, label],
  });

  it('numbers each part’s parameters after the previous parts’ and answers each result in order', async () => {
    await db.transaction(async (manager) => {
      await manager.query(`DELETE FROM ${table}`);
      const together = new Together();
      together.add(insert('first', 1, 'one'));
      together.add(insert('second', 20, 'twenty'));
      together.add({ ctes: [], result: '$1::text', params: ['echo'] });
      expect((await together.run(manager)).map(String)).toEqual(['1', '20', 'echo']);
      const rows: { n: number; label: string }[] = await manager.query(
        `SELECT n, label FROM ${table} ORDER BY n`,
      );
      expect(rows).toEqual([
        { n: 1, label: 'one' },
        { n: 20, label: 'twenty' },
      ]);
    });
  });

  it('refuses two parts naming the same CTE', async () => {
    const clash = new Together();
    clash.add(insert('same', 1, 'a'));
    clash.add(insert('same', 2, 'b'));
    await expect(clash.run(db.manager)).rejects.toThrow('Two parts of one statement name the CTE same');
  });

  // A part that refuses when its own insert answers `refusedAt`.
  const refusing = (name: string, n: number, refusedAt: number) => ({
    ...insert(name, n, name),
    refuse: {
      unless: `(SELECT sum(n) FROM ${name}) <> ${refusedAt}`,
      refusal: () => new Error(`${name} refused`),
    },
  });

  it.each([
    ['with the transaction committed after it', false],
    ['with COMMIT written behind it', true],
  ])(
    'fails the statement with a refusing part’s own error and undoes the whole transaction, %s',
    async (_, last) => {
      await db.query(`DELETE FROM ${table}`);
      await expect(
        db.transaction(async (manager) => {
          await manager.query(`INSERT INTO ${table} (n, label) VALUES (1, 'before')`);
          const together = new Together();
          together.add(insert('alongside', 2, 'alongside'));
          together.add(refusing('refuser', 5, 5));
          await together.run(manager, { last });
        }),
      ).rejects.toThrow('refuser refused');
      expect(await db.query(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    },
  );

  it('commits a statement whose refusing parts all pass, with COMMIT written behind it', async () => {
    await db.query(`DELETE FROM ${table}`);
    let read: unknown;
    await db.transaction(async (manager) => {
      await manager.query(`INSERT INTO ${table} (n, label) VALUES (1, 'before')`);
      const together = new Together();
      together.add(refusing('passer', 7, 5), (value) => (read = value));
      await together.run(manager, { last: true });
    });
    expect(String(read)).toBe('7');
    expect(await db.query(`SELECT n FROM ${table} ORDER BY n`)).toEqual([{ n: 1 }, { n: 7 }]);
  });

  it('sends nothing when no part was added', async () => {
    await expect(new Together().run(db.manager)).resolves.toEqual([]);
  });
});
