import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role';
import { ReviewsService } from '../src/reviews/reviews.service';
import { ReviewOverdueScan } from '../src/scheduled/review-overdue-scan';
import { Market, callOffBody, market, raise } from './support/call-offs';
import { runReviewScheduleJobs } from './support/review-schedules';
import { TestApp, startTestApp, unique } from './support/test-app';
import { waitFor } from './support/webhook-receiver';

interface FeedEvent {
  type: string;
  subject: { id: string };
  payload: Record<string, unknown>;
}

async function feed(api: TestApp, key: string, types: string): Promise<FeedEvent[]> {
  await api.feedCaughtUp();
  const events: FeedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await api.get(`/v1/events?limit=200&types=${types}${after ? `&after=${after}` : ''}`, {
      key,
    });
    if (page.status !== 200) throw new Error(`feed: ${page.status} ${page.text}`);
    events.push(...(page.body.data as FeedEvent[]));
    if (page.body.data.length === 0) return events;
    after = page.body.nextCursor as string;
  }
}

const review = (overrides: Record<string, unknown> = {}) => ({
  type: 'initial',
  heldOn: '2026-11-19',
  attendeeRoles: ['child', 'parent_carer', 'provider', 'commissioner'],
  childViewsCaptured: true,
  parentViewsCaptured: true,
  progress: [
    { objective: 0, rating: 'amber' },
    { objective: 1, rating: 'green' },
  ],
  decision: 'continue',
  reintegrationCriteriaMet: false,
  ...overrides,
});

