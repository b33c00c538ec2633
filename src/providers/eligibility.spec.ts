import {
  CatalogueRow,
  CheckRow,
  LotRow,
  ProviderRow,
  checkFailures,
  currentCheck,
  evaluateEligibility,
  mandatoryCheckTypes,
} from './eligibility';

const catalogue: CatalogueRow[] = [
  { code: 'dbs', mandatory: 'all' },
  { code: 'insurance', mandatory: 'all' },
  { code: 'ofsted', mandatory: 'registered' },
  { code: 'qa_visit', mandatory: 'lot' },
];

const check = (type: string, overrides: Partial<CheckRow> = {}): CheckRow => ({
  type,
  outcome: 'pass',
  verifiedAt: '2026-01-10',
  expiresAt: '2027-01-09',
  createdAt: new Date('2026-01-10T10:00:00Z'),
  ...overrides,
});

const approvedUnregistered: ProviderRow = { directoryStatus: 'approved', registrationStatus: 'unregistered' };
const openLot: LotRow = { registeredProvidersOnly: false, mandatoryCheckTypes: [] };
const allChecks = [check('dbs'), check('insurance')];

function evaluate(overrides: Partial<Parameters<typeof evaluateEligibility>[0]> = {}) {
  return evaluateEligibility({
    provider: approvedUnregistered,
    lot: openLot,
    membershipStatus: 'active',
    checks: allChecks,
    catalogue,
    date: '2026-06-01',
    ...overrides,
  });
}

describe('eligibility as of a date', () => {
  it('is eligible when approved, an active member and every mandatory check passed and in date', () => {
    expect(evaluate()).toEqual({ eligible: true, reasons: [] });
  });

  it.each<[string, Partial<Parameters<typeof evaluateEligibility>[0]>, string, string | undefined]>([
    [
      'a provider still applying',
      { provider: { ...approvedUnregistered, directoryStatus: 'applied' } },
      'not_approved',
      undefined,
    ],
    [
      'a suspended provider',
      { provider: { ...approvedUnregistered, directoryStatus: 'suspended' } },
      'not_approved',
      undefined,
    ],
    [
      'a removed provider',
      { provider: { ...approvedUnregistered, directoryStatus: 'removed' } },
      'not_approved',
      undefined,
    ],
    ['a provider never admitted to the lot', { membershipStatus: null }, 'not_member', undefined],
    ['a provider removed from the lot', { membershipStatus: 'removed' }, 'not_member', undefined],
    ['a suspended lot membership', { membershipStatus: 'suspended' }, 'membership_suspended', undefined],
    ['a missing mandatory check', { checks: [check('dbs')] }, 'check_missing', 'insurance'],
    [
      'an expired check',
      { checks: [check('dbs'), check('insurance', { expiresAt: '2026-05-31' })] },
      'check_expired',
      'insurance',
    ],
    [
      'a failed check',
      { checks: [check('dbs', { outcome: 'fail' }), check('insurance')] },
      'check_failed',
      'dbs',
    ],
    [
      'a conditional check whose conditions are overdue',
      {
        checks: [
          check('dbs', { outcome: 'conditional', conditionsDueDate: '2026-05-01' }),
          check('insurance'),
        ],
      },
      'check_failed',
      'dbs',
    ],
    [
      'an unregistered provider on a registered-only lot',
      { lot: { ...openLot, registeredProvidersOnly: true } },
      'unregistered_for_registered_lot',
      undefined,
    ],
    [
      'a registered provider without Ofsted registration',
      { provider: { ...approvedUnregistered, registrationStatus: 'registered' } },
      'check_missing',
      'ofsted',
    ],
    [
      'a check the lot requires',
      { lot: { ...openLot, mandatoryCheckTypes: ['qa_visit'] } },
      'check_missing',
      'qa_visit',
    ],
    [
      'a check verified only after the date asked',
      { checks: [check('dbs'), check('insurance', { verifiedAt: '2026-06-02' })] },
      'check_missing',
      'insurance',
    ],
  ])('is not eligible for %s', (_name, overrides, code, detail) => {
    const result = evaluate(overrides);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0].code).toBe(code);
    if (detail) expect(result.reasons[0].detail).toBe(detail);
  });

  it('is eligible on the last valid day of a check and not on the day after', () => {
    const checks = [check('dbs'), check('insurance', { expiresAt: '2026-06-30' })];
    expect(evaluate({ checks, date: '2026-06-30' }).eligible).toBe(true);
    expect(evaluate({ checks, date: '2026-07-01' }).reasons).toEqual([
      { code: 'check_expired', detail: 'insurance' },
    ]);
  });

  it('lists every reason at once', () => {
    const result = evaluate({
      provider: { directoryStatus: 'applied', registrationStatus: 'unregistered' },
      membershipStatus: 'suspended',
      lot: { registeredProvidersOnly: true, mandatoryCheckTypes: [] },
      checks: [check('dbs', { outcome: 'fail' })],
    });
    expect(result.reasons.map((r) => r.code)).toEqual([
      'not_approved',
      'membership_suspended',
      'unregistered_for_registered_lot',
      'check_failed',
      'check_missing',
    ]);
  });

  it('accepts a conditional check while its conditions are not yet due', () => {
    const checks = [
      check('dbs', { outcome: 'conditional', conditionsDueDate: '2026-09-01' }),
      check('insurance'),
    ];
    expect(evaluate({ checks }).eligible).toBe(true);
  });
});

describe('the current check', () => {
  it('is the newest verified on or before the date, newest recorded first on a tie', () => {
    const older = check('dbs', { verifiedAt: '2025-01-01', outcome: 'fail' });
    const sameDayFirst = check('dbs', {
      verifiedAt: '2026-01-10',
      createdAt: new Date('2026-01-10T09:00:00Z'),
      outcome: 'fail',
    });
    const sameDayLater = check('dbs', {
      verifiedAt: '2026-01-10',
      createdAt: new Date('2026-01-10T11:00:00Z'),
    });
    const future = check('dbs', { verifiedAt: '2026-08-01', outcome: 'fail' });
    const checks = [older, sameDayLater, sameDayFirst, future];
    expect(currentCheck(checks, 'dbs', '2026-06-01')).toBe(sameDayLater);
    expect(currentCheck(checks, 'dbs', '2025-06-01')).toBe(older);
    expect(currentCheck(checks, 'dbs', '2024-06-01')).toBeUndefined();
  });

  it('lets a newer failed check override an older pass', () => {
    const checks = [
      check('dbs'),
      check('dbs', { verifiedAt: '2026-03-01', outcome: 'fail' }),
      check('insurance'),
    ];
    expect(checkFailures(['dbs', 'insurance'], checks, '2026-06-01', { acceptConditional: true })).toEqual([
      { checkType: 'dbs', problem: 'failed' },
    ]);
  });
});

describe('mandatory check types', () => {
  it('adds registered-only types for registered settings and the lot’s own types, without duplicates', () => {
    expect(mandatoryCheckTypes(catalogue, false)).toEqual(['dbs', 'insurance']);
    expect(mandatoryCheckTypes(catalogue, true, ['qa_visit', 'dbs'])).toEqual([
      'dbs',
      'insurance',
      'ofsted',
      'qa_visit',
    ]);
  });

  it('counts a conditional outcome as failed when conditional approval is not enough', () => {
    const checks = [check('dbs', { outcome: 'conditional' }), check('insurance')];
    expect(checkFailures(['dbs', 'insurance'], checks, '2026-06-01', { acceptConditional: false })).toEqual([
      { checkType: 'dbs', problem: 'failed' },
    ]);
  });
});
