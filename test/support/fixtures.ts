import { TestApp, unique } from './test-app';

export async function createOrganisation(api: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await api.post('/v1/organisations', {
    name: unique('Council'),
    kind: 'local_authority',
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`organisation: ${response.status} ${response.text}`);
  return response.body as { id: string; name: string };
}

export function frameworkBody(leadOrganisationId: string, overrides: Record<string, unknown> = {}) {
  return {
    reference: unique('FW'),
    title: 'Test framework',
    type: 'closed',
    leadOrganisationId,
    participantOrganisationIds: [],
    startDate: '2027-04-01',
    endDate: '2031-03-31',
    estimatedValuePence: 100_000_000,
    ...overrides,
  };
}

export function lotBody(overrides: Record<string, unknown> = {}) {
  return {
    number: 1,
    title: 'Full-time AP',
    description: 'Full-time places',
    pathway: 'full_time',
    awardMethods: ['direct'],
    directAwardWeights: { price: 40, distance: 20, quality: 40 },
    pricingUnits: ['day', 'annual_place'],
    outcomeAtRiskPercent: '10',
    ...overrides,
  };
}

export async function createFramework(
  api: TestApp,
  leadOrganisationId: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await api.post('/v1/frameworks', frameworkBody(leadOrganisationId, overrides));
  if (response.status !== 201) throw new Error(`framework: ${response.status} ${response.text}`);
  return response.body as { id: string; version: number; reference: string };
}

export async function createLot(api: TestApp, frameworkId: string, overrides: Record<string, unknown> = {}) {
  const response = await api.post(`/v1/frameworks/${frameworkId}/lots`, lotBody(overrides));
  if (response.status !== 201) throw new Error(`lot: ${response.status} ${response.text}`);
  return response.body as { id: string; version: number };
}
