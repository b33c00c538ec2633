import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { EventsService } from '../src/events/events.service';
import { CheckExpiryScan } from '../src/scheduled/check-expiry-scan';
import { createFramework, createLot, createOrganisation } from './support/fixtures';
import {
  activeFrameworkWithLots,
  addMember,
  approvedProvider,
  createProvider,
  recordCheck,
} from './support/providers';
import { feedCaughtUp } from './support/feed';
import { TestApp, startTestApp } from './support/test-app';

interface FeedEvent {
  id: string;
  type: string;
  subject: { type: string; id: string; version: number | null };
  frameworkId: string | null;
  commissionerOrganisationId: string | null;
  providerId: string | null;
  payload: Record<string, unknown>;
  restricted?: Record<string, unknown>;
}

// Reads the whole feed as this key, following nextCursor until a page comes back empty.
async function readAll(api: TestApp, key: string, query = ''): Promise<FeedEvent[]> {
  await feedCaughtUp(api.app.get(DataSource));
  const events: FeedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const url = `/v1/events?limit=200${query}${after ? `&after=${after}` : ''}`;
    const page = await api.get<{ data: FeedEvent[]; nextCursor: string }>(url, { key });
    if (page.status !== 200) throw new Error(`feed: ${page.status} ${page.text}`);
    events.push(...page.body.data);
    if (page.body.data.length === 0) return events;
    after = page.body.nextCursor;
  }
}

