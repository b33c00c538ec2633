import {
  billableSessions,
  Delivery,
  invoiceMatch,
  LineContext,
  LineInput,
  matchLines,
  PayableClaim,
} from './line-matching';

const PARTIES = { providerId: 'p1', commissionerOrganisationId: 'o1' };

// 40 sessions commissioned: 30 present, 2 late, 3 authorised and 2 unauthorised absences, 2 cancelled by the
// provider, 1 not required.
const delivery: Delivery = {
  commissioned: 40,
  present: 30,
  late: 2,
  authorisedAbsence: 3,
  unauthorisedAbsence: 2,
  providerCancelled: 2,
  notRequired: 1,
  unmarkedPast: 0,
};

const claim: PayableClaim = {
  id: 'claim1',
  callOffId: 'c1',
  providerId: 'p1',
  commissionerOrganisationId: 'o1',
  status: 'verified',
  payablePence: 12500,
  financialYear: '2026-27',
};

const context = (overrides: Partial<LineContext> = {}): LineContext => ({
  sessionPricePence: 4500,
  delivery,
  sessionsInvoicedElsewhere: 0,
  claim: null,
  claimInvoicedElsewhere: false,
  ...overrides,
});

const sessions = (quantity: number, overrides: Partial<LineInput> = {}): LineInput => ({
  callOffId: 'c1',
  kind: 'sessions',
  quantity,
  unitPricePence: 4500,
  amountPence: quantity * 4500,
  ...overrides,
});

const COMMISSIONED = 'pay_commissioned_unless_provider_cancelled' as const;
const ATTENDED = 'pay_attended_only' as const;

describe('billable sessions by absence-billing policy', () => {
  it('pays every commissioned session but those the provider cancelled by default', () => {
    expect(billableSessions(COMMISSIONED, delivery)).toBe(38);
  });

  it('pays attended sessions only (present or late) under pay_attended_only', () => {
    expect(billableSessions(ATTENDED, delivery)).toBe(32);
  });
});

