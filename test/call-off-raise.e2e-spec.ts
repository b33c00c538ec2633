import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { PreparingClient } from '../src/database/preparing-client';
import { addDays } from '../src/calendar/engine/dates';
import { EFFECTIVE_STATUS_SQL } from '../src/call-offs/call-offs.service';
import { StoredStatus, effectiveStatus } from '../src/call-offs/engine/lifecycle';
import { todayIso } from '../src/common/date-only';
import { callOffBody, market, raise } from './support/call-offs';
import { recordCheck } from './support/providers';
import { random } from './support/random';
import { Response, TestApp, startTestApp } from './support/test-app';

describe('raising a call-off', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
  });
  afterAll(() => api.close());

  // Every statement the API sends to PostgreSQL while `work` runs (transaction control included): through TypeORM's
  // query runners, or written together by the pool's client (PreparingClient.queryAll, and a transaction's last
  // statement with its COMMIT, queryThenCommit).
  async function statements<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
    const spies = [
      jest.spyOn(PostgresQueryRunner.prototype, 'query'),
      jest.spyOn(PreparingClient.prototype, 'queryThenCommit'),
      jest.spyOn(PreparingClient.prototype, 'queryAll'),
    ];
    try {
      const result = await work();
      const calls = spies.flatMap((spy) =>
        spy.mock.invocationCallOrder.map((order, i) => ({ order, call: spy.mock.calls[i] as unknown[] })),
      );
      calls.sort((a, b) => a.order - b.order);
      const texts = calls.flatMap(({ call }) =>
        Array.isArray(call[0]) ? (call[0] as { sql: string }[]).map((s) => s.sql) : [String(call[0])],
      );
      return { result, sql: texts.map((text) => text.replace(/\s+/g, ' ')) };
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  }

  it('runs at most 8 statements with warm caches, and a write to another lot keeps them warm', async () => {
    const m = await market(api, { count: 3 });
    const other = await market(api, { count: 1 });
    const named = (n: number) =>
      callOffBody(m.lotId, { providerId: m.providers[n % 3].id, justification: 'Nearest to home' });
    expect((await raise(api, m.commissioner, named(0))).status).toBe(201);
    const warm = await statements(() => raise(api, m.commissioner, named(1)));
    expect(warm.result.status).toBe(201);
    // The answer is the call-off as written: what reading it back gives, every column of the one INSERT included.
    const read = await api.get(`/v1/call-offs/${warm.result.body.id}`, { key: m.commissioner });
    expect(warm.result.body).toEqual({ ...read.body, review: warm.result.body.review });
    // The key (unless this instance keeps it, src/auth/key-cache.ts); the change counts with the lot's capacity for
    // the ranking; then the transaction: the lock with the provider's capacity (and the call-off's number and time),
    // and one statement for the call-off and what follows from it: its capacity hold, the transactional outbox and
    // the audit trail (DESIGN §3: its event, its audit entry) and the request's stored answer (so a repeat of it
    // replays the answer). No job: the outbox's relay hands the event to webhooks once it commits.
    expect(warm.sql.length).toBeLessThanOrEqual(8);
    expect(warm.sql.filter((sql) => sql.includes('INSERT INTO call_offs'))).toEqual([
      expect.stringMatching(/INSERT INTO capacity_holds .*INSERT INTO call_offs .*INSERT INTO events /),
    ]);
    const beside = warm.sql.filter((sql) =>
      /INSERT INTO (capacity_holds|events|audit_log|idempotency_records)/.test(sql),
    );
    expect(beside).toHaveLength(1);
    expect(beside[0]).toMatch(
      /INSERT INTO capacity_holds .*INSERT INTO events .*INSERT INTO audit_log .*INSERT INTO idempotency_records /,
    );
    expect(warm.sql.join('\n')).not.toContain('add_job');

    // A due-diligence check on another lot's provider moves only that lot's count.
    await recordCheck(api, other.providers[0].id, 'first_aid', { verifiedAt: '2026-10-01' });
    const still = await statements(() => raise(api, m.commissioner, named(2)));
    expect(still.result.status).toBe(201);
    expect(still.sql.length).toBe(warm.sql.length);

    // One on this lot's provider is seen by the next raise: the check now expires before the placement ends.
    await recordCheck(api, m.providers[0].id, 'first_aid', {
      verifiedAt: '2026-10-01',
      expiresAt: '2027-01-31',
    });
    const cold = await statements(() => raise(api, m.commissioner, named(3)));
    expect(cold.result.status).toBe(201);
    expect(cold.sql.length).toBeGreaterThan(warm.sql.length);
    expect(cold.result.body.warnings).toEqual([
      {
        code: 'check_expires_during_placement',
        detail: 'first_aid expires on 2027-01-31, before the placement ends on 2027-03-31.',
      },
    ]);
  });

  it('locks a named provider in its first round trip, with the reads for the ranking under the lock', async () => {
    const m = await market(api, { count: 2 });
    const body = (providerId?: string) =>
      callOffBody(m.lotId, providerId ? { providerId, justification: 'Nearest to home' } : {});
    expect((await raise(api, m.commissioner, body())).status).toBe(201);
    await api.keepKey(m.commissioner);
    const together = jest.spyOn(PreparingClient.prototype, 'queryAll');
    const alone = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const texts = (spy: jest.SpyInstance) =>
      spy.mock.calls.map((call: unknown[]) =>
        Array.isArray(call[0])
          ? (call[0] as { sql: string }[]).map((s) => s.sql.replace(/\s+/g, ' '))
          : call[0],
      );
    try {
      // Named: the lock (the provider's s.463 count, then its capacity on the lot), its capacity with the
      // call-off's number, and the change counts with the lot's capacity for the ranking, written together; then
      // the write with its COMMIT. The API key is kept (KeyCache), so nothing goes alone but the transaction's
      // control, which the pool's client holds and writes with those.
      const named = await raise(api, m.commissioner, body(m.providers[1].id));
      expect(named.status).toBe(201);
      expect(texts(together)).toEqual([
        [
          expect.stringContaining('pg_advisory_xact_lock'),
          expect.stringContaining('FROM capacity_declarations'),
          expect.stringContaining('FROM change_counters'),
        ],
      ]);
      expect(together.mock.calls[0][0][0].params).toEqual([
        [`provider:${m.providers[1].id}`, `capacity:${m.providers[1].id}:${m.lotId}`],
      ]);
      expect(
        texts(alone).filter((sql) => !/^(START TRANSACTION|SET LOCAL|COMMIT)/.test(String(sql))),
      ).toEqual([]);
      together.mockClear();
      alone.mockClear();
      // Not named: the provider is known once the match has ranked them, so the opening read goes first, alone.
      expect((await raise(api, m.commissioner, body())).status).toBe(201);
      expect(
        texts(alone).filter((sql) => !/^(START TRANSACTION|SET LOCAL|COMMIT)/.test(String(sql))),
      ).toEqual([expect.stringContaining('FROM change_counters')]);
      expect(texts(together)).toEqual([
        [
          expect.stringContaining('pg_advisory_xact_lock'),
          expect.stringContaining('FROM capacity_declarations'),
        ],
      ]);
    } finally {
      together.mockRestore();
      alone.mockRestore();
    }
  });

  it('raises through the connection its transaction holds: with one connection and cold caches, no raise waits for ever', async () => {
    const single = await startTestApp({ env: { DB_POOL_SIZE: '1' } });
    try {
      single.clock.setToday('2026-11-02');
      const m = await market(single, { count: 3 });
      // A check on the lot moves its count: every kept term and match plan is cold for what follows.
      await recordCheck(single, m.providers[0].id, 'first_aid', { verifiedAt: '2026-10-01' });
      const answers = await Promise.all([
        ...[0, 1, 2, 0, 1, 2].map((n) =>
          raise(
            single,
            m.commissioner,
            callOffBody(m.lotId, { providerId: m.providers[n].id, justification: 'Nearest to home' }),
          ),
        ),
        // Through the pool, sharing the lot's cold reads with the raises.
        single.get(`/v1/lots/${m.lotId}/matches?startDate=2026-11-09&endDate=2027-03-31&sessionsPerWeek=10`, {
          key: m.commissioner,
        }),
        raise(single, m.commissioner, callOffBody(m.lotId)),
      ]);
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 201, 200, 201]);
    } finally {
      await single.close();
    }
  });

  it('leaves no gap in the numbers when raises are refused, or repeated with their key, after drawing theirs', async () => {
    // A database of its own: other test files' raises draw from the same sequence.
    const own = await startTestApp({ ownDatabase: true });
    try {
      own.clock.setToday('2026-11-02');
      const m = await market(own, { count: 2 });
      const stranger = await market(own, { count: 1 });
      const numbers: number[] = [];
      const raised = async (body: Record<string, unknown>) => {
        const answer = await raise(own, m.commissioner, body);
        expect(answer.status).toBe(201);
        numbers.push(Number(answer.body.reference.slice(3)));
      };
      await raised(callOffBody(m.lotId));
      // Named, so locked with its number drawn before the match, then refused: not a member of this lot; and a
      // placement rule the match's terms check.
      const refusals = await Promise.all([
        raise(
          own,
          m.commissioner,
          callOffBody(m.lotId, { providerId: stranger.providers[0].id, justification: 'x' }),
        ),
        raise(
          own,
          m.commissioner,
          callOffBody(m.lotId, {
            providerId: m.providers[0].id,
            justification: 'x',
            childRef: 'A12345678901B',
          }),
        ),
      ]);
      expect(refusals.map((r) => r.body.code).sort()).toEqual([
        'child_ref_looks_like_upn',
        'provider_ineligible',
      ]);
      const named = callOffBody(m.lotId, { providerId: m.providers[1].id, justification: 'Nearest to home' });
      const first = await raise(own, m.commissioner, named, 'named-once');
      expect(first.status).toBe(201);
      numbers.push(Number(first.body.reference.slice(3)));
      // Repeats of that request with its key, named and not (each makes the raise again, and its write is refused
      // for the key before the first raise's answer is replayed).
      const repeat = await raise(own, m.commissioner, named, 'named-once');
      expect(repeat.body).toEqual(first.body);
      const plain = callOffBody(m.lotId);
      const once = await raise(own, m.commissioner, plain, 'plain-once');
      expect(once.status).toBe(201);
      numbers.push(Number(once.body.reference.slice(3)));
      expect((await raise(own, m.commissioner, plain, 'plain-once')).body).toEqual(once.body);
      await raised(callOffBody(m.lotId, { providerId: m.providers[0].id, justification: 'Nearest to home' }));
      expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2, numbers[0] + 3]);
    } finally {
      await own.close();
    }
  });

  it('answers a lot the commissioner may not use and a lot that does not exist alike', async () => {
    const m = await market(api, { count: 1 });
    const outsider = await market(api, { count: 1 });
    const real = await raise(api, outsider.commissioner, callOffBody(m.lotId));
    const missing = await raise(api, outsider.commissioner, callOffBody(randomUUID()));
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(real.status).toBe(422);
    expect(real.body.code).toBe('not_entitled');
    expect({ status: missing.status, body: strip(missing.body) }).toEqual({
      status: real.status,
      body: strip(real.body),
    });
  });

  describe('updatedSince on the list', () => {
    it('lists what changed at or after the instant, page by page, and names the field when it is not RFC 3339', async () => {
      const m = await market(api, { count: 1 });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await raise(api, m.commissioner, callOffBody(m.lotId))).body.id);
      const db = api.app.get(DataSource);
      // The first was last changed long ago; the others after the instant asked about.
      await db.query(`UPDATE call_offs SET updated_at = '2026-01-01T00:00:00Z' WHERE id = $1`, [ids[0]]);
      const since = '2026-06-01T09:00:00+01:00';
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Response = await api.get(
          `/v1/call-offs?lotId=${m.lotId}&limit=1&updatedSince=${encodeURIComponent(since)}${cursor ? `&cursor=${cursor}` : ''}`,
          { key: m.commissioner },
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((c: { id: string }) => c.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual([ids[1], ids[2]].sort());

      for (const bad of ['2026-06-01', 'yesterday', '2026-13-01T00:00:00Z', '2026-06-01T25:00:00Z']) {
        const refused = await api.get(`/v1/call-offs?updatedSince=${encodeURIComponent(bad)}`, {
          key: m.commissioner,
        });
        expect({ bad, status: refused.status, field: refused.body.errors?.[0]?.field }).toEqual({
          bad,
          status: 400,
          field: 'updatedSince',
        });
      }
    });
  });

  it('filters by the same status in SQL as the lifecycle rule gives, on random call-offs', async () => {
    const db = api.app.get(DataSource);
    const seed = 20261102;
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const statuses: StoredStatus[] = ['offered', 'accepted', 'declined', 'withdrawn', 'lapsed'];
    const base = Date.parse('2026-11-02T00:00:00Z');
    const sql = EFFECTIVE_STATUS_SQL.replace(/:now/g, '$2').replace(/:today/g, '$3');
    let compared = 0;
    const seenStatuses = new Set<string>();
    for (let round = 0; round < 20; round++) {
      // Around midnight in London too, where today and now disagree with UTC.
      const now = new Date(base + Math.floor(next() * 40) * 3_600_000 + pick([0, 1, 59_999]));
      const today = todayIso(now);
      const rows = Array.from({ length: 50 }, (_, id) => {
        const start = addDays(today, Math.floor(next() * 20) - 10);
        const end = addDays(start, Math.floor(next() * 15));
        return {
          id,
          status: pick(statuses),
          // Sometimes exactly now: an offer lapses at its expiry instant.
          offer_expires_at: new Date(
            next() < 0.2 ? now.getTime() : now.getTime() + Math.floor((next() - 0.5) * 4 * 86_400_000),
          ).toISOString(),
          start_date: start,
          end_date: end,
          terminated_on: next() < 0.4 ? end : null,
        };
      });
      const answers: { id: number; status: string }[] = await db.query(
        `SELECT c.id, ${sql} AS status
           FROM jsonb_to_recordset($1::jsonb) AS c(id int, status call_off_stored_status, offer_expires_at timestamptz,
                start_date date, end_date date, terminated_on date)
          ORDER BY c.id`,
        [JSON.stringify(rows), now, today],
      );
      for (const row of rows) {
        const expected = effectiveStatus(
          {
            status: row.status,
            offerExpiresAt: new Date(row.offer_expires_at),
            startDate: row.start_date,
            endDate: row.end_date,
            terminatedOn: row.terminated_on,
          },
          now,
          today,
        );
        expect({ seed, round, row, status: answers[row.id].status }).toEqual({
          seed,
          round,
          row,
          status: expected,
        });
        seenStatuses.add(expected);
        compared++;
      }
    }
    expect(compared).toBe(1000);
    // Every status a reader can see must come up, or the comparison proves little.
    expect([...seenStatuses].sort()).toEqual(
      ['accepted', 'active', 'completed', 'declined', 'lapsed', 'offered', 'terminated', 'withdrawn'].sort(),
    );
  });
});
