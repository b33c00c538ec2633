import { createFramework, createLot, createOrganisation } from './fixtures';
import { TestApp, unique } from './test-app';

export const ALL_CHECKS = [
  'enhanced_dbs_scr',
  'safeguarding_policy',
  'dsl_training',
  'employers_liability_insurance',
  'public_liability_insurance',
  'health_safety_risk_assessment',
  'fire_risk_assessment',
  'first_aid',
  'data_protection',
];

export function providerBody(overrides: Record<string, unknown> = {}) {
  return {
    name: unique('Irwell Valley Learning'),
    category: 'non_school',
    registrationStatus: 'unregistered',
    postcode: 'bl9 0ej',
    latitude: 53.5933,
    longitude: -2.2967,
    contactEmail: 'referrals@irwell.example',
    sme: true,
    vcse: false,
    description: 'Small-group vocational provision in Bury.',
    ...overrides,
  };
}

export async function createProvider(api: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await api.post('/v1/providers', providerBody(overrides));
  if (response.status !== 201) throw new Error(`provider: ${response.status} ${response.text}`);
  return response.body as { id: string; name: string; version: number };
}

export function checkBody(type: string, overrides: Record<string, unknown> = {}) {
  const insurance = type.endsWith('_insurance');
  return {
    type,
    outcome: 'pass',
    evidenceRef: `EV-${type}`,
    verifiedAt: '2026-08-01',
    ...(insurance ? { coverPence: 1_000_000_000 } : {}),
    ...overrides,
  };
}

export async function recordCheck(
  api: TestApp,
  providerId: string,
  type: string,
  overrides: Record<string, unknown> = {},
) {
  const response = await api.post(`/v1/providers/${providerId}/checks`, checkBody(type, overrides));
  if (response.status !== 201) throw new Error(`check ${type}: ${response.status} ${response.text}`);
  return response.body as { id: string; expiresAt: string; current: boolean };
}

export async function passAllChecks(
  api: TestApp,
  providerId: string,
  types: string[] = ALL_CHECKS,
  overrides = {},
) {
  for (const type of types) await recordCheck(api, providerId, type, overrides);
}

export async function setStatus(api: TestApp, providerId: string, status: string, reason = 'Panel decision') {
  return api.post(`/v1/providers/${providerId}/directory-status`, { status, reason });
}

export async function approvedProvider(
  api: TestApp,
  overrides: Record<string, unknown> = {},
  extraChecks: string[] = [],
  checkOverrides: Record<string, unknown> = {},
) {
  const provider = await createProvider(api, overrides);
  const registered = overrides.registrationStatus === 'registered';
  await passAllChecks(
    api,
    provider.id,
    [...ALL_CHECKS, ...(registered ? ['ofsted_registration'] : []), ...extraChecks],
    checkOverrides,
  );
  const approved = await setStatus(api, provider.id, 'approved');
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${approved.text}`);
  return provider;
}

export async function addMember(api: TestApp, lotId: string, providerId: string) {
  const response = await api.post(`/v1/lots/${lotId}/members`, { providerId });
  if (response.status !== 201) throw new Error(`member: ${response.status} ${response.text}`);
  return response.body;
}

// An active framework with two lots: lot 1 registered-only and requiring a QA visit, lot 2 open to all.
export async function activeFrameworkWithLots(api: TestApp) {
  const lead = await createOrganisation(api);
  const framework = await createFramework(api, lead.id);
  const registeredLot = await createLot(api, framework.id, {
    number: 1,
    title: unique('Full-time'),
    registeredProvidersOnly: true,
    mandatoryCheckTypes: ['qa_visit'],
  });
  const openLot = await createLot(api, framework.id, {
    number: 2,
    title: unique('Targeted'),
    pathway: 'targeted_blended',
  });
  const activated = await api.post(`/v1/frameworks/${framework.id}/activate`);
  if (activated.status !== 200) throw new Error(`activate: ${activated.status} ${activated.text}`);
  return { lead, framework, registeredLot, openLot };
}