// The England default calendar, autumn 2026: INSET Fri 23 Oct and Mon 2 Nov, half term 26–30 Oct, INSET Fri 27 Nov.
describe('Reviews', () => {
  let api: TestApp;
  let m: Market;
  let other: Market;
  let auditor: string;
  let placement: { id: string; number: number; childRef: string };
  let offered: string;

  // Raised and accepted on 2 Nov 2026 for a start on Mon 9 Nov, two objectives, reviews every 2 school weeks.
  async function accepted(
    on: Market,
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; number: number; childRef: string }> {
    api.clock.setToday('2026-11-02');
    const body = callOffBody(on.lotId, {
      providerId: on.providers[0].id,
      startDate: '2026-11-09',
      sessionsPerWeek: 2,
      plan: {
        objectives: ['Re-engage with English and maths', 'Attend four days in five'],
        reviewFrequencyWeeks: 2,
        nextStep: 'reintegration',
        reintegrationCriteria: 'Attendance above 90% for six weeks',
      },
      ...overrides,
    });
    const raised = await raise(api, on.commissioner, body);
    if (raised.status !== 201) throw new Error(`raise: ${raised.text}`);
    const answer = await api.post(`/v1/call-offs/${raised.body.id}/accept`, {}, { key: on.providers[0].key });
    if (answer.status !== 200) throw new Error(`accept: ${answer.text}`);
    await runReviewScheduleJobs(api.app, [raised.body.id]);
    api.clock.setToday('2026-12-04');
    return {
      id: raised.body.id,
      number: Number(String(raised.body.reference).slice(3)),
      childRef: body.childRef,
    };
  }

  beforeAll(async () => {
    api = await startTestApp();
    auditor = await api.issueKey(Role.Auditor);
    api.clock.setToday('2026-11-02');
    m = await market(api, { count: 2 });
    other = await market(api, { count: 1 });
    placement = await accepted(m);
    api.clock.setToday('2026-11-02');
    const raised = await raise(
      api,
      m.commissioner,
      callOffBody(m.lotId, { providerId: m.providers[0].id, sessionsPerWeek: 2 }),
    );
    offered = raised.body.id as string;
    api.clock.setToday('2026-12-04');
  });
  afterAll(() => api.close());
  afterEach(() => api.clock.setToday('2026-12-04'));

  it('has the initial review due on the tenth school day and, on 4 December, lists it as overdue for both parties', async () => {
    // Mon 9 Nov is day 1; Fri 20 Nov day 10 (the INSET day on 27 Nov comes later).
    for (const key of [m.commissioner, m.providers[0].key]) {
      const due = await api.get('/v1/reviews?due=overdue&limit=200', { key });
      expect(due.status).toBe(200);
      expect(due.body.data).toContainEqual({
        callOffId: placement.id,
        number: placement.number,
        reference: `CO-${String(placement.number).padStart(6, '0')}`,
        childRef: placement.childRef,
        providerId: m.providers[0].id,
        lotId: m.lotId,
        type: 'initial',
        dueBy: '2026-11-20',
        daysOverdue: 14,
        lastHeldOn: null,
      });
    }
    // Another commissioner, and the lot's other provider, see none of it.
    for (const key of [other.commissioner, m.providers[1].key, other.providers[0].key]) {
      const due = await api.get('/v1/reviews?due=overdue&limit=200', { key });
      expect(due.status).toBe(200);
      expect(due.body.data.map((d: { callOffId: string }) => d.callOffId)).not.toContain(placement.id);
    }
  });

  it('refuses a progress rating for an objective the plan does not have', async () => {
    const response = await api.post(
      `/v1/call-offs/${placement.id}/reviews`,
      review({ progress: [{ objective: 2, rating: 'red' }] }),
      { key: m.commissioner },
    );
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'review_objective_unknown',
      errors: [{ field: 'progress[0].objective' }],
    });
  });

  it('refuses an exit review without a destination, and a destination on any other review', async () => {
    const exit = await api.post(
      `/v1/call-offs/${placement.id}/reviews`,
      review({ type: 'exit', decision: 'end' }),
      { key: m.commissioner },
    );
    expect(exit.status).toBe(422);
    expect(exit.body).toMatchObject({
      code: 'exit_destination_required',
      errors: [{ field: 'destination' }],
    });
    const scheduled = await api.post(
      `/v1/call-offs/${placement.id}/reviews`,
      review({ type: 'scheduled', destination: 'school_roll' }),
      { key: m.commissioner },
    );
    expect(scheduled.status).toBe(422);
    expect(scheduled.body.code).toBe('destination_only_on_exit');
  });

  it('refuses a review held in the future or before the placement starts', async () => {
    for (const heldOn of ['2026-12-05', '2026-11-06']) {
      const response = await api.post(`/v1/call-offs/${placement.id}/reviews`, review({ heldOn }), {
        key: m.commissioner,
      });
      expect({ heldOn, status: response.status, code: response.body.code }).toEqual({
        heldOn,
        status: 422,
        code: 'review_date_out_of_range',
      });
    }
  });

  it('refuses bad input with a problem naming the field', async () => {
    for (const body of [
      review({ type: 'annual' }),
      review({ attendeeRoles: ['Mrs Smith'] }),
      review({ progress: [{ objective: -1, rating: 'green' }] }),
      review({ progress: [{ objective: 0, rating: 'purple' }] }),
      review({ decision: 'maybe' }),
      review({ heldOn: '2026-02-30' }),
      review({
        progress: [
          { objective: 0, rating: 'green' },
          { objective: 0, rating: 'red' },
        ],
      }),
    ]) {
      const response = await api.post(`/v1/call-offs/${placement.id}/reviews`, body, { key: m.commissioner });
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 400,
        code: 'validation_failed',
      });
    }
  });

  it('refuses a review of a placement not accepted', async () => {
    const response = await api.post(`/v1/call-offs/${offered}/reviews`, review(), { key: m.commissioner });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('review_placement_not_accepted');
  });

  it('records a review by the provider, moves the next one two school weeks on, and keeps it idempotent', async () => {
    const key = unique('review');
    const first = await api.post(`/v1/call-offs/${placement.id}/reviews`, review(), {
      key: m.providers[0].key,
      headers: { 'idempotency-key': key },
    });
    expect(first.status).toBe(201);
    // Held Thu 19 Nov: 10 school days from Fri 20 Nov skip the INSET day on Fri 27 Nov → Fri 4 Dec.
    expect(first.body).toMatchObject({
      callOffId: placement.id,
      type: 'initial',
      heldOn: '2026-11-19',
      recordedBy: 'provider',
      destination: null,
      nextReview: { type: 'scheduled', dueBy: '2026-12-04' },
    });
    const again = await api.post(`/v1/call-offs/${placement.id}/reviews`, review(), {
      key: m.providers[0].key,
      headers: { 'idempotency-key': key },
    });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);

    const listed = await api.get(`/v1/call-offs/${placement.id}/reviews`, { key: m.commissioner });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((r: { id: string }) => r.id)).toEqual([first.body.id]);

    const overdue = await api.get('/v1/reviews?due=overdue&limit=200', { key: m.commissioner });
    expect(overdue.body.data.map((d: { callOffId: string }) => d.callOffId)).not.toContain(placement.id);
    const upcoming = await api.get('/v1/reviews?due=upcoming&limit=200', { key: m.commissioner });
    expect(upcoming.body.data).toContainEqual(
      expect.objectContaining({
        callOffId: placement.id,
        type: 'scheduled',
        dueBy: '2026-12-04',
        daysOverdue: 0,
        lastHeldOn: '2026-11-19',
      }),
    );
  });

  it('sends review.recorded to the two parties only', async () => {
    const recorded = await api.post(
      `/v1/call-offs/${placement.id}/reviews`,
      review({ type: 'emergency', heldOn: '2026-12-01', progress: [], decision: 'change_pattern' }),
      { key: m.commissioner },
    );
    expect(recorded.status).toBe(201);
    for (const key of [m.commissioner, m.providers[0].key]) {
      // The feed shows an event once every older transaction has ended (other work may hold one open briefly).
      const event = await waitFor('review.recorded', async () =>
        (await feed(api, key, 'review.recorded')).find((e) => e.subject.id === recorded.body.id),
      );
      expect(event).toMatchObject({
        type: 'review.recorded',
        payload: {
          callOffId: placement.id,
          type: 'emergency',
          heldOn: '2026-12-01',
          decision: 'change_pattern',
        },
      });
    }
    for (const key of [api.adminKey, auditor, other.commissioner, m.providers[1].key]) {
      const events = await feed(api, key, 'review.recorded');
      expect(events.map((e) => e.subject.id)).not.toContain(recorded.body.id);
    }
  });

  it('holds every endpoint to its scope', async () => {
    const post = (key: string) =>
      api.post(`/v1/call-offs/${placement.id}/reviews`, review({ heldOn: '2026-12-02' }), { key });
    const list = (key: string) => api.get(`/v1/call-offs/${placement.id}/reviews`, { key });
    const due = (key: string) => api.get('/v1/reviews?due=overdue', { key });
    const summary = (key: string) => api.get('/v1/reviews/summary?due=upcoming', { key });
    const cases: [string, string, (key: string) => Promise<{ status: number }>, number][] = [
      ['other commissioner', other.commissioner, post, 404],
      ['other provider', m.providers[1].key, post, 404],
      ['admin', api.adminKey, post, 403],
      ['auditor', auditor, post, 403],
      ['commissioner', m.commissioner, list, 200],
      ['provider', m.providers[0].key, list, 200],
      ['other commissioner', other.commissioner, list, 404],
      ['other provider', m.providers[1].key, list, 404],
      ['admin', api.adminKey, list, 403],
      ['auditor', auditor, list, 403],
      ['commissioner', m.commissioner, due, 200],
      ['provider', m.providers[0].key, due, 200],
      ['admin', api.adminKey, due, 403],
      ['auditor', auditor, due, 403],
      ['commissioner', m.commissioner, summary, 200],
      ['provider', m.providers[0].key, summary, 200],
      ['admin', api.adminKey, summary, 200],
      ['auditor', auditor, summary, 200],
    ];
    for (const [who, key, call, status] of cases)
      expect({ who, call: call.name, status: (await call(key)).status }).toEqual({
        who,
        call: call.name,
        status,
      });
    expect((await api.get('/v1/reviews?due=overdue', { key: null })).status).toBe(401);
  });

  it('gives admin and auditor counts by lot and provider, and each party its own counts', async () => {
    const mine = await api.get('/v1/reviews/summary?due=upcoming', { key: m.commissioner });
    expect(mine.body).toMatchObject({ due: 'upcoming', asOf: '2026-12-04' });
    expect(mine.body.byLotAndProvider).toContainEqual({
      lotId: m.lotId,
      providerId: m.providers[0].id,
      placements: 1,
    });
    const theirs = await api.get('/v1/reviews/summary?due=upcoming', { key: other.commissioner });
    expect(theirs.body.byLotAndProvider.map((row: { lotId: string }) => row.lotId)).not.toContain(m.lotId);
    const all = await api.get('/v1/reviews/summary?due=upcoming', { key: auditor });
    expect(all.body.byLotAndProvider).toContainEqual({
      lotId: m.lotId,
      providerId: m.providers[0].id,
      placements: 1,
    });
    expect(JSON.stringify(all.body)).not.toContain(placement.childRef);
  });

  it('takes the initial review period from the framework and follows a termination', async () => {
    const quick = await market(api, { count: 1, framework: { initialReviewSchoolDays: 5 } });
    const framework = await api.get(`/v1/frameworks/${quick.frameworkId}`);
    expect(framework.body.initialReviewSchoolDays).toBe(5);
    const soon = await accepted(quick);
    const ended = await accepted(quick);
    // Terminated on 25 Nov with its last day on 30 Nov: on 4 Dec nothing is overdue on a placement that has ended.
    api.clock.setToday('2026-11-25');
    const terminated = await api.post(
      `/v1/call-offs/${ended.id}/variations`,
      { kind: 'terminate', effectiveDate: '2026-11-30', reason: 'Moved out of the area' },
      { key: quick.commissioner },
    );
    expect(terminated.status).toBe(200);
    api.clock.setToday('2026-12-04');
    const listed = async () =>
      (await api.get('/v1/reviews?due=overdue&limit=200', { key: quick.commissioner })).body.data.map(
        (d: { callOffId: string; dueBy: string }) => [d.callOffId, d.dueBy],
      );
    // A list only reads: until the termination's job has run, the schedule is as it was.
    expect(await listed()).toEqual([soon.id, ended.id].sort().map((id) => [id, '2026-11-13']));
    await runReviewScheduleJobs(api.app, [ended.id]);
    expect(await listed()).toEqual([[soon.id, '2026-11-13']]);
  });

  it('announces each overdue review once a day at most, and once per due date', async () => {
    const late = await market(api, { count: 1 });
    const child = await accepted(late);
    const scan = api.app.get(ReviewOverdueScan);
    await scan.scan();
    await scan.scan();
    const events = await waitFor('review.overdue on the feed', async () => {
      const found = (await feed(api, late.commissioner, 'review.overdue')).filter(
        (e) => e.subject.id === child.id,
      );
      return found.length > 0 ? found : undefined;
    });
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({
      callOffId: child.id,
      type: 'initial',
      dueBy: '2026-11-20',
      daysOverdue: 14,
    });
    for (const key of [api.adminKey, auditor]) {
      const seen = await feed(api, key, 'review.overdue');
      expect(seen.map((e) => e.subject.id)).not.toContain(child.id);
    }
  });

  it('records the destination of an exit review for the outcomes module, and nothing is due after it', async () => {
    const leaving = await accepted(m);
    const exit = await api.post(
      `/v1/call-offs/${leaving.id}/reviews`,
      review({ type: 'exit', heldOn: '2026-12-03', decision: 'end', destination: 'fe_college' }),
      { key: m.commissioner },
    );
    expect(exit.status).toBe(201);
    expect(exit.body).toMatchObject({ destination: 'fe_college', nextReview: null });
    const reviews = api.app.get(ReviewsService);
    expect(await reviews.exitDestination(leaving.id)).toEqual({
      destination: 'fe_college',
      heldOn: '2026-12-03',
    });
    expect(await reviews.exitDestination(placement.id)).toBeNull();
    const rows: { next_due_on: string | null }[] = await api.app
      .get(DataSource)
      .query('SELECT next_due_on FROM review_schedules WHERE call_off_id = $1', [leaving.id]);
    expect(rows).toEqual([{ next_due_on: null }]);
  });

  it('pages the due list with a keyset cursor and refuses a forged one', async () => {
    const many = await market(api, { count: 1 });
    const ids = [(await accepted(many)).id, (await accepted(many)).id, (await accepted(many)).id];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/reviews?due=overdue&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api.get(url, { key: many.commissioner });
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((d: { callOffId: string }) => d.callOffId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
    const forged = await api.get('/v1/reviews?due=overdue&cursor=bm90LWEtY3Vyc29y', {
      key: many.commissioner,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('invalid_cursor');
  });
});

// With a worker (and a database of its own, so it takes no other file's jobs): nothing runs the job by hand. The
// lists only read, so a placement appears once the job its change added has run.
describe('Review schedules kept by the worker', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({
      ownDatabase: true,
      env: {
        WORKER_ENABLED: 'true',
        WORKER_POLL_INTERVAL_MS: '100',
        LAPSE_SWEEP_ENABLED: 'false',
        CHECK_EXPIRY_SCAN_ENABLED: 'false',
      },
    });
  });
  afterAll(() => api.close());

  it('follows an acceptance and an extension (call_off.varied) with no list request writing', async () => {
    api.clock.setToday('2026-11-02');
    const on = await market(api, { count: 1 });
    const raised = await raise(
      api,
      on.commissioner,
      callOffBody(on.lotId, { providerId: on.providers[0].id }),
    );
    expect(raised.status).toBe(201);
    const id = raised.body.id as string;
    expect((await api.post(`/v1/call-offs/${id}/accept`, {}, { key: on.providers[0].key })).status).toBe(200);
    const listed = async (due: 'overdue' | 'upcoming') =>
      (await api.get(`/v1/reviews?due=${due}&limit=200`, { key: on.commissioner })).body.data.map(
        (d: { callOffId: string; dueBy: string }) => [d.callOffId, d.dueBy],
      );
    // The initial review: the tenth school day from Mon 9 Nov is Fri 20 Nov.
    await waitFor('the acceptance’s job', async () =>
      JSON.stringify(await listed('upcoming')) === JSON.stringify([[id, '2026-11-20']]) ? true : undefined,
    );
    // After its last day (31 March 2027) nothing is listed; extended to 21 July, the missed review is overdue again.
    api.clock.setToday('2027-04-15');
    expect(await listed('overdue')).toEqual([]);
    api.clock.setToday('2027-03-19');
    const extended = await api.post(
      `/v1/call-offs/${id}/variations`,
      { kind: 'extend', newEndDate: '2027-07-21' },
      { key: on.commissioner },
    );
    expect(extended.status).toBe(200);
    api.clock.setToday('2027-04-15');
    await waitFor('the extension’s job', async () =>
      JSON.stringify(await listed('overdue')) === JSON.stringify([[id, '2026-11-20']]) ? true : undefined,
    );
  });
});
