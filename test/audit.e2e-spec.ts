import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditSealer } from '../src/audit/audit-sealer';
import { AuditService } from '../src/audit/audit.service';
import { ApiKeysService } from '../src/auth/api-keys.service';
import { Caller, Role } from '../src/auth/role';
import { Market, callOffBody, market } from './support/call-offs';
import { createOrganisation } from './support/fixtures';
import { TestApp, startTestApp, unique } from './support/test-app';

// A database of its own: the tamper tests edit the log behind the trigger, and the chain is counted from entry 1.
describe('audit trail', () => {
  let api: TestApp;
  let db: DataSource;
  let sealer: AuditSealer;
  let m: Market;
  let auditor: string;

  const callerOf = async (key: string): Promise<Caller> =>
    (await api.app.get(ApiKeysService).authenticate(key)) as Caller;
  const entriesAbout = async (subjectId: string) => {
    const page = await api.get(`/v1/audit?subjectId=${subjectId}&limit=200`);
    expect(page.status).toBe(200);
    return page.body.data as any[];
  };

  beforeAll(async () => {
    api = await startTestApp({ ownDatabase: true });
    api.clock.setToday('2026-11-02');
    db = api.app.get(DataSource);
    sealer = api.app.get(AuditSealer);
    m = await market(api, { count: 1 });
    auditor = await api.issueKey(Role.Auditor);
  });

  afterAll(async () => {
    await api.close();
  });

  it('records who raised, accepted and varied a call-off, when, and the request id, with none of the child’s data', async () => {
    const body = callOffBody(m.lotId, {
      providerId: m.providers[0].id,
      justification: 'Closest to where the child lives',
      child: { yearGroup: 8, ehcp: true, lookedAfter: true, needsSummary: 'Autism; sensory needs' },
      sendCaseworkerNotifiedAt: '2026-11-02',
      sessionsPerWeek: 4,
    });
    const before = Date.now();
    const raised = await api.post('/v1/call-offs', body, {
      key: m.commissioner,
      headers: { 'idempotency-key': unique('idem'), 'x-request-id': 'audit-raise-1' },
    });
    expect(raised.status).toBe(201);
    const id: string = raised.body.id;
    const accepted = await api.post(`/v1/call-offs/${id}/accept`, {}, { key: m.providers[0].key });
    expect(accepted.status).toBe(200);
    const reason = 'Returned to mainstream school after the EHC plan review';
    const varied = await api.post(
      `/v1/call-offs/${id}/variations`,
      { kind: 'terminate', effectiveDate: '2026-12-18', reason },
      { key: m.commissioner, headers: { 'x-request-id': 'audit-vary-1' } },
    );
    expect(varied.status).toBe(200);

    const entries = await entriesAbout(id);
    expect(entries.map((e) => e.action)).toEqual(['createCallOff', 'acceptCallOff', 'createVariation']);
    const commissioner = await callerOf(m.commissioner);
    const provider = await callerOf(m.providers[0].key);
    expect(entries[0]).toMatchObject({
      kind: 'write',
      requestId: 'audit-raise-1',
      route: 'POST /v1/call-offs',
      actor: {
        keyId: commissioner.keyId,
        role: 'commissioner',
        organisationId: m.org.id,
        providerId: null,
      },
      subject: { type: 'call_off', id },
    });
    const at = Date.parse(entries[0].recordedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    expect(entries[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'lotId', value: m.lotId },
        { field: 'providerId', value: m.providers[0].id },
        { field: 'sessionsPerWeek', value: 4 },
        { field: 'justification' },
      ]),
    );
    expect(entries[1]).toMatchObject({
      actor: { keyId: provider.keyId, role: 'provider', providerId: m.providers[0].id },
      subject: { type: 'call_off', id },
    });
    expect(entries[2]).toMatchObject({ requestId: 'audit-vary-1' });
    // What was asked, then what the writer changed, in the same entry (recorded in the change's transaction).
    expect(entries[2].changes).toEqual(
      expect.arrayContaining([
        { field: 'kind', value: 'terminate' },
        { field: 'effectiveDate', value: '2026-12-18' },
        { field: 'reason' },
        { field: 'change', value: 'terminated' },
        { field: 'terminatedOn', value: '2026-12-18' },
      ]),
    );
    for (const entry of entries) expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);

    // Nothing about the child, neither in the API's answer nor in the stored rows.
    const rows = JSON.stringify(await db.query('SELECT * FROM audit_log WHERE subject_id = $1', [id]));
    for (const text of [JSON.stringify(entries), rows])
      for (const secret of [
        body.childRef,
        'ehcp',
        'lookedAfter',
        'needsSummary',
        'Autism',
        'sendCaseworkerNotifiedAt',
        'plan',
        'objectives',
        'Re-engage',
        'reintegration',
        'primaryReason',
        'Medical needs',
        'Closest to where',
        reason,
        'EHC',
      ])
        expect(text).not.toContain(secret);
  });

  it('records each admin and auditor read of a call-off, single or listed, and no commissioner’s', async () => {
    const raised = await api.post(
      '/v1/call-offs',
      callOffBody(m.lotId, { providerId: m.providers[0].id, justification: 'x', sessionsPerWeek: 1 }),
      { key: m.commissioner, headers: { 'idempotency-key': unique('idem') } },
    );
    expect(raised.status).toBe(201);
    const id: string = raised.body.id;
    const reads = async () => (await entriesAbout(id)).filter((e) => e.kind === 'read');

    expect((await api.get(`/v1/call-offs/${id}`, { key: m.commissioner })).status).toBe(200);
    expect((await api.get(`/v1/call-offs?lotId=${m.lotId}`, { key: m.commissioner })).status).toBe(200);
    expect(await reads()).toEqual([]);

    expect(
      (await api.get(`/v1/call-offs/${id}`, { headers: { 'x-request-id': 'admin-read-1' } })).status,
    ).toBe(200);
    const listed = await api.get(`/v1/call-offs?lotId=${m.lotId}&limit=200`, { key: auditor });
    expect(listed.status).toBe(200);
    const [adminRead, auditorRead] = await reads();
    const admin = await callerOf(api.adminKey);
    expect(adminRead).toMatchObject({
      kind: 'read',
      action: 'getCallOff',
      requestId: 'admin-read-1',
      actor: { keyId: admin.keyId, role: 'admin' },
      subject: { type: 'call_off', id },
      changes: [],
    });
    expect(auditorRead).toMatchObject({
      action: 'listCallOffs',
      actor: { keyId: (await callerOf(auditor)).keyId, role: 'auditor' },
    });
    // One entry for every call-off on the page the auditor read.
    const listRequest = auditorRead.requestId;
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE kind = 'read' AND request_id = $1`,
      [listRequest],
    );
    expect(n).toBe(listed.body.data.length);
  });

  it('shows the audit endpoints to admin and auditor only', async () => {
    for (const path of ['/v1/audit', '/v1/audit/verify', '/v1/audit/head']) {
      expect((await api.get(path, { key: m.commissioner })).status).toBe(403);
      expect((await api.get(path, { key: m.providers[0].key })).status).toBe(403);
      expect((await api.get(path, { key: auditor })).status).toBe(200);
      expect((await api.get(path)).status).toBe(200);
      expect((await api.get(path, { key: null })).status).toBe(401);
    }
  });

  it('pages the log in chain order, from a position or a cursor', async () => {
    const head = (await api.get('/v1/audit/head')).body;
    expect(head.size).toBeGreaterThan(3);
    const first = await api.get('/v1/audit?limit=2');
    expect(first.body.data.map((e: { seq: number }) => e.seq)).toEqual([1, 2]);
    expect(first.body.data[1].prevHash).toBe(first.body.data[0].hash);
    const next = await api.get(`/v1/audit?limit=2&cursor=${first.body.nextCursor}`);
    expect(next.body.data.map((e: { seq: number }) => e.seq)).toEqual([3, 4]);
    const after = await api.get(`/v1/audit?after=${head.size - 1}`);
    expect(after.body.data.map((e: { seq: number }) => e.seq)).toEqual([head.size]);
    expect(after.body.data[0].hash).toBe(head.headHash);
    expect(after.body.nextCursor).toBeNull();
    const both = await api.get(`/v1/audit?after=1&cursor=${first.body.nextCursor}`);
    expect(both.status).toBe(400);
    expect((await api.get('/v1/audit?cursor=nonsense')).body.code).toBe('invalid_cursor');
    expect((await api.get('/v1/audit?subjectId=42')).status).toBe(400);
  });

  it('seals the entries of 20 concurrent writers into one unbroken chain', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.post('/v1/organisations', { name: unique('Council'), kind: 'school' }),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    // Sealers on several instances (or a job and the trigger) may run at once: the lock keeps one chain.
    await Promise.all([sealer.sealPending(), sealer.sealPending(), sealer.sealPending()]);
    for (const r of created) {
      const [entry] = await entriesAbout(r.body.id);
      expect(entry).toMatchObject({
        action: 'createOrganisation',
        subject: { type: 'organisation', id: r.body.id },
      });
    }
    const [{ unsealed, seqs, max }] = await db.query(
      `SELECT count(*) FILTER (WHERE seq IS NULL)::int AS unsealed, count(seq)::int AS seqs, max(seq)::int AS max
         FROM audit_log`,
    );
    expect(unsealed).toBe(0);
    expect(seqs).toBe(max);
    const verified = await api.get('/v1/audit/verify', { key: auditor });
    expect(verified.body).toMatchObject({ valid: true, size: max, unsealed: 0, firstFailure: null });
  });

  it('chains an entry whose transaction commits late after those sealed meanwhile, without a gap', async () => {
    const audit = api.app.get(AuditService);
    const admin = await callerOf(api.adminKey);
    const late = db.createQueryRunner();
    await late.connect();
    await late.startTransaction();
    const subject = { type: 'organisation', id: (await createOrganisation(api)).id };
    await audit.record(late.manager, {
      caller: admin,
      action: 'lateWriter',
      subject,
      input: { kind: 'school' },
    });
    // Entries inserted (and committed) after the open one get higher ids, and are sealed first.
    await createOrganisation(api);
    await sealer.sealPending();
    const [{ id: lateId }] = await late.query(`SELECT id FROM audit_log WHERE action = 'lateWriter'`);
    const [{ max: sealedBefore }] = await db.query('SELECT max(seq)::int AS max FROM audit_log');
    const [{ higher }] = await db.query('SELECT count(*)::int AS higher FROM audit_log WHERE id > $1', [
      lateId,
    ]);
    expect(higher).toBeGreaterThan(0);
    await late.commitTransaction();
    await late.release();
    await sealer.sealPending();
    const [entry] = (await entriesAbout(subject.id)).filter((e) => e.action === 'lateWriter');
    expect(entry.seq).toBe(sealedBefore + 1);
    expect((await api.get('/v1/audit/verify')).body.valid).toBe(true);
  });

  it('stores the entries recorded together even when one of them cannot be stored', async () => {
    const audit = api.app.get(AuditService);
    const admin = await callerOf(api.adminKey);
    const good = (await createOrganisation(api)).id;
    // The first goes at once; the two after it wait for it and are inserted together, the bad one with the good one.
    const results = await Promise.allSettled([
      audit.recordRequest({
        caller: admin,
        action: 'groupedWrite',
        subject: { type: 'organisation', id: good },
      }),
      audit.recordReads(admin, 'getCallOff', 'call_off', ['not-a-uuid']),
      audit.recordReads(admin, 'getCallOff', 'call_off', [good]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action IN ('groupedWrite', 'getCallOff')`,
      [good],
    );
    expect(n).toBe(2);
  });

  it('records nothing for a request that failed', async () => {
    const [{ n: before }] = await db.query('SELECT count(*)::int AS n FROM audit_log');
    const refused = await api.post('/v1/organisations', { name: '', kind: 'nonsense' });
    expect(refused.status).toBe(400);
    const missing = await api.post(`/v1/frameworks/${m.lotId}/activate`, {});
    expect(missing.status).toBe(404);
    const [{ n: after }] = await db.query('SELECT count(*)::int AS n FROM audit_log');
    expect(after).toBe(before);
  });

  it('refuses UPDATE, DELETE, TRUNCATE and forged seals through the application’s connection', async () => {
    await sealer.sealPending();
    const refused = /append-only|inserted unsealed/;
    await expect(db.query(`UPDATE audit_log SET action = 'forged' WHERE seq = 1`)).rejects.toThrow(refused);
    await expect(db.query(`UPDATE audit_log SET hash = repeat('a', 64) WHERE seq = 1`)).rejects.toThrow(
      refused,
    );
    await expect(
      db.query(`UPDATE audit_log SET seq = NULL, hash = NULL, prev_hash = NULL WHERE seq = 1`),
    ).rejects.toThrow(refused);
    await expect(db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(refused);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(refused);
    await expect(
      db.query(
        `INSERT INTO audit_log (kind, action, subject_type, changes, seq, prev_hash, hash)
         VALUES ('write', 'forged', 'x', '[]', 999999, repeat('0', 64), repeat('1', 64))`,
      ),
    ).rejects.toThrow(refused);
    // Not sealed yet is not editable either: the one UPDATE allowed fills the seal columns and nothing else.
    await expect(
      db.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO audit_log (kind, action, subject_type, changes) VALUES ('write', 'x', 'x', '[]')`,
        );
        await manager.query(`UPDATE audit_log SET action = 'y', seq = 999999, prev_hash = repeat('0', 64),
          hash = repeat('0', 64) WHERE action = 'x'`);
      }),
    ).rejects.toThrow(refused);
    expect((await api.get('/v1/audit/verify')).body.valid).toBe(true);
  });

  it('verifies an untouched log and a notarised head', async () => {
    const head = (await api.get('/v1/audit/head')).body;
    const verified = await api.get(`/v1/audit/verify?size=${head.size}&headHash=${head.headHash}`);
    expect(verified.body).toMatchObject({
      valid: true,
      size: head.size,
      headHash: head.headHash,
      firstFailure: null,
    });
    const wrong = await api.get(`/v1/audit/verify?size=${head.size}&headHash=${'f'.repeat(64)}`);
    expect(wrong.body).toMatchObject({
      valid: false,
      firstFailure: { seq: head.size, reason: 'notarised_head_mismatch' },
    });
    expect((await api.get(`/v1/audit/verify?size=${head.size}`)).status).toBe(400);
  });

  it('can be recomputed outside the service from the pages of GET /v1/audit (the README recipe)', async () => {
    const entries: any[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: any = await api.get(`/v1/audit?limit=200${cursor ? `&cursor=${cursor}` : ''}`, {
        key: auditor,
      });
      entries.push(...page.body.data);
      cursor = page.body.nextCursor;
    }
    let prev = '0'.repeat(64);
    for (const e of entries) {
      const { hash, prevHash, ...entry } = e;
      expect(prevHash).toBe(prev);
      entry.id = Number(entry.id);
      prev = createHash('sha256').update(Buffer.from(prev, 'hex')).update(canonicalize(entry)!).digest('hex');
      expect(prev).toBe(hash);
    }
    expect(entries.length).toBe((await api.get('/v1/audit/head')).body.size);
  });

  // As the table's owner, who can switch the trigger off: the chain is what shows the edit.
  async function behindTheTrigger(sql: string, params: unknown[]): Promise<void> {
    await db.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_log DISABLE TRIGGER tr_audit_log_append_only');
      await manager.query(sql, params);
      await manager.query('ALTER TABLE audit_log ENABLE TRIGGER tr_audit_log_append_only');
    });
  }

  it('names the entry edited directly in the database, and a removed one', async () => {
    const head = (await api.get('/v1/audit/head')).body;
    const target = Math.floor(head.size / 2);
    const [row] = await db.query('SELECT id, actor_role FROM audit_log WHERE seq = $1', [target]);
    // Someone makes an admin's action look like a provider's.
    await behindTheTrigger(`UPDATE audit_log SET actor_role = 'provider' WHERE seq = $1`, [target]);
    const edited = await api.get('/v1/audit/verify', { key: auditor });
    expect(edited.body).toMatchObject({
      valid: false,
      size: target - 1,
      firstFailure: { seq: target, entryId: row.id, reason: 'hash_mismatch' },
    });

    await behindTheTrigger('UPDATE audit_log SET actor_role = $2 WHERE seq = $1', [target, row.actor_role]);
    expect((await api.get('/v1/audit/verify')).body.valid).toBe(true);

    const [removed] = await db.query('SELECT id FROM audit_log WHERE seq = 3');
    await behindTheTrigger('DELETE FROM audit_log WHERE id = $1', [removed.id]);
    const gap = await api.get('/v1/audit/verify');
    expect(gap.body).toMatchObject({
      valid: false,
      firstFailure: { seq: 3, entryId: null, reason: 'missing_entry' },
    });
  });
});

describe('audit trail switched off (AUDIT_TRAIL=off, for the benchmark only)', () => {
  it('records nothing', async () => {
    const api = await startTestApp({ env: { AUDIT_TRAIL: 'off' } });
    try {
      const created = await api.post('/v1/organisations', { name: unique('Council'), kind: 'school' });
      expect(created.status).toBe(201);
      const rows = await api.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1', [created.body.id]);
      expect(rows[0].n).toBe(0);
    } finally {
      await api.close();
    }
  });
});
