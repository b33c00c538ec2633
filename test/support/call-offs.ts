import { Role } from '../../src/auth/role';
import { createEligibleProvider } from './eligible-provider';
import { createFramework, createLot, createOrganisation } from './fixtures';
import { TestApp, unique } from './test-app';

export interface Market {
  org: { id: string };
  commissioner: string;
  frameworkId: string;
  lotId: string;
  providers: { id: string; key: string }[];
}

// An active framework with one lot and `count` eligible providers, each with an approved card and capacity.
export async function market(
  api: TestApp,
  options: {
    count?: number;
    sessionsCapacity?: number;
    registered?: boolean;
    dayPrices?: number[];
    lot?: Record<string, unknown>;
    framework?: Record<string, unknown>;
    // From when rate cards and capacity apply (default 1 April 2026).
    from?: string;
  } = {},
): Promise<Market> {
  const org = await createOrganisation(api);
  const framework = await createFramework(api, org.id, {
    startDate: '2026-04-01',
    endDate: '2030-03-31',
    ...options.framework,
  });
  const lotId = (
    await createLot(api, framework.id, {
      pricingUnits: ['day', 'session'],
      directAwardWeights: { price: 50, distance: 0, quality: 50 },
      outcomeAtRiskPercent: '10',
      ...options.lot,
    })
  ).id;
  const activated = await api.post(`/v1/frameworks/${framework.id}/activate`);
  if (activated.status !== 200) throw new Error(`activate: ${activated.text}`);
  const providers: { id: string; key: string }[] = [];
  for (let i = 0; i < (options.count ?? 2); i++) {
    const provider = await createEligibleProvider(
      api,
      lotId,
      {
        registrationStatus: options.registered === false ? 'unregistered' : 'registered',
        category: options.registered === false ? 'non_school' : 'independent_school',
        ...(options.registered === false ? {} : { urn: await api.nextUrn() }),
        qualityScore: 50,
      },
      options.from ? { verifiedAt: options.from } : {},
    );
    const card = await api.post(`/v1/providers/${provider.id}/rate-cards`, {
      lotId,
      effectiveFrom: options.from ?? '2026-04-01',
      lines: [
        { unit: 'day', pricePence: options.dayPrices?.[i] ?? 18_500 + i * 500 },
        { unit: 'session', pricePence: 9_000 },
      ],
    });
    if (card.status !== 201) throw new Error(`card: ${card.text}`);
    await api.post(`/v1/rate-cards/${card.body.id}/approve`, {});
    const declared = await api.post(`/v1/providers/${provider.id}/capacity`, {
      lotId,
      from: options.from ?? '2026-04-01',
      to: '2028-08-31',
      sessionsPerWeek: options.sessionsCapacity ?? 100,
    });
    if (declared.status !== 201) throw new Error(`capacity: ${declared.text}`);
    providers.push({ id: provider.id, key: await api.issueKey(Role.Provider, { providerId: provider.id }) });
  }
  return {
    org,
    commissioner: await api.issueKey(Role.Commissioner, { organisationId: org.id }),
    frameworkId: framework.id,
    lotId,
    providers,
  };
}

export function callOffBody(lotId: string, overrides: Record<string, unknown> = {}) {
  return {
    lotId,
    childRef: unique('CHILD'),
    child: { yearGroup: 9, ehcp: false, lookedAfter: false, needsSummary: 'SEMH; anxiety in large groups' },
    statutoryBasis: 's19_other',
    primaryReason: 'Medical needs: cannot attend school',
    startDate: '2026-11-09',
    endDate: '2027-03-31',
    sessionsPerWeek: 10,
    plan: {
      objectives: ['Re-engage with English and maths'],
      reviewFrequencyWeeks: 6,
      nextStep: 'reintegration',
      reintegrationCriteria: 'Attendance above 90% for six weeks',
    },
    ...overrides,
  };
}

export function raise(api: TestApp, key: string, body: unknown, idempotencyKey = unique('idem')) {
  return api.post('/v1/call-offs', body, { key, headers: { 'idempotency-key': idempotencyKey } });
}
