import { fromInteger, multiply } from '../../pricing/engine/decimal';

export type InvoiceLineKind = 'sessions' | 'outcome_payment' | 'transport' | 'other';
export const INVOICE_LINE_KINDS: readonly InvoiceLineKind[] = [
  'sessions',
  'outcome_payment',
  'transport',
  'other',
];

export type AbsenceBillingPolicy = 'pay_commissioned_unless_provider_cancelled' | 'pay_attended_only';

export type LineStatus = 'matched' | 'query';

// Sessions of one call-off in a window, by mark (the attendance module's AttendanceService.delivery).
export interface Delivery {
  commissioned: number;
  present: number;
  late: number;
  authorisedAbsence: number;
  unauthorisedAbsence: number;
  providerCancelled: number;
  notRequired: number;
  unmarkedPast: number;
}

// A claim as the outcomes module pays it (OutcomesService.payableClaim).
export interface PayableClaim {
  id: string;
  callOffId: string;
  providerId: string;
  commissionerOrganisationId: string;
  status: string;
  // Null until the claim is verified and priced.
  payablePence: number | null;
  financialYear: string;
}

export interface LineInput {
  callOffId: string;
  kind: InvoiceLineKind;
  quantity: number;
  unitPricePence: number;
  amountPence: number;
  outcomeClaimId?: string | null;
}

// What the service knows about a line's call-off and claim.
export interface LineContext {
  // The call-off's price of one session (engine/session-price).
  sessionPricePence: number;
  // The call-off's sessions in the invoiced period by mark; null when no delivery could be read.
  delivery: Delivery | null;
  // Sessions of this call-off already billed on other invoices (not disputed) whose periods overlap this one.
  sessionsInvoicedElsewhere: number;
  // The claim the line names, as the outcomes module answers it (null: none such, or not payable to this provider).
  claim: PayableClaim | null;
  // The claim is on a line of another invoice that is not disputed.
  claimInvoicedElsewhere: boolean;
}

export type LineReasonCode =
  | 'amount_mismatch'
  | 'unit_price_differs'
  | 'above_commissioned'
  | 'above_billable'
  | 'delivery_unknown'
  | 'claim_not_found'
  | 'claim_not_verified'
  | 'claim_already_invoiced'
  | 'claim_amount_differs'
  | 'unpriced_charge';

export interface LineReason {
  code: LineReasonCode;
  detail: string;
}

export interface MatchedLine {
  status: LineStatus;
  reasons: LineReason[];
  // What the line may charge under the rules; variance = amount − expected (positive: billed above what is due).
  expectedPence: number;
  variancePence: number;
  // The line pays the claim it names (verified, of this placement, not already on an invoice): it holds the claim,
  // so no other invoice can bill it while this one is not disputed.
  paysClaim: boolean;
}

export interface InvoiceParties {
  providerId: string;
  commissionerOrganisationId: string;
}

// Sessions a provider may bill, by the framework's absence-billing policy (framework clause: absenceBillingPolicy).
export function billableSessions(policy: AbsenceBillingPolicy, delivery: Delivery): number {
  switch (policy) {
    // Framework clause, default: every commissioned session is paid (the place was held) unless the provider
    // cancelled it; absences and sessions the commissioner marked not required are still paid.
    case 'pay_commissioned_unless_provider_cancelled':
      return Math.max(0, delivery.commissioned - delivery.providerCancelled);
    // Framework clause, alternative: only sessions the child attended (present or late) are paid.
    case 'pay_attended_only':
      return delivery.present + delivery.late;
  }
}

// quantity × unit price, exactly, as pence (both are integers, so no rounding is needed).
export function lineProduct(quantity: number, unitPricePence: number): number {
  const product = multiply(fromInteger(quantity), fromInteger(unitPricePence));
  return Number(product.num);
}

