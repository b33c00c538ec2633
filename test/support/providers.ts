import { TestApp, unique } from './test-app';

// An approved provider, admitted to the lot, with every mandatory check passed from `verifiedAt`.
export async function createEligibleProvider(
  api: TestApp,
  lotId: string,
  overrides: Record<string, unknown> = {},
  verifiedAt = '2026-08-01',
): Promise<{ id: string }> {
  const created = await api.post('/v1/providers', {
    name: unique('Provider'),
    category: 'non_school',
    registrationStatus: 'unregistered',
    postcode: 'BL9 0EJ',
    latitude: 53.593,
    longitude: -2.298,
    contactEmail: 'office@example.org',
    sme: true,
    vcse: false,
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`provider: ${created.status} ${created.text}`);
  const provider = created.body as { id: string; registrationStatus: string };
  const types = (await api.get('/v1/check-types')).body.data as {
    code: string;
    mandatory: string;
    minimumCoverPence: number | null;
    requiresCover: boolean;
  }[];
  for (const type of types) {
    if (type.mandatory === 'lot') continue;
    if (type.mandatory === 'registered' && provider.registrationStatus !== 'registered') continue;
    const check = await api.post(`/v1/providers/${provider.id}/checks`, {
      type: type.code,
      outcome: 'pass',
      evidenceRef: `EV-${type.code}`,
      verifiedAt,
      ...(type.requiresCover ? { coverPence: Math.max(type.minimumCoverPence ?? 0, 1_000_000_000) } : {}),
    });
    if (check.status !== 201) throw new Error(`check ${type.code}: ${check.status} ${check.text}`);
  }
  const approved = await api.post(`/v1/providers/${provider.id}/directory-status`, { status: 'approved', reason: 'Due diligence passed' });
  if (approved.status !== 200 && approved.status !== 201) throw new Error(`approve: ${approved.status} ${approved.text}`);
  const member = await api.post(`/v1/lots/${lotId}/members`, { providerId: provider.id });
  if (member.status !== 201) throw new Error(`member: ${member.status} ${member.text}`);
  return provider;
}
