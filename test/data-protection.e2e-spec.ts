import { Role } from '../src/auth/role';
import { callOffBody, Market, market, raise } from './support/call-offs';
import { Response, TestApp, startTestApp, unique } from './support/test-app';

// Free text about a child reaches only the commissioner and the addressed provider (README, Data protection).
describe('who sees a child’s data', () => {
  let api: TestApp;
  let m: Market;
  let auditor: string;
  let accepted: string;
  let declined: string;
  let withdrawn: string;
  const text = {
    primaryReason: unique('Anxiety disorder diagnosed by CAMHS'),
    objective: unique('Manage panic attacks in class'),
    criteria: unique('Settled on medication for six weeks'),
    justification: unique('Only provider with a female mentor, as the EHC plan needs'),
    acceptNote: unique('We have met her social worker'),
    terminateReason: unique('Moved to a foster placement out of area'),
    declineNote: unique('We cannot meet his medical needs'),
    withdrawReason: unique('Admitted to hospital'),
  };

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-11-02');
    m = await market(api, { count: 2 });
    auditor = await api.issueKey(Role.Auditor);
    const body = callOffBody(m.lotId, {
      providerId: m.providers[1].id,
      primaryReason: text.primaryReason,
      justification: text.justification,
      plan: {
        objectives: [text.objective],
        reviewFrequencyWeeks: 6,
        nextStep: 'reintegration',
        reintegrationCriteria: text.criteria,
      },
    });
    accepted = (await raise(api, m.commissioner, body)).body.id;
    await api.post(
      `/v1/call-offs/${accepted}/accept`,
      { note: text.acceptNote },
      { key: m.providers[1].key },
    );
    const terminated = await api.post(
      `/v1/call-offs/${accepted}/variations`,
      { kind: 'terminate', effectiveDate: '2026-12-18', reason: text.terminateReason },
      { key: m.commissioner },
    );
    expect(terminated.status).toBe(200);
    declined = (await raise(api, m.commissioner, callOffBody(m.lotId))).body.id;
    await api.post(
      `/v1/call-offs/${declined}/decline`,
      { reasonCode: 'needs_not_met', note: text.declineNote },
      { key: m.providers[0].key },
    );
    withdrawn = (await raise(api, m.commissioner, callOffBody(m.lotId))).body.id;
    const done = await api.post(
      `/v1/call-offs/${withdrawn}/withdraw`,
      { reason: text.withdrawReason },
      { key: m.commissioner },
    );
    expect(done.status).toBe(200);
  });
  afterAll(() => api.close());

  it('shows every free-text note to the commissioner and the addressed provider', async () => {
    for (const key of [m.commissioner, m.providers[1].key]) {
      const seen = (await api.get(`/v1/call-offs/${accepted}`, { key })).body;
      expect(seen.primaryReason).toBe(text.primaryReason);
      expect(seen.plan).toEqual({
        objectives: [text.objective],
        reviewFrequencyWeeks: 6,
        nextStep: 'reintegration',
        reintegrationCriteria: text.criteria,
      });
      expect(seen.responseNote).toBe(text.acceptNote);
      expect(seen.awardEvidence.justification).toBe(text.justification);
      expect(seen.variations[0].details.reason).toBe(text.terminateReason);
    }
    for (const [id, key, note] of [
      [declined, m.providers[0].key, text.declineNote],
      [declined, m.commissioner, text.declineNote],
      [withdrawn, m.commissioner, text.withdrawReason],
    ])
      expect((await api.get(`/v1/call-offs/${id}`, { key })).body.responseNote).toBe(note);
  });

  it('leaves every free-text note out, not blank, for admin and auditor, who keep the structured record', async () => {
    for (const key of [api.adminKey, auditor]) {
      const response = await api.get(`/v1/call-offs/${accepted}`, { key });
      expect(response.status).toBe(200);
      const seen = response.body;
      for (const field of ['primaryReason', 'responseNote']) expect(Object.keys(seen)).not.toContain(field);
      expect(seen.plan).toEqual({ reviewFrequencyWeeks: 6, nextStep: 'reintegration' });
      expect(Object.keys(seen.awardEvidence)).not.toContain('justification');
      expect(seen.awardEvidence).toMatchObject({ chosenRank: 2, selection: 'named_by_commissioner' });
      expect(seen.variations[0]).toMatchObject({
        kind: 'terminate',
        details: { effectiveDate: '2026-12-18' },
      });
      expect(Object.keys(seen.variations[0].details)).not.toContain('reason');
      expect(seen.child).toMatchObject({ ehcp: null, lookedAfter: null, needsSummary: null });
      for (const id of [accepted, declined, withdrawn]) {
        const raw = (await api.get(`/v1/call-offs/${id}`, { key })).text;
        for (const written of Object.values(text))
          expect({ id, leaked: raw.includes(written) }).toEqual({ id, leaked: false });
        expect(JSON.parse(raw).declineReasonCode ?? null).toBe(id === declined ? 'needs_not_met' : null);
      }
      const list = (await api.get(`/v1/call-offs?lotId=${m.lotId}&limit=200`, { key })).text;
      for (const written of Object.values(text)) expect(list.includes(written)).toBe(false);
    }
  });

  it('leaves the notes out of what admin is answered when admin varies a call-off', async () => {
    const id = (await raise(api, m.commissioner, callOffBody(m.lotId, { primaryReason: text.primaryReason })))
      .body.id;
    await api.post(`/v1/call-offs/${id}/accept`, { note: text.acceptNote }, { key: m.providers[0].key });
    const varied = await api.post(`/v1/call-offs/${id}/variations`, {
      kind: 'extend',
      newEndDate: '2027-05-28',
    });
    expect(varied.status).toBe(200);
    for (const written of Object.values(text)) expect(varied.text.includes(written)).toBe(false);
  });

  it('sends Cache-Control: no-store on every response that carries a call-off, to every role', async () => {
    const noStore = (label: string, response: Response) =>
      expect({ label, status: response.status, cache: response.headers['cache-control'] }).toEqual({
        label,
        status: response.status,
        cache: 'no-store',
      });
    for (const [who, key] of [
      ['commissioner', m.commissioner],
      ['provider', m.providers[1].key],
      ['admin', api.adminKey],
      ['auditor', auditor],
    ]) {
      noStore(`${who} get`, await api.get(`/v1/call-offs/${accepted}`, { key }));
      noStore(`${who} list`, await api.get('/v1/call-offs', { key }));
    }
    const idempotencyKey = unique('idem');
    const body = callOffBody(m.lotId);
    const created = await raise(api, m.commissioner, body, idempotencyKey);
    noStore('create', created);
    noStore('replayed create', await raise(api, m.commissioner, body, idempotencyKey));
    noStore(
      'accept',
      await api.post(`/v1/call-offs/${created.body.id}/accept`, {}, { key: m.providers[0].key }),
    );
    noStore(
      'vary',
      await api.post(
        `/v1/call-offs/${created.body.id}/variations`,
        { kind: 'extend', newEndDate: '2027-05-28' },
        { key: m.commissioner },
      ),
    );
    const other = (await raise(api, m.commissioner, callOffBody(m.lotId))).body.id;
    noStore(
      'decline',
      await api.post(`/v1/call-offs/${other}/decline`, { reasonCode: 'risk' }, { key: m.providers[0].key }),
    );
    const third = (await raise(api, m.commissioner, callOffBody(m.lotId))).body.id;
    noStore(
      'withdraw',
      await api.post(`/v1/call-offs/${third}/withdraw`, { reason: 'x' }, { key: m.commissioner }),
    );
  });
});