describe('matching an invoice line', () => {
  it('matches sessions within what was commissioned and billable, with no variance', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [{ input: sessions(38), context: context() }]);
    expect(line).toEqual({
      status: 'matched',
      reasons: [],
      expectedPence: 171000,
      variancePence: 0,
      paysClaim: false,
    });
  });

  it('queries sessions the provider cancelled under the default policy, with the exact variance', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [{ input: sessions(40), context: context() }]);
    expect(line.status).toBe('query');
    expect(line.reasons.map((r) => r.code)).toEqual(['above_billable']);
    // 38 billable × 4500p = 171000p; billed 180000p.
    expect(line).toMatchObject({ expectedPence: 171000, variancePence: 9000 });
  });

  it('queries absences under pay_attended_only, with the exact variance', () => {
    const [line] = matchLines(ATTENDED, PARTIES, [{ input: sessions(38), context: context() }]);
    expect(line.reasons.map((r) => r.code)).toEqual(['above_billable']);
    // 32 attended × 4500p = 144000p; billed 38 × 4500p = 171000p.
    expect(line).toMatchObject({ status: 'query', expectedPence: 144000, variancePence: 27000 });
    const [fine] = matchLines(ATTENDED, PARTIES, [{ input: sessions(32), context: context() }]);
    expect(fine).toMatchObject({ status: 'matched', variancePence: 0 });
  });

  it('queries more sessions than were commissioned in the period', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [{ input: sessions(41), context: context() }]);
    expect(line.reasons.map((r) => r.code)).toEqual(['above_commissioned']);
    expect(line).toMatchObject({ expectedPence: 171000, variancePence: 13500 });
  });

  it('shares a call-off’s allowance between its lines and with overlapping invoices', () => {
    const lines = matchLines(COMMISSIONED, PARTIES, [
      { input: sessions(20), context: context({ sessionsInvoicedElsewhere: 10 }) },
      { input: sessions(10), context: context({ sessionsInvoicedElsewhere: 10 }) },
    ]);
    // 10 already billed elsewhere: 20 fit (30 ≤ 38), then 8 of the next 10.
    expect(lines.map((l) => l.status)).toEqual(['matched', 'query']);
    expect(lines[1]).toMatchObject({ expectedPence: 36000, variancePence: 9000 });
  });

  it('queries a unit price other than the call-off’s per-session price', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [
      { input: sessions(10, { unitPricePence: 4600, amountPence: 46000 }), context: context() },
    ]);
    expect(line.reasons.map((r) => r.code)).toEqual(['unit_price_differs']);
    expect(line).toMatchObject({ expectedPence: 45000, variancePence: 1000 });
  });

  it('queries an amount that is not quantity × unit price, to the penny', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [
      { input: sessions(10, { amountPence: 45001 }), context: context() },
    ]);
    expect(line.reasons.map((r) => r.code)).toEqual(['amount_mismatch']);
    expect(line).toMatchObject({ expectedPence: 45000, variancePence: 1 });
  });

  it('queries sessions whose delivery could not be read', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [
      { input: sessions(10), context: context({ delivery: null }) },
    ]);
    expect(line.reasons.map((r) => r.code)).toEqual(['delivery_unknown']);
    expect(line.variancePence).toBe(45000);
  });

  describe('an outcome payment', () => {
    const outcome = (overrides: Partial<LineInput> = {}): LineInput => ({
      callOffId: 'c1',
      kind: 'outcome_payment',
      quantity: 1,
      unitPricePence: 12500,
      amountPence: 12500,
      outcomeClaimId: 'claim1',
      ...overrides,
    });

    it('matches a verified claim of the placement not yet invoiced, at its payable amount', () => {
      const [line] = matchLines(COMMISSIONED, PARTIES, [{ input: outcome(), context: context({ claim }) }]);
      expect(line).toEqual({
        status: 'matched',
        reasons: [],
        expectedPence: 12500,
        variancePence: 0,
        paysClaim: true,
      });
    });

    it('queries a claim that is not verified', () => {
      const [line] = matchLines(COMMISSIONED, PARTIES, [
        { input: outcome(), context: context({ claim: { ...claim, status: 'submitted' } }) },
      ]);
      expect(line.reasons.map((r) => r.code)).toEqual(['claim_not_verified']);
      expect(line).toMatchObject({ variancePence: 12500, paysClaim: false });
    });

    it('queries a claim already on another invoice, or twice on this one', () => {
      const [elsewhere] = matchLines(COMMISSIONED, PARTIES, [
        { input: outcome(), context: context({ claim, claimInvoicedElsewhere: true }) },
      ]);
      expect(elsewhere.reasons.map((r) => r.code)).toEqual(['claim_already_invoiced']);
      const twice = matchLines(COMMISSIONED, PARTIES, [
        { input: outcome(), context: context({ claim }) },
        { input: outcome(), context: context({ claim }) },
      ]);
      expect(twice.map((l) => [l.status, l.paysClaim])).toEqual([
        ['matched', true],
        ['query', false],
      ]);
    });

    it('queries a claim of another placement, another provider, or none', () => {
      for (const other of [
        { ...claim, callOffId: 'c2' },
        { ...claim, providerId: 'p2' },
        { ...claim, commissionerOrganisationId: 'o2' },
        null,
      ]) {
        const [line] = matchLines(COMMISSIONED, PARTIES, [
          { input: outcome(), context: context({ claim: other }) },
        ]);
        expect(line.reasons.map((r) => r.code)).toEqual(['claim_not_found']);
      }
    });

    it('queries an amount other than the claim’s payable amount, with the variance', () => {
      const [line] = matchLines(COMMISSIONED, PARTIES, [
        { input: outcome({ unitPricePence: 13000, amountPence: 13000 }), context: context({ claim }) },
      ]);
      expect(line.reasons.map((r) => r.code)).toEqual(['claim_amount_differs']);
      // Still the line that pays the claim: the commissioner may approve it at the claim's amount or dispute it.
      expect(line).toMatchObject({ expectedPence: 12500, variancePence: 500, paysClaim: true });
    });
  });

  it('queries transport and other charges, which no call-off prices', () => {
    const [line] = matchLines(COMMISSIONED, PARTIES, [
      {
        input: { callOffId: 'c1', kind: 'transport', quantity: 10, unitPricePence: 800, amountPence: 8000 },
        context: context(),
      },
    ]);
    expect(line).toMatchObject({ status: 'query', expectedPence: 0, variancePence: 8000 });
    expect(line.reasons.map((r) => r.code)).toEqual(['unpriced_charge']);
  });

  it('makes the invoice matched only when every line is, its variance the sum of the lines’', () => {
    const lines = matchLines(COMMISSIONED, PARTIES, [
      { input: sessions(38), context: context() },
      { input: sessions(1, { callOffId: 'c2' }), context: context() },
    ]);
    expect(invoiceMatch(lines)).toEqual({ status: 'matched', variancePence: 0 });
    const queried = matchLines(COMMISSIONED, PARTIES, [
      { input: sessions(40), context: context() },
      { input: sessions(10, { callOffId: 'c2', amountPence: 45001 }), context: context() },
    ]);
    expect(invoiceMatch(queried)).toEqual({ status: 'query', variancePence: 9001 });
  });
});
