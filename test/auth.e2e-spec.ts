import { Role } from '../src/auth/role';
import { createFramework, createOrganisation } from './support/fixtures';
import { TestApp, startTestApp } from './support/test-app';

describe('API keys and scope', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('issues a key once, stores only its hash, and the key works at once', async () => {
    const org = await createOrganisation(api);
    const issued = await api.post('/v1/api-keys', {
      role: 'commissioner',
      organisationId: org.id,
      label: 'case system',
    });
    expect(issued.status).toBe(201);
    expect(issued.body.key).toMatch(/^apx_[A-Za-z0-9_-]{43}$/);
    expect(issued.body.prefix).toBe(issued.body.key.slice(0, 12));
    const list = await api.get('/v1/api-keys');
    expect(list.text).not.toContain(issued.body.key);
    expect((await api.get(`/v1/organisations/${org.id}`, { key: issued.body.key })).status).toBe(200);
  });

  it('lists keys a page at a time, as every list does', async () => {
    for (let i = 0; i < 2; i++) await api.post('/v1/api-keys', { role: 'auditor', label: `page ${i}` });
    const first = await api.get('/v1/api-keys?limit=1');
    expect(first.body.data).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api.get(`/v1/api-keys?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
    expect((await api.get('/v1/api-keys?limit=500')).body.code).toBe('validation_failed');
  });

  it('refuses a revoked key at once with 401', async () => {
    const org = await createOrganisation(api);
    const issued = await api.post('/v1/api-keys', {
      role: 'commissioner',
      organisationId: org.id,
      label: 'to revoke',
    });
    const revoked = await api.request('DELETE', `/v1/api-keys/${issued.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const response = await api.get('/v1/frameworks', { key: issued.body.key });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('needs the scope that matches the role', async () => {
    const org = await createOrganisation(api);
    expect((await api.post('/v1/api-keys', { role: 'commissioner', label: 'x' })).body.code).toBe(
      'scope_required',
    );
    expect(
      (await api.post('/v1/api-keys', { role: 'admin', organisationId: org.id, label: 'x' })).body.code,
    ).toBe('scope_not_allowed');
    const missing = await api.post('/v1/api-keys', {
      role: 'commissioner',
      organisationId: '00000000-0000-4000-8000-000000000000',
      label: 'x',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('organisation_not_found');
  });

  it('gives 403 to a role that may not call a route', async () => {
    const org = await createOrganisation(api);
    const commissioner = await api.issueKey(Role.Commissioner, { organisationId: org.id });
    const auditor = await api.issueKey(Role.Auditor);
    expect(
      (await api.post('/v1/api-keys', { role: 'admin', label: 'x' }, { key: commissioner })).status,
    ).toBe(403);
    expect(
      (await api.post('/v1/organisations', { name: 'x', kind: 'school' }, { key: auditor })).status,
    ).toBe(403);
    expect((await api.get('/v1/organisations', { key: auditor })).status).toBe(200);
  });

  it('answers 404, not 403, for a record outside the caller’s scope', async () => {
    const mine = await createOrganisation(api);
    const theirs = await createOrganisation(api);
    const commissioner = await api.issueKey(Role.Commissioner, { organisationId: mine.id });
    const other = await api.get(`/v1/organisations/${theirs.id}`, { key: commissioner });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not_found');
    const list = await api.get('/v1/organisations', { key: commissioner });
    expect(list.body.data.map((o: { id: string }) => o.id)).toEqual([mine.id]);

    const theirFramework = await createFramework(api, theirs.id);
    const sharedFramework = await createFramework(api, theirs.id, { participantOrganisationIds: [mine.id] });
    expect((await api.get(`/v1/frameworks/${theirFramework.id}`, { key: commissioner })).status).toBe(404);
    expect((await api.get(`/v1/frameworks/${sharedFramework.id}`, { key: commissioner })).status).toBe(200);
  });
});
