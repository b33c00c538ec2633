// Every problem code the API answers with: its HTTP status, its RFC 9457 title (one per problem type), and the rule
// or standard it enforces. DomainError, the problem filter and the OpenAPI document's Problem.code all read this
// table, so a code is added here or it does not type-check (src/common/error-catalogue.spec.ts holds it to src/).
export interface ErrorEntry {
  status: number;
  title: string;
  source: string;
}

const DUPLICATE = 'DESIGN §2 Errors: 409 for a duplicate (a unique constraint, race-proof)';

export const ERROR_CATALOGUE = {
  // Transport: the request itself.
  bad_request: { status: 400, title: 'Bad request', source: 'RFC 9110 §15.5.1' },
  malformed_json: {
    status: 400,
    title: 'Malformed JSON body',
    source: 'RFC 8259; DESIGN §2 Errors: bad input never yields a 5xx',
  },
  validation_failed: {
    status: 400,
    title: 'Invalid input',
    source: 'DESIGN §2 Errors: 400 for invalid input, with errors[] naming each field',
  },
  invalid_cursor: {
    status: 400,
    title: 'Invalid cursor',
    source: 'DESIGN §2 Lists: keyset pagination, the cursor is opaque',
  },
  precondition_required: {
    status: 428,
    title: 'Precondition required',
    source: 'RFC 6585 §3; DESIGN §2: state changes honour If-Match (required on PATCH)',
  },
  invalid_if_match: { status: 400, title: 'Invalid If-Match', source: 'RFC 9110 §13.1.1 If-Match' },
  idempotency_key_required: {
    status: 400,
    title: 'Idempotency-Key required',
    source: 'DESIGN §2: Idempotency-Key is required on POST /v1/call-offs',
  },
  invalid_idempotency_key: {
    status: 400,
    title: 'Invalid Idempotency-Key',
    source: 'IETF draft-ietf-httpapi-idempotency-key-header §2',
  },
  unauthenticated: {
    status: 401,
    title: 'Not authenticated',
    source: 'RFC 6750 §3; DESIGN §2 Auth: 401 without a valid key',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    source: 'DESIGN §2 Auth: 403 for a role that may not do this',
  },
  not_found: {
    status: 404,
    title: 'Not found',
    source: "DESIGN §2 Auth: 404 for a record outside the caller's scope (never reveal that it exists)",
  },
  method_not_allowed: { status: 405, title: 'Method not allowed', source: 'RFC 9110 §15.5.6' },
  payload_too_large: {
    status: 413,
    title: 'Content too large',
    source: 'RFC 9110 §15.5.14 (1 MB body limit)',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    source: 'RFC 9110 §15.5.16; DESIGN §2: JSON bodies only',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    source: 'RFC 6585 §4; RATE_LIMIT_PER_MINUTE (README Configuration)',
  },
  precondition_failed: {
    status: 412,
    title: 'Stale version',
    source: 'RFC 9110 §13.1.1; DESIGN §2: state changes honour If-Match',
  },

  // Outcomes (DESIGN §1 Attendance, reviews and outcomes).
  duplicate_outcome_rule_code: { status: 409, title: 'Duplicate outcome rule code', source: DUPLICATE },
  outcome_already_claimed: {
    status: 409,
    title: 'Outcome already claimed',
    source: 'DESIGN §1 Attendance, reviews and outcomes: at most one claim per rule per placement',
  },
  outcome_shares_above_100: {
    status: 422,
    title: 'Outcome shares above 100 %',
    source: "DESIGN §1 Attendance, reviews and outcomes: a lot's rules share at most the whole at-risk pot",
  },
  outcome_evidence_mismatch: {
    status: 422,
    title: 'Evidence does not fit the metric',
    source: 'DESIGN §1 Attendance, reviews and outcomes: attendance outcomes are checked against the marks',
  },
  unknown_outcome_rule: {
    status: 422,
    title: 'Unknown outcome rule',
    source: "DESIGN §1 Attendance, reviews and outcomes: a claim names one of its lot's rules",
  },
  outcome_placement_not_started: {
    status: 422,
    title: 'Placement not started',
    source:
      'DESIGN §1 Attendance, reviews and outcomes: outcomes are claimed on placements that have started',
  },
  achieved_on_out_of_range: {
    status: 422,
    title: 'Achieved date out of range',
    source: "DESIGN §1 Attendance, reviews and outcomes: the rule's window (by when) and no future dates",
  },
  outcome_not_supported: {
    status: 422,
    title: 'Not supported by the marks',
    source: 'DESIGN §1 Attendance, reviews and outcomes: attendance claims are checked against the marks',
  },

  // Conflicts with the current state (409).
  invalid_transition: {
    status: 409,
    title: 'Transition not allowed',
    source:
      'DESIGN §1: the lifecycles of call-offs, directory status, lot membership, rate cards and frameworks',
  },
  capacity_exhausted: {
    status: 409,
    title: 'Capacity exhausted',
    source: 'DESIGN §1 Capacity: available = declared − committed, at every point of the window',
  },
  idempotency_key_reused: {
    status: 409,
    title: 'Idempotency-Key reused',
    source: 'DESIGN §2: same key, different body → 409',
  },
  idempotency_request_in_progress: {
    status: 409,
    title: 'Request in progress',
    source: 'IETF draft-ietf-httpapi-idempotency-key-header §2.6 (concurrent request with the same key)',
  },
  duplicate_framework_reference: { status: 409, title: 'Duplicate framework reference', source: DUPLICATE },
  duplicate_lot_number: { status: 409, title: 'Duplicate lot number', source: DUPLICATE },
  duplicate_lot_member: { status: 409, title: 'Already a lot member', source: DUPLICATE },
  duplicate_organisation_code: { status: 409, title: 'Duplicate organisation code', source: DUPLICATE },
  duplicate_provider_urn: { status: 409, title: 'Duplicate URN', source: DUPLICATE },
  duplicate_provider_ukprn: { status: 409, title: 'Duplicate UKPRN', source: DUPLICATE },
  framework_not_draft: {
    status: 409,
    title: 'Framework no longer draft',
    source: "Procurement Act 2023 s.74 and Sch. 8: a framework's scope is fixed once call-offs can be made",
  },
  framework_has_no_lots: {
    status: 409,
    title: 'Framework has no lots',
    source: 'DESIGN §1 Frameworks and lots: call-offs are made under a lot',
  },
  duplicate_invoice_number: {
    status: 409,
    title: 'Duplicate invoice number',
    source: `${DUPLICATE}; an invoice number is unique for its provider`,
  },
  outcome_claim_already_invoiced: {
    status: 409,
    title: 'Outcome claim already invoiced',
    source: 'DESIGN §1 Outcome rules: a verified claim is paid once',
  },
  rate_card_overlaps_later_card: {
    status: 409,
    title: 'Rate card overlaps a later card',
    source: 'DESIGN §1 Prices: exactly one approved card is in force for a provider and lot on any date',
  },

  // Well-formed input that breaks a domain rule (422).
  registration_threshold: {
    status: 422,
    title: 'Registration threshold crossed',
    source: 'Education Act 1996 s.463',
  },
  unregistered_for_registered_lot: {
    status: 422,
    title: 'Lot is for registered providers',
    source: "Education Act 1996 s.463; the lot's registeredProvidersOnly rule",
  },
  child_ref_looks_like_upn: {
    status: 422,
    title: 'childRef looks like a UPN',
    source: 'UK GDPR Art. 5(1)(c) data minimisation; DESIGN §1 Call-offs',
  },
  exclusion_date_required: {
    status: 422,
    title: 'Exclusion date required',
    source:
      'Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007: the sixth school day',
  },
  plan_incomplete: {
    status: 422,
    title: 'Placement plan incomplete',
    source: 'Alternative provision statutory guidance (DfE): objectives, reviews and the next step',
  },
  send_caseworker_not_notified: {
    status: 422,
    title: 'SEND caseworker not notified',
    source: 'Alternative provision statutory guidance (DfE); SEND Code of Practice 2015: EHC plan pupils',
  },
  not_entitled: {
    status: 422,
    title: 'Not entitled to call off',
    source: 'Procurement Act 2023 s.45: only the authorities the framework names may call off from it',
  },
  direct_award_not_allowed: {
    status: 422,
    title: 'Direct award not allowed',
    source: 'Procurement Act 2023 s.45; DESIGN §1 Lots: award methods',
  },
  justification_required: {
    status: 422,
    title: 'Justification required',
    source:
      'Framework call-off procedure: choosing other than the top-ranked provider is justified in writing',
  },
  no_eligible_provider: {
    status: 422,
    title: 'No eligible provider',
    source: "Procurement Act 2023 s.45(4): the lot's objective mechanism finds no provider",
  },
  provider_ineligible: {
    status: 422,
    title: 'Provider ineligible',
    source: 'DESIGN §1 Eligibility(provider, lot, date)',
  },
  framework_not_active: {
    status: 422,
    title: 'Framework not active',
    source: 'DESIGN §1 Frameworks: call-offs only under an active framework within its term',
  },
  framework_term_too_long: {
    status: 422,
    title: 'Framework term too long',
    source: "Procurement Act 2023 s.47 and s.49; a light-touch framework's own maxTermYears",
  },
  sessions_above_lot_maximum: {
    status: 422,
    title: 'Sessions above the lot maximum',
    source: "DESIGN §1 Lots: the lot's maxSessionsPerWeek",
  },
  no_rate_card: {
    status: 422,
    title: 'No rate card in force',
    source: 'DESIGN §1 Prices: exactly one approved card is in force for a provider and lot on any date',
  },
  unit_not_allowed: {
    status: 422,
    title: 'Pricing unit not allowed',
    source: 'Framework clause: a lot fixes the pricing units it accepts',
  },
  unit_not_on_rate_card: {
    status: 422,
    title: 'Unit not on the rate card',
    source: 'Framework clause: a placement is priced by a line of the card in force',
  },
  price_above_ceiling: {
    status: 422,
    title: 'Price above the lot ceiling',
    source: "Framework clause: no unit price above the lot's price ceiling",
  },
  uplift_above_cap: {
    status: 422,
    title: 'Uplift above the cap',
    source:
      "Framework clause: prices rise by at most the framework's annual uplift cap unless an override is recorded",
  },
  calendar_missing: {
    status: 422,
    title: 'No school calendar for the dates',
    source: "DESIGN §1 Calendar: charges count school days in the commissioner's calendar",
  },
  effective_date_out_of_range: {
    status: 422,
    title: 'Effective date out of range',
    source: "DESIGN §1 Call-offs: a variation takes effect within the placement's dates",
  },
  pattern_required: {
    status: 422,
    title: 'Weekly pattern required',
    source: 'DESIGN §1 Attendance: a placement with a weekly pattern keeps one through every change of sessions',
  },
  extension_not_later: {
    status: 422,
    title: 'Extension not later',
    source: 'DESIGN §1 Call-offs: an extension moves the end date later',
  },
  checks_not_satisfied: {
    status: 422,
    title: 'Mandatory checks not satisfied',
    source: 'DESIGN §1 Due diligence: approval needs every mandatory check passed and in date',
  },
  insurance_cover_too_low: {
    status: 422,
    title: 'Insurance cover too low',
    source:
      "DESIGN §1 Due diligence: the check type's minimum cover (Employers' Liability (Compulsory Insurance) Regulations 1998 reg. 3: £5m)",
  },
  unknown_check_type: {
    status: 422,
    title: 'Unknown check type',
    source: 'DESIGN §1 Due diligence: checks have a type from the catalogue',
  },
  provider_not_approved: {
    status: 422,
    title: 'Provider not approved',
    source: 'DESIGN §1 Directory: only approved providers are admitted to lots',
  },
  scope_required: {
    status: 422,
    title: 'Key scope required',
    source: 'DESIGN §2 Auth: a commissioner key names an organisation, a provider key a provider',
  },
  scope_not_allowed: {
    status: 422,
    title: 'Key scope not allowed',
    source: 'DESIGN §2 Auth: admin and auditor keys are not scoped',
  },
  call_off_not_invoiceable: {
    status: 422,
    title: 'Call-off not invoiceable',
    source:
      'DESIGN §1 Money: an invoice line bills an accepted placement between the provider and the commissioner',
  },
  invoice_total_mismatch: {
    status: 422,
    title: 'Invoice total mismatch',
    source: "DESIGN §1 Money is integer pence: an invoice's total is the sum of its lines to the penny",
  },
  paid_on_out_of_range: {
    status: 422,
    title: 'Payment date out of range',
    source: 'Procurement Act 2023 s.68: payment of an invoice follows its receipt, and is recorded once made',
  },
  lot_not_found: {
    status: 422,
    title: 'Lot not found',
    source: 'DESIGN §2 Errors: 422 for a body naming a record that does not exist',
  },
  organisation_not_found: {
    status: 422,
    title: 'Organisation not found',
    source: 'DESIGN §2 Errors: 422 for a body naming a record that does not exist',
  },
  provider_not_found: {
    status: 422,
    title: 'Provider not found',
    source: 'DESIGN §2 Errors: 422 for a body naming a record that does not exist',
  },

  // The service itself (5xx): never caused by bad input.
  internal_error: { status: 500, title: 'Internal error', source: 'RFC 9110 §15.6.1' },
  transient_failure: {
    status: 503,
    title: 'Transient failure',
    source: 'PostgreSQL SQLSTATE 40001 / 40P01: the transaction was rolled back and may be retried',
  },
  service_busy: {
    status: 503,
    title: 'Service busy',
    source: 'RFC 9110 §15.6.4: no database connection came free in time',
  },
  database_unavailable: {
    status: 503,
    title: 'Database unavailable',
    source: 'DESIGN §2 Health: ready means the database is reachable',
  },
  migrations_pending: {
    status: 503,
    title: 'Migrations pending',
    source: 'DESIGN §2 Health: ready means migrations are applied',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

// The codes whose status is S: ConflictError takes only 409 codes, RuleViolation only 422 ones, and so on.
export type ErrorCodeWithStatus<S extends number> = {
  [C in ErrorCode]: (typeof ERROR_CATALOGUE)[C]['status'] extends S ? C : never;
}[ErrorCode];

export const ERROR_CODES = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).sort();

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, code);
}
