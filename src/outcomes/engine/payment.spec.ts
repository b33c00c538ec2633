import { baseInFinancialYear, capPayment, providerYearCap, retainedPence, uncappedPayment } from './payment';

describe('Outcome payments', () => {
  describe('the uncapped price of a claim (round half up)', () => {
    it('is the share of the at-risk value, exact when it divides', () => {
      expect(uncappedPayment(100_000, '25')).toBe(25_000);
    });

    it('rounds a half penny up', () => {
      // 12,345 × 10% = 1,234.5 → 1,235
      expect(uncappedPayment(12_345, '10')).toBe(1_235);
    });

    it('rounds below a half penny down', () => {
      // 12,345 × 33.33% = 4,114.5885 → 4,115; 1,001 × 12.5% = 125.125 → 125
      expect(uncappedPayment(12_345, '33.33')).toBe(4_115);
      expect(uncappedPayment(1_001, '12.5')).toBe(125);
    });

    it('is nothing for a zero share or an empty pot', () => {
      expect(uncappedPayment(0, '40')).toBe(0);
      expect(uncappedPayment(50_000, '0')).toBe(0);
    });

    it('refuses pence that are not a non-negative integer', () => {
      expect(() => uncappedPayment(1.5, '10')).toThrow();
      expect(() => uncappedPayment(-1, '10')).toThrow();
    });
  });

  describe("a placement's base value in a financial year (round half up)", () => {
    const placement = {
      basePence: 900_000,
      totalPence: 1_000_000,
      byFinancialYear: [
        { financialYear: '2026-27', totalPence: 333_333 },
        { financialYear: '2027-28', totalPence: 666_667 },
      ],
    };

    it('is the base share of that year’s part', () => {
      // 333,333 × 0.9 = 299,999.7 → 300,000; 666,667 × 0.9 = 600,000.3 → 600,000
      expect(baseInFinancialYear(placement, '2026-27')).toBe(300_000);
      expect(baseInFinancialYear(placement, '2027-28')).toBe(600_000);
    });

    it('is nothing in a year the placement does not reach', () => {
      expect(baseInFinancialYear(placement, '2028-29')).toBe(0);
    });

    it('is nothing for a placement priced at nothing', () => {
      expect(baseInFinancialYear({ basePence: 0, totalPence: 0, byFinancialYear: [] }, '2026-27')).toBe(0);
    });
  });

  describe("the provider's yearly cap (round down)", () => {
    it('is the cap percent of the base value', () => {
      expect(providerYearCap(1_000_000, '12')).toBe(120_000);
    });

    it('drops a fraction of a penny so the cap is never exceeded', () => {
      // 999,999 × 12% = 119,999.88 → 119,999
      expect(providerYearCap(999_999, '12')).toBe(119_999);
      // 10,001 × 12.5% = 1,250.125 → 1,250
      expect(providerYearCap(10_001, '12.5')).toBe(1_250);
    });
  });

  describe('caps', () => {
    const roomy = {
      atRiskPence: 100_000,
      paidForPlacementPence: 0,
      providerYearCapPence: 1_000_000,
      paidToProviderInYearPence: 0,
    };

    it('pays the claim in full when neither cap binds', () => {
      expect(capPayment({ ...roomy, uncappedPence: 25_000 })).toEqual({
        uncappedPence: 25_000,
        payablePence: 25_000,
        capApplied: 'none',
      });
    });

    it('pays exactly up to a cap that is reached to the penny, without naming it', () => {
      expect(capPayment({ ...roomy, uncappedPence: 40_000, paidForPlacementPence: 60_000 })).toEqual({
        uncappedPence: 40_000,
        payablePence: 40_000,
        capApplied: 'none',
      });
    });

    it("never lets one child's payments exceed the placement's at-risk value", () => {
      expect(capPayment({ ...roomy, uncappedPence: 40_000, paidForPlacementPence: 75_001 })).toEqual({
        uncappedPence: 40_000,
        payablePence: 24_999,
        capApplied: 'per_child',
      });
    });

    it('pays nothing once the placement has released all its at-risk value', () => {
      expect(
        capPayment({ ...roomy, uncappedPence: 10_000, paidForPlacementPence: 100_000 }).payablePence,
      ).toBe(0);
    });

    it("holds the provider's payments in the year to its cap", () => {
      expect(
        capPayment({
          ...roomy,
          uncappedPence: 25_000,
          providerYearCapPence: 120_000,
          paidToProviderInYearPence: 110_001,
        }),
      ).toEqual({ uncappedPence: 25_000, payablePence: 9_999, capApplied: 'per_provider_year' });
    });

    it('names the provider cap when it is tighter than the child cap', () => {
      const paid = capPayment({
        uncappedPence: 50_000,
        atRiskPence: 100_000,
        paidForPlacementPence: 70_000,
        providerYearCapPence: 20_000,
        paidToProviderInYearPence: 0,
      });
      expect(paid).toEqual({ uncappedPence: 50_000, payablePence: 20_000, capApplied: 'per_provider_year' });
    });

    it('names the child cap when it is tighter than the provider cap', () => {
      const paid = capPayment({
        uncappedPence: 50_000,
        atRiskPence: 100_000,
        paidForPlacementPence: 90_000,
        providerYearCapPence: 20_000,
        paidToProviderInYearPence: 0,
      });
      expect(paid).toEqual({ uncappedPence: 50_000, payablePence: 10_000, capApplied: 'per_child' });
    });

    it('pays nothing when the provider was already paid beyond a cap that later fell', () => {
      expect(
        capPayment({
          ...roomy,
          uncappedPence: 5_000,
          providerYearCapPence: 1_000,
          paidToProviderInYearPence: 2_000,
        }),
      ).toEqual({ uncappedPence: 5_000, payablePence: 0, capApplied: 'per_provider_year' });
    });
  });

  describe('retained at-risk money', () => {
    it('is what the placement did not release', () => {
      expect(retainedPence(100_000, 35_000)).toBe(65_000);
    });

    it('is never negative', () => {
      expect(retainedPence(100_000, 100_000)).toBe(0);
      expect(retainedPence(90_000, 100_000)).toBe(0);
    });
  });
});
