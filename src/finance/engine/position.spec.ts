import { buildPosition, callOffCommitment, spotCommitment } from './position';

// Monday to Friday count, enough for these scenarios.
const weekdays = (from: string, to: string): number => {
  let count = 0;
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    if (d.getUTCDay() % 6 !== 0) count += 1;
  return count;
};
const year = { from: '2025-04-01', to: '2026-03-31' };

describe('the financial position', () => {
  it('shows the report’s 2025-26 overspend: spent £1,821,222.90 against £978,000 is £843,222.90, 86.2 %', () => {
    const position = buildPosition({
      budget: [
        { costCentre: 'AP-01', fundingSource: 'dsg_high_needs', amountPence: 90_000_000 },
        { costCentre: 'AP-02', fundingSource: 'general_fund', amountPence: 7_800_000 },
      ],
      imported: [
        {
          costCentre: 'AP-01',
          providerId: 'p1',
          supplierName: null,
          onFramework: true,
          amountPence: 150_000_000,
        },
        {
          costCentre: 'AP-02',
          providerId: null,
          supplierName: 'Tutor Co',
          onFramework: false,
          amountPence: 32_122_290,
        },
      ],
      invoiced: [],
      commitments: [],
    });
    expect(position.total).toMatchObject({
      budgetPence: 97_800_000,
      spentPence: 182_122_290,
      committedPence: 0,
      projectedOutturnPence: 182_122_290,
      variancePence: 84_322_290,
      variancePercent: '86.2',
      offFrameworkSpentPence: 32_122_290,
    });
    expect(position.byFundingSource.map((row) => [row.fundingSource, row.spentPence])).toEqual([
      ['dsg_high_needs', 150_000_000],
      ['general_fund', 32_122_290],
    ]);
    expect(position.byProvider.map((row) => [row.providerId, row.supplierName])).toEqual([
      ['p1', null],
      [null, 'Tutor Co'],
    ]);
  });

  it('puts placement spend and commitments in the unallocated cost centre and funding source, last', () => {
    const position = buildPosition({
      budget: [{ costCentre: 'AP-01', fundingSource: 'dsg_high_needs', amountPence: 1_000 }],
      imported: [],
      invoiced: [{ lotId: 'l1', providerId: 'p1', amountPence: 300 }],
      commitments: [
        {
          lotId: 'l1',
          providerId: 'p1',
          supplierName: null,
          committedPence: 900,
          outcomeExposurePence: 90,
          spot: false,
        },
        {
          lotId: null,
          providerId: null,
          supplierName: 'Spot Ltd',
          committedPence: 100,
          outcomeExposurePence: 0,
          spot: true,
        },
      ],
    });
    expect(position.total).toMatchObject({
      spentPence: 300,
      committedPence: 1_000,
      outcomeExposurePence: 90,
      projectedOutturnPence: 1_300,
      variancePence: 300,
      variancePercent: '30.0',
      spotCommittedPence: 100,
      outturnPercentOfBudget: '130.0',
    });
    expect(position.byCostCentre).toEqual([
      expect.objectContaining({
        costCentre: 'AP-01',
        budgetPence: 1_000,
        projectedOutturnPence: 0,
        variancePence: -1_000,
      }),
      expect.objectContaining({
        costCentre: null,
        budgetPence: null,
        projectedOutturnPence: 1_300,
        variancePence: null,
      }),
    ]);
    expect(position.byLot.map((row) => [row.lotId, row.projectedOutturnPence])).toEqual([
      ['l1', 1_200],
      [null, 100],
    ]);
  });

  it('gives imported spend no funding source when the budget splits its cost centre across two', () => {
    const position = buildPosition({
      budget: [
        { costCentre: 'AP-01', fundingSource: 'dsg_high_needs', amountPence: 500 },
        { costCentre: 'AP-01', fundingSource: 'general_fund', amountPence: 500 },
      ],
      imported: [
        { costCentre: 'AP-01', providerId: null, supplierName: 'X', onFramework: null, amountPence: 10 },
      ],
      invoiced: [],
      commitments: [],
    });
    expect(position.byFundingSource.find((row) => row.fundingSource === null)?.spentPence).toBe(10);
  });

  it('shows no variance without a budget', () => {
    expect(buildPosition({ budget: null, imported: [], invoiced: [], commitments: [] }).total).toMatchObject({
      budgetPence: null,
      variancePence: null,
      variancePercent: null,
    });
  });
});

describe('commitments from today', () => {
  const callOff = {
    startDate: '2025-09-01',
    endDate: '2026-07-17',
    // £50 in the year over 10 school days, 10 % of it at risk (£5 = 500,000,000 millionths of a penny).
    yearPart: { schoolDays: 10, totalPence: 5_000, atRiskMicropence: 500_000_000n },
  };

  it('spreads the year’s value over its school days and counts those left from today, today included', () => {
    const counted = (from: string, to: string) => (from === '2026-03-30' && to === '2026-03-31' ? 2 : 99);
    expect(callOffCommitment(callOff, year, '2026-03-30', counted)).toEqual({
      committedPence: 1_000,
      outcomeExposurePence: 100,
    });
  });

  it('counts the whole year’s part before the year starts, and nothing once it is over', () => {
    expect(callOffCommitment(callOff, year, '2025-01-01', () => 10).committedPence).toBe(5_000);
    expect(callOffCommitment(callOff, year, '2026-04-01', () => 10).committedPence).toBe(0);
    expect(
      callOffCommitment({ ...callOff, yearPart: null }, year, '2025-06-01', () => 10).committedPence,
    ).toBe(0);
  });

  it('prices a spot purchase at a fifth of its weekly price per school day left', () => {
    const spot = { startDate: '2026-03-02', endDate: '2026-06-30', weeklyPricePence: 100_001 };
    expect(spotCommitment(spot, year, '2026-03-02', weekdays)).toBe(440_004);
    expect(spotCommitment(spot, year, '2026-04-01', weekdays)).toBe(0);
  });
});
