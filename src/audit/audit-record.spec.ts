import {
  ChainedEntry,
  GENESIS_HASH,
  canonicalEntry,
  chainHash,
  describeInput,
  subjectOf,
} from './audit-record';

const CALL_OFF = '0b6f3a4e-8d2c-4f5e-9a1b-2c3d4e5f6a7b';
const LOT = '1c7e4b5f-9e3d-4a6f-8b2c-3d4e5f6a7b8c';

describe('the audit recording rule', () => {
  it('never records a call-off’s child data, not even the field names, nor its free text', () => {
    const changes = describeInput({
      lotId: LOT,
      childRef: 'BURY-AP-0142',
      child: { yearGroup: 9, ehcp: true, lookedAfter: true, needsSummary: 'Autism; anxiety' },
      statutoryBasis: 's19_permanent_exclusion',
      primaryReason: 'Permanently excluded after an incident',
      exclusionDate: '2026-10-22',
      sendCaseworkerNotifiedAt: '2026-10-23',
      location: { latitude: 53.59, longitude: -2.29 },
      startDate: '2026-11-09',
      sessionsPerWeek: 10,
      plan: {
        objectives: ['Manage the EHC plan outcomes'],
        reviewFrequencyWeeks: 6,
        nextStep: 'reintegration',
      },
      justification: 'Nearer the child’s home',
    });
    expect(changes).toEqual([
      { field: 'lotId', value: LOT },
      { field: 'statutoryBasis', value: 's19_permanent_exclusion' },
      { field: 'startDate', value: '2026-11-09' },
      { field: 'sessionsPerWeek', value: 10 },
      { field: 'justification' },
    ]);
  });

  it('keeps codes, dates, numbers and booleans, and only the name of free text', () => {
    expect(
      describeInput({
        kind: 'terminate',
        effectiveDate: '2027-01-15',
        reason: 'moved',
        note: 'See the EHC plan',
        name: 'Bury Tuition Ltd',
        outcomeAtRiskPercent: '10',
        sme: true,
        contactEmail: 'office@example.org',
        directAwardWeights: { price: 50, quality: 50 },
      }),
    ).toEqual([
      { field: 'kind', value: 'terminate' },
      { field: 'effectiveDate', value: '2027-01-15' },
      { field: 'reason' },
      { field: 'note' },
      { field: 'name' },
      { field: 'outcomeAtRiskPercent', value: '10' },
      { field: 'sme', value: true },
      { field: 'contactEmail' },
      { field: 'directAwardWeights.price', value: 50 },
      { field: 'directAwardWeights.quality', value: 50 },
    ]);
  });

  it('keeps lists of codes, walks lists of objects, and names lists of text', () => {
    expect(
      describeInput({
        pricingUnits: ['day', 'session'],
        lines: [{ unit: 'day', pricePence: 18_500 }],
        objectives: ['Read and write'],
      }),
    ).toEqual([
      { field: 'pricingUnits', value: ['day', 'session'] },
      { field: 'lines[0].unit', value: 'day' },
      { field: 'lines[0].pricePence', value: 18_500 },
      { field: 'objectives' },
    ]);
  });

  it('records nothing for a body that is not an object', () => {
    expect(describeInput(undefined)).toEqual([]);
    expect(describeInput(null)).toEqual([]);
    expect(describeInput(['a'])).toEqual([]);
  });

  it('stops at 200 fields', () => {
    const big = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, i]));
    expect(describeInput(big)).toHaveLength(200);
  });
});

describe('the subject of a request', () => {
  it('is the record the answer carries when the path names it', () => {
    expect(subjectOf('/v1/call-offs/:id/accept', { id: CALL_OFF }, { id: CALL_OFF })).toEqual({
      type: 'call_off',
      id: CALL_OFF,
    });
  });

  it('is the created record for a POST to a collection', () => {
    expect(subjectOf('/v1/call-offs', {}, { id: CALL_OFF })).toEqual({ type: 'call_off', id: CALL_OFF });
    expect(subjectOf('/v1/providers/:id/checks', { id: LOT }, { id: CALL_OFF })).toEqual({
      type: 'check',
      id: CALL_OFF,
    });
  });

  it('is the last record the path names when the answer carries no id', () => {
    expect(subjectOf('/v1/organisations/:id/calendar', { id: LOT }, { terms: [] })).toEqual({
      type: 'organisation',
      id: LOT,
    });
    expect(
      subjectOf('/v1/lots/:lotId/members/:providerId/suspend', { lotId: LOT, providerId: CALL_OFF }, {}),
    ).toEqual({ type: 'member', id: CALL_OFF });
  });
});

describe('the hash chain', () => {
  const entry: ChainedEntry = {
    seq: 1,
    id: 7,
    recordedAt: '2026-12-04T10:00:00.000Z',
    kind: 'write',
    requestId: 'req-1',
    actor: { keyId: CALL_OFF, role: 'admin', organisationId: null, providerId: null },
    action: 'createFramework',
    route: 'POST /v1/frameworks',
    subject: { type: 'framework', id: LOT },
    changes: [{ field: 'type', value: 'closed' }],
  };

  it('canonicalises with sorted keys and no spaces (RFC 8785)', () => {
    expect(canonicalEntry(entry).startsWith('{"action":"createFramework","actor":{"keyId":')).toBe(true);
    expect(canonicalEntry({ ...entry })).toBe(canonicalEntry(entry));
  });

  it('gives a different hash for any change to an entry or to the hash before it', () => {
    const hash = chainHash(GENESIS_HASH, entry);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...entry })).toBe(hash);
    expect(chainHash(GENESIS_HASH, { ...entry, action: 'activateFramework' })).not.toBe(hash);
    expect(chainHash(GENESIS_HASH, { ...entry, seq: 2 })).not.toBe(hash);
    expect(chainHash('1'.repeat(64), entry)).not.toBe(hash);
  });
});