// Matches an invoice's lines, in order, to what was commissioned, delivered and verified (DESIGN §1 Money: invoices
// matched line by line to commissioned and delivered sessions under the framework's absence-billing policy). Several
// sessions lines of one call-off share its allowance, first line first.
export function matchLines(
  policy: AbsenceBillingPolicy,
  parties: InvoiceParties,
  lines: { input: LineInput; context: LineContext }[],
): MatchedLine[] {
  const sessionsUsed = new Map<string, number>();
  const claimsUsed = new Set<string>();
  return lines.map(({ input, context }) => {
    const reasons: LineReason[] = [];
    const product = lineProduct(input.quantity, input.unitPricePence);
    // Amounts add up to the penny: quantity × unit price = amount (DESIGN §1 Money is integer pence).
    if (product !== input.amountPence)
      reasons.push({
        code: 'amount_mismatch',
        detail: `${input.quantity} × ${input.unitPricePence}p = ${product}p, not ${input.amountPence}p.`,
      });
    let expectedPence = 0;
    let paysClaim = false;
    switch (input.kind) {
      case 'sessions':
        expectedPence = matchSessions(policy, input, context, sessionsUsed, reasons);
        break;
      case 'outcome_payment':
        ({ expectedPence, paysClaim } = matchClaim(parties, input, context, claimsUsed, reasons));
        break;
      case 'transport':
      case 'other':
        // A call-off prices education sessions only: any other charge has no commissioned price to match.
        reasons.push({
          code: 'unpriced_charge',
          detail: `A ${input.kind} charge has no commissioned price on the call-off; the commissioner reviews it.`,
        });
        break;
    }
    return {
      status: reasons.length === 0 ? 'matched' : 'query',
      reasons,
      expectedPence,
      variancePence: input.amountPence - expectedPence,
      paysClaim,
    };
  });
}

function matchSessions(
  policy: AbsenceBillingPolicy,
  input: LineInput,
  context: LineContext,
  used: Map<string, number>,
  reasons: LineReason[],
): number {
  // The unit price is the call-off's, as a price per session (engine/session-price).
  if (input.unitPricePence !== context.sessionPricePence)
    reasons.push({
      code: 'unit_price_differs',
      detail: `The call-off's price is ${context.sessionPricePence}p a session, not ${input.unitPricePence}p.`,
    });
  const delivery = context.delivery;
  if (!delivery) {
    reasons.push({
      code: 'delivery_unknown',
      detail: 'The sessions commissioned and delivered in the period could not be read.',
    });
    return 0;
  }
  const before = used.get(input.callOffId) ?? context.sessionsInvoicedElsewhere;
  const after = before + input.quantity;
  used.set(input.callOffId, after);
  const commissionedLeft = Math.max(0, delivery.commissioned - before);
  const billableLeft = Math.max(0, billableSessions(policy, delivery) - before);
  if (input.quantity > commissionedLeft)
    reasons.push({
      code: 'above_commissioned',
      detail:
        `${input.quantity} sessions billed; ${delivery.commissioned} commissioned in the period` +
        (before > 0 ? `, ${before} already billed.` : '.'),
    });
  else if (input.quantity > billableLeft)
    reasons.push({
      code: 'above_billable',
      detail:
        `${input.quantity} sessions billed; ${billableSessions(policy, delivery)} billable in the period under ` +
        `${policy}` +
        (before > 0 ? `, ${before} already billed.` : '.'),
    });
  const allowed = Math.min(input.quantity, commissionedLeft, billableLeft);
  return lineProduct(allowed, context.sessionPricePence);
}

function matchClaim(
  parties: InvoiceParties,
  input: LineInput,
  context: LineContext,
  used: Set<string>,
  reasons: LineReason[],
): { expectedPence: number; paysClaim: boolean } {
  const unpaid = { expectedPence: 0, paysClaim: false };
  const claim = context.claim;
  // An outcome line matches a verified claim on the same placement between the same parties (DESIGN §1 Outcome rules).
  if (
    !claim ||
    claim.id !== input.outcomeClaimId ||
    claim.callOffId !== input.callOffId ||
    claim.providerId !== parties.providerId ||
    claim.commissionerOrganisationId !== parties.commissionerOrganisationId
  ) {
    reasons.push({ code: 'claim_not_found', detail: 'No outcome claim of this placement has that id.' });
    return unpaid;
  }
  if (claim.status !== 'verified' || claim.payablePence === null) {
    reasons.push({
      code: 'claim_not_verified',
      detail: `The claim is ${claim.status}; only a verified claim is payable.`,
    });
    return unpaid;
  }
  // A claim is paid once: not on another live invoice, nor twice on this one.
  if (context.claimInvoicedElsewhere || used.has(claim.id)) {
    reasons.push({ code: 'claim_already_invoiced', detail: 'The claim is already on an invoice.' });
    return unpaid;
  }
  used.add(claim.id);
  if (input.amountPence !== claim.payablePence)
    reasons.push({
      code: 'claim_amount_differs',
      detail: `The claim's payable amount is ${claim.payablePence}p, not ${input.amountPence}p.`,
    });
  return { expectedPence: claim.payablePence, paysClaim: true };
}

// The invoice's own figures: matched when every line is; its variance is the lines' sum.
export function invoiceMatch(lines: MatchedLine[]): { status: LineStatus; variancePence: number } {
  return {
    status: lines.every((line) => line.status === 'matched') ? 'matched' : 'query',
    variancePence: lines.reduce((acc, line) => acc + line.variancePence, 0),
  };
}
