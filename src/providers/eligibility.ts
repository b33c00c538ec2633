// Pure eligibility rules (no framework imports): plain rows in, reasons out. DESIGN §1:
// eligible(provider, lot, date) = directory approved ∧ admitted to the lot and not suspended
//   ∧ every mandatory check passed and in date on that date ∧ lot rules (registered-only) hold.

export type Outcome = 'pass' | 'conditional' | 'fail';
export type MandatoryScopeValue = 'all' | 'registered' | 'lot';
export type DirectoryStatusValue =
  'applied' | 'approved' | 'conditionally_approved' | 'suspended' | 'removed';
export type MembershipStatusValue = 'active' | 'suspended' | 'removed';

export interface CatalogueRow {
  code: string;
  mandatory: MandatoryScopeValue;
}

export interface CheckRow {
  type: string;
  outcome: Outcome;
  verifiedAt: string;
  expiresAt: string;
  conditionsDueDate?: string | null;
  createdAt: Date;
}

export interface ProviderRow {
  directoryStatus: DirectoryStatusValue;
  registrationStatus: 'registered' | 'unregistered';
}

export interface LotRow {
  registeredProvidersOnly: boolean;
  mandatoryCheckTypes: string[];
}

export type ReasonCode =
  | 'not_approved'
  | 'not_member'
  | 'membership_suspended'
  | 'check_missing'
  | 'check_expired'
  | 'check_failed'
  | 'unregistered_for_registered_lot';

export interface Reason {
  code: ReasonCode;
  detail: string;
}

export interface Eligibility {
  eligible: boolean;
  reasons: Reason[];
}

export type CheckProblem = 'missing' | 'failed' | 'expired';

export interface CheckFailure {
  checkType: string;
  problem: CheckProblem;
}

export const APPROVED_STATUSES: readonly DirectoryStatusValue[] = ['approved', 'conditionally_approved'];

// Catalogue `all`, plus `registered` for a registered setting (Ofsted), plus what the lot lists; in catalogue order.
export function mandatoryCheckTypes(
  catalogue: CatalogueRow[],
  registered: boolean,
  lotCodes: string[] = [],
): string[] {
  const codes = catalogue
    .filter((row) => row.mandatory === 'all' || (row.mandatory === 'registered' && registered))
    .map((row) => row.code);
  for (const code of lotCodes) if (!codes.includes(code)) codes.push(code);
  return codes;
}

// The check that counts on `date`: the newest verified on or before it (by verifiedAt, then createdAt).
export function currentCheck<T extends CheckRow>(checks: T[], type: string, date: string): T | undefined {
  let best: T | undefined;
  for (const check of checks) {
    if (check.type !== type || check.verifiedAt > date) continue;
    if (
      !best ||
      check.verifiedAt > best.verifiedAt ||
      (check.verifiedAt === best.verifiedAt && check.createdAt.getTime() > best.createdAt.getTime())
    )
      best = check;
  }
  return best;
}

// A conditional outcome is a pass with conditions; it stops counting once its conditions fall overdue.
function passes(check: CheckRow, date: string, acceptConditional: boolean): boolean {
  if (check.outcome === 'pass') return true;
  if (check.outcome === 'fail' || !acceptConditional) return false;
  return !check.conditionsDueDate || date <= check.conditionsDueDate;
}

// Each required type whose current check on `date` is missing, failed or expired. expiresAt is the last valid day.
export function checkFailures(
  required: string[],
  checks: CheckRow[],
  date: string,
  options: { acceptConditional: boolean },
): CheckFailure[] {
  const failures: CheckFailure[] = [];
  for (const type of required) {
    const check = currentCheck(checks, type, date);
    if (!check) failures.push({ checkType: type, problem: 'missing' });
    else if (!passes(check, date, options.acceptConditional))
      failures.push({ checkType: type, problem: 'failed' });
    else if (check.expiresAt < date) failures.push({ checkType: type, problem: 'expired' });
  }
  return failures;
}

const PROBLEM_REASON: Record<CheckProblem, ReasonCode> = {
  missing: 'check_missing',
  failed: 'check_failed',
  expired: 'check_expired',
};

// The reasons for one provider on one lot. The check part comes either as the rows (checkFailures here, the
// reference) or already computed by the set query in EligibilityService, which mirrors checkFailures in SQL.
export function evaluateEligibility(
  input: {
    provider: ProviderRow;
    lot: LotRow;
    membershipStatus: MembershipStatusValue | null;
    date: string;
  } & ({ checks: CheckRow[]; catalogue: CatalogueRow[] } | { checkFailures: CheckFailure[] }),
): Eligibility {
  const { provider, lot, membershipStatus, date } = input;
  const reasons: Reason[] = [];
  if (!APPROVED_STATUSES.includes(provider.directoryStatus))
    reasons.push({
      code: 'not_approved',
      detail: `The provider's directory status is ${provider.directoryStatus}.`,
    });
  if (membershipStatus === null || membershipStatus === 'removed')
    reasons.push({ code: 'not_member', detail: 'The provider has not been admitted to this lot.' });
  else if (membershipStatus === 'suspended')
    reasons.push({
      code: 'membership_suspended',
      detail: "The provider's membership of this lot is suspended.",
    });
  // Education Act 1996 s.463 / the lot's own rule: a registered-only lot admits registered settings only.
  if (lot.registeredProvidersOnly && provider.registrationStatus !== 'registered')
    reasons.push({
      code: 'unregistered_for_registered_lot',
      detail: 'This lot is for registered providers only.',
    });
  // Whether a conditional check is enough was decided at approval; here it counts until its conditions fall due.
  const failures =
    'checkFailures' in input
      ? input.checkFailures
      : checkFailures(
          mandatoryCheckTypes(
            input.catalogue,
            provider.registrationStatus === 'registered',
            lot.mandatoryCheckTypes,
          ),
          input.checks,
          date,
          { acceptConditional: true },
        );
  for (const failure of failures)
    reasons.push({ code: PROBLEM_REASON[failure.problem], detail: failure.checkType });
  return { eligible: reasons.length === 0, reasons };
}