describe('Events: the outbox and the feed', () => {
  let api: TestApp;
  let auditor: string;

  beforeAll(async () => {
    api = await startTestApp();
    auditor = await api.issueKey(Role.Auditor);
  });
  afterAll(() => api.close());

  it('records each change of the non-call-off capabilities as an event, in the same transaction', async () => {
    const { framework, openLot } = await activeFrameworkWithLots(api);
    const provider = await approvedProvider(api);
    await addMember(api, openLot.id, provider.id);
    const suspended = await api.post(`/v1/lots/${openLot.id}/members/${provider.id}/suspend`, {
      reason: 'Safeguarding concern under review',
    });
    expect(suspended.status).toBe(200);
    const reinstated = await api.post(`/v1/lots/${openLot.id}/members/${provider.id}/reinstate`, {
      reason: 'Review closed',
    });
    expect(reinstated.status).toBe(200);
    const providerKey = await api.issueKey(Role.Provider, { providerId: provider.id });
    const card = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId: openLot.id, effectiveFrom: '2027-04-01', lines: [{ unit: 'day', pricePence: 9000 }] },
      { key: providerKey },
    );
    expect(card.status).toBe(201);
    expect((await api.post(`/v1/rate-cards/${card.body.id}/approve`, {})).status).toBe(200);
    const second = await api.post(
      `/v1/providers/${provider.id}/rate-cards`,
      { lotId: openLot.id, effectiveFrom: '2028-04-01', lines: [{ unit: 'day', pricePence: 9100 }] },
      { key: providerKey },
    );
    expect((await api.post(`/v1/rate-cards/${second.body.id}/reject`, { reason: 'Late' })).status).toBe(200);
    const declared = await api.post(
      `/v1/providers/${provider.id}/capacity`,
      { lotId: openLot.id, from: '2027-04-01', to: '2027-07-20', sessionsPerWeek: 20 },
      { key: providerKey },
    );
    expect(declared.status).toBe(201);

    const mine = (await readAll(api, auditor)).filter(
      (e) => e.providerId === provider.id || e.frameworkId === framework.id,
    );
    const types = mine.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'framework.activated',
        'check.recorded',
        'provider.directory_status_changed',
        'lot_membership.suspended',
        'lot_membership.reinstated',
        'rate_card.submitted',
        'rate_card.approved',
        'rate_card.rejected',
        'capacity.declared',
      ]),
    );
    // The feed's order is the order the changes committed in, for one writer at a time.
    expect(types.indexOf('lot_membership.suspended')).toBeLessThan(
      types.indexOf('lot_membership.reinstated'),
    );
    expect(types.indexOf('rate_card.submitted')).toBeLessThan(types.indexOf('rate_card.approved'));
    const status = mine.find((e) => e.type === 'provider.directory_status_changed');
    expect(status).toMatchObject({
      subject: { type: 'provider', id: provider.id },
      payload: { from: 'applied', to: 'approved' },
    });
    expect(mine.find((e) => e.type === 'capacity.declared')).toMatchObject({
      frameworkId: framework.id,
      subject: { type: 'capacity_declaration', id: declared.body.id },
      payload: { sessionsPerWeek: 20 },
    });
  });

  it('refuses to rewrite or remove a committed event, even for the service itself', async () => {
    const dataSource = api.app.get(DataSource);
    const subjectId = randomUUID();
    await dataSource.transaction((manager) =>
      api.app.get(EventsService).append(manager, {
        type: 'provider.directory_status_changed',
        subject: { id: subjectId, version: 1 },
        providerId: subjectId,
        payload: { from: 'applied', to: 'approved' },
      }),
    );
    const refused = /events are append-only/;
    await expect(
      dataSource.query(`UPDATE events SET payload = '{}' WHERE subject_id = $1`, [subjectId]),
    ).rejects.toThrow(refused);
    await expect(dataSource.query(`DELETE FROM events WHERE subject_id = $1`, [subjectId])).rejects.toThrow(
      refused,
    );
    await expect(dataSource.query(`TRUNCATE events CASCADE`)).rejects.toThrow(refused);
    const [row]: { payload: unknown }[] = await dataSource.query(
      `SELECT payload FROM events WHERE subject_id = $1`,
      [subjectId],
    );
    expect(row.payload).toEqual({ from: 'applied', to: 'approved' });
  });

  it('leaves no event, and no job, when the change rolls back', async () => {
    const events = api.app.get(EventsService);
    const dataSource = api.app.get(DataSource);
    const subjectId = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await events.append(manager, {
          type: 'provider.directory_status_changed',
          subject: { id: subjectId, version: 2 },
          providerId: subjectId,
          payload: { from: 'applied', to: 'approved' },
        });
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    const rows: unknown[] = await dataSource.query('SELECT 1 FROM events WHERE subject_id = $1', [subjectId]);
    expect(rows).toHaveLength(0);
    // A refused domain change writes nothing either: approval without checks.
    const provider = await createProvider(api);
    const refused = await api.post(`/v1/providers/${provider.id}/directory-status`, {
      status: 'approved',
      reason: 'Panel',
    });
    expect(refused.status).toBe(422);
    const after: unknown[] = await dataSource.query(
      `SELECT 1 FROM events WHERE subject_id = $1 AND type = 'provider.directory_status_changed'`,
      [provider.id],
    );
    expect(after).toHaveLength(0);
  });

  it('refuses to append outside a transaction', async () => {
    const events = api.app.get(EventsService);
    await expect(
      events.append(api.app.get(DataSource).manager, {
        type: 'check.recorded',
        subject: { id: randomUUID(), version: null },
        payload: {},
      }),
    ).rejects.toThrow('needs the manager of the transaction');
  });

  it('never skips or repeats an event for a reader tailing the feed under 20 concurrent writers', async () => {
    const events = api.app.get(EventsService);
    const dataSource = api.app.get(DataSource);
    const run = randomUUID();
    const written: string[] = [];
    // Each writer holds its transaction open for a random while after appending, so later xids commit first.
    const writer = async (w: number) => {
      for (let i = 0; i < 5; i++) {
        const id = await dataSource.transaction(async (manager) => {
          const appended = await events.append(manager, {
            type: 'check.recorded',
            subject: { id: randomUUID(), version: null },
            payload: { run, writer: w, i },
          });
          await manager.query('SELECT pg_sleep($1)', [Math.random() * 0.08]);
          return appended as string;
        });
        written.push(id);
      }
    };
    const seen: FeedEvent[] = [];
    let done = false;
    const tail = async () => {
      let after: string | undefined;
      for (;;) {
        const finished = done;
        const page = await events.feed(
          { role: Role.Auditor, organisationId: null, providerId: null },
          {
            after,
            types: ['check.recorded'],
            limit: 7,
          },
        );
        seen.push(...(page.data as FeedEvent[]).filter((e) => e.payload.run === run));
        after = page.nextCursor;
        if (finished && page.data.length === 0) return;
        if (page.data.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const tailing = tail();
    await Promise.all(Array.from({ length: 20 }, (_, w) => writer(w)));
    done = true;
    await tailing;
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...written].sort());
    // A fresh read from the start returns them in the same order.
    const again = (await readAll(api, auditor, '&types=check.recorded'))
      .filter((e) => e.payload.run === run)
      .map((e) => e.id);
    expect(again).toEqual(ids);
  });

  it('shows each role only what it may read, and children’s data only to the two parties', async () => {
    const events = api.app.get(EventsService);
    const dataSource = api.app.get(DataSource);
    const orgA = await createOrganisation(api);
    const orgB = await createOrganisation(api);
    const framework = await createFramework(api, orgA.id);
    await createLot(api, framework.id);
    const providerP = await createProvider(api);
    const providerQ = await createProvider(api);
    const keys = {
      commissionerA: await api.issueKey(Role.Commissioner, { organisationId: orgA.id }),
      commissionerB: await api.issueKey(Role.Commissioner, { organisationId: orgB.id }),
      providerP: await api.issueKey(Role.Provider, { providerId: providerP.id }),
      providerQ: await api.issueKey(Role.Provider, { providerId: providerQ.id }),
      admin: api.adminKey,
      auditor,
    };
    const callOffId = randomUUID();
    await dataSource.transaction(async (manager) => {
      await events.append(manager, {
        type: 'call_off.offered',
        subject: { id: callOffId, version: 1 },
        frameworkId: framework.id,
        commissionerOrganisationId: orgA.id,
        providerId: providerP.id,
        payload: { status: 'offered' },
        restricted: { ehcp: true, lookedAfter: false, needs: 'SEMH' },
      });
      await events.append(manager, {
        type: 'capacity.declared',
        subject: { id: randomUUID(), version: null },
        frameworkId: framework.id,
        providerId: providerP.id,
        payload: { sessionsPerWeek: 10 },
      });
      await events.append(manager, {
        type: 'check.recorded',
        subject: { id: randomUUID(), version: null },
        providerId: providerP.id,
        payload: { checkType: 'first_aid' },
      });
      await events.append(manager, {
        type: 'provider.directory_status_changed',
        subject: { id: providerP.id, version: 2 },
        providerId: providerP.id,
        payload: { from: 'applied', to: 'approved' },
      });
    });
    const ours = async (key: string) =>
      (await readAll(api, key)).filter((e) => e.providerId === providerP.id);
    const view = async (key: string) =>
      Object.fromEntries((await ours(key)).map((e) => [e.type, e.restricted ?? null]));

    // The commissioner of the call-off and the addressed provider: the call-off with the child's flags.
    expect(await view(keys.commissionerA)).toEqual({
      'call_off.offered': { ehcp: true, lookedAfter: false, needs: 'SEMH' },
      'capacity.declared': null,
      'provider.directory_status_changed': null,
    });
    expect(await view(keys.providerP)).toEqual({
      'call_off.offered': { ehcp: true, lookedAfter: false, needs: 'SEMH' },
      'capacity.declared': null,
      'check.recorded': null,
      'provider.directory_status_changed': null,
    });
    // Another commissioner (not entitled to the framework): only the public directory change.
    expect(await view(keys.commissionerB)).toEqual({ 'provider.directory_status_changed': null });
    // Another provider: nothing about P.
    expect(await view(keys.providerQ)).toEqual({});
    // Admin and auditor: everything, never the child's data.
    for (const key of [keys.admin, keys.auditor]) {
      const all = await ours(key);
      expect(all.map((e) => e.type).sort()).toEqual(
        [
          'call_off.offered',
          'capacity.declared',
          'check.recorded',
          'provider.directory_status_changed',
        ].sort(),
      );
      expect(all.every((e) => e.restricted === undefined)).toBe(true);
      expect(JSON.stringify(all)).not.toContain('SEMH');
    }
    // A webhook subscription's owner is sent each event exactly as its feed shows it, child's data included or not
    // (findVisible is the delivery's read, visibleAmong the fan-out's), and nothing its feed does not show.
    const readers = {
      commissionerA: { role: Role.Commissioner, organisationId: orgA.id, providerId: null },
      commissionerB: { role: Role.Commissioner, organisationId: orgB.id, providerId: null },
      providerP: { role: Role.Provider, organisationId: null, providerId: providerP.id },
      providerQ: { role: Role.Provider, organisationId: null, providerId: providerQ.id },
      admin: { role: Role.Admin, organisationId: null, providerId: null },
      auditor: { role: Role.Auditor, organisationId: null, providerId: null },
    };
    const everyEventOfP = await ours(keys.admin);
    expect(everyEventOfP).toHaveLength(4);
    for (const [name, reader] of Object.entries(readers)) {
      const feed = new Map((await ours(keys[name as keyof typeof keys])).map((e) => [e.id, e]));
      for (const event of everyEventOfP)
        expect(await events.findVisible(reader, event.id)).toEqual(feed.get(event.id) ?? null);
      // The fan-out's check over a batch: the same events, no more.
      expect(
        await events.visibleAmong(
          reader,
          everyEventOfP.map((e) => e.id),
          api.app.get(DataSource).manager,
        ),
      ).toEqual(new Set(everyEventOfP.filter((e) => feed.has(e.id)).map((e) => e.id)));
    }
  });

  it('refuses a cursor it did not issue and an unknown type with a problem', async () => {
    const bad = await api.get('/v1/events?after=nonsense', { key: auditor });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_cursor');
    const type = await api.get('/v1/events?types=call_off.exploded', { key: auditor });
    expect(type.status).toBe(400);
    expect(type.body.code).toBe('validation_failed');
  });

  it('announces a check 30 days before it expires, once, from the daily scan', async () => {
    const provider = await createProvider(api);
    api.clock.setToday('2026-09-01');
    const check = await recordCheck(api, provider.id, 'first_aid', {
      verifiedAt: '2025-09-10',
      expiresAt: '2026-09-30',
    });
    const scan = api.app.get(CheckExpiryScan);
    await scan.scan();
    await scan.scan();
    const expiring = (await readAll(api, auditor, '&types=check.expiring')).filter(
      (e) => e.subject.id === check.id,
    );
    expect(expiring).toHaveLength(1);
    expect(expiring[0]).toMatchObject({ providerId: provider.id, payload: { expiresAt: '2026-09-30' } });
  });
});
