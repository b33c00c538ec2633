// The catalogue of every event the service publishes: one place for the type names, who may read each, and what
// its payload holds. README § Events documents the same list for integrators.

// Who reads an event besides admin and auditor (who read every event, never its restricted part):
// - parties: the commissioner organisation and the provider the event names (a call-off's two sides);
// - provider: the provider it names (its own checks and prices);
// - framework: the commissioners entitled to the event's framework, and the provider it names;
// - directory: every commissioner (providers are readable by all of them) and the provider it names;
// - framework_public: the framework's commissioners and every provider (providers read active frameworks);
// - council: admin and auditor only;
// - child: one child's attendance, reviews and outcomes: the commissioner organisation and the provider the event
//   names, and nobody else, admin and auditor included (they read aggregates; DESIGN §1 "Child data is minimised").
export type EventAudience =
  'parties' | 'provider' | 'framework' | 'directory' | 'framework_public' | 'council' | 'child';

export const EVENT_CATALOGUE = {
  'call_off.offered': { subject: 'call_off', audience: 'parties' },
  'call_off.accepted': { subject: 'call_off', audience: 'parties' },
  'call_off.declined': { subject: 'call_off', audience: 'parties' },
  'call_off.withdrawn': { subject: 'call_off', audience: 'parties' },
  'call_off.lapsed': { subject: 'call_off', audience: 'parties' },
  'call_off.varied': { subject: 'call_off', audience: 'parties' },
  'call_off.terminated': { subject: 'call_off', audience: 'parties' },
  // Aggregates over every commissioner's call-offs on the framework: the council's own record.
  'blanket_extension.run': { subject: 'framework', audience: 'council' },
  'provider.directory_status_changed': { subject: 'provider', audience: 'directory' },
  'lot_membership.suspended': { subject: 'lot_membership', audience: 'framework' },
  'lot_membership.reinstated': { subject: 'lot_membership', audience: 'framework' },
  'check.recorded': { subject: 'provider_check', audience: 'provider' },
  'check.expiring': { subject: 'provider_check', audience: 'provider' },
  'rate_card.submitted': { subject: 'rate_card', audience: 'provider' },
  'rate_card.approved': { subject: 'rate_card', audience: 'provider' },
  'rate_card.rejected': { subject: 'rate_card', audience: 'provider' },
  'capacity.declared': { subject: 'capacity_declaration', audience: 'framework' },
  'framework.activated': { subject: 'framework', audience: 'framework_public' },
  // The subscription's owner (as parties: its organisation or provider; admin-owned: the council).
  'webhook_subscription.disabled': { subject: 'webhook_subscription', audience: 'parties' },
  // Attendance, reviews and outcomes (DESIGN §1 Attendance, reviews and outcomes): about one child.
  'attendance.absence_recorded': { subject: 'call_off', audience: 'child' },
  'attendance.marks_missing': { subject: 'call_off', audience: 'child' },
  'review.recorded': { subject: 'review', audience: 'child' },
  'review.overdue': { subject: 'call_off', audience: 'child' },
  'outcome_rule.created': { subject: 'outcome_rule', audience: 'framework_public' },
  'outcome_claim.submitted': { subject: 'outcome_claim', audience: 'child' },
  'outcome_claim.verified': { subject: 'outcome_claim', audience: 'child' },
  'outcome_claim.rejected': { subject: 'outcome_claim', audience: 'child' },
  // Money (DESIGN §1 Money): between a commissioner organisation and a provider, or the organisation's own.
  'invoice.submitted': { subject: 'invoice', audience: 'parties' },
  'invoice.approved': { subject: 'invoice', audience: 'parties' },
  'invoice.disputed': { subject: 'invoice', audience: 'parties' },
  'invoice.paid': { subject: 'invoice', audience: 'parties' },
  'spend_import.recorded': { subject: 'spend_import', audience: 'parties' },
  'spot_purchase.recorded': { subject: 'spot_purchase', audience: 'parties' },
  'budget.set': { subject: 'budget', audience: 'parties' },
  'budget.threshold_crossed': { subject: 'budget', audience: 'parties' },
} as const satisfies Record<string, { subject: string; audience: EventAudience }>;

export type EventType = keyof typeof EVENT_CATALOGUE;
export type SubjectType = (typeof EVENT_CATALOGUE)[EventType]['subject'];
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, value);
}

// What a writer hands to EventsService.append. `payload` is what every reader in the audience sees; `restricted`
// holds children's special-category data (EHC plan, looked after, needs, free text about a child) and reaches only
// the commissioner organisation and the provider the event names (DESIGN §1 "Child data is minimised").
export interface NewEvent {
  type: EventType;
  subject: { id: string; version: number | null };
  frameworkId?: string | null;
  commissionerOrganisationId?: string | null;
  providerId?: string | null;
  payload: Record<string, unknown>;
  restricted?: Record<string, unknown> | null;
  // Set by jobs that may run twice for the same fact (the daily check-expiry scan): a second append is a no-op.
  dedupeKey?: string;
}
