// The frameworks module's public vocabulary: other modules name these without touching its entities.

export enum Pathway {
  FullTime = 'full_time',
  TargetedBlended = 'targeted_blended',
  VocationalTherapeuticComplementary = 'vocational_therapeutic_complementary',
}

export enum AwardMethod {
  Direct = 'direct',
  Referral = 'referral',
}

export enum PricingUnit {
  Session = 'session',
  Day = 'day',
  Week = 'week',
  Hour = 'hour',
  AnnualPlace = 'annual_place',
}

export enum FrameworkType {
  Closed = 'closed',
  Open = 'open',
  LightTouchClosed = 'light_touch_closed',
  LightTouchOpen = 'light_touch_open',
}

// Stored lifecycle; `expired` is derived from endDate when read, so no job has to flip it.
export enum FrameworkStoredStatus {
  Draft = 'draft',
  Active = 'active',
  Terminated = 'terminated',
}

export enum FrameworkStatus {
  Draft = 'draft',
  Active = 'active',
  Expired = 'expired',
  Terminated = 'terminated',
}

// How absences are billed under the framework (framework clause, read by invoice matching): every commissioned session
// unless the provider cancelled it (the default: the place was held), or only sessions the child attended.
export enum AbsenceBillingPolicy {
  PayCommissionedUnlessProviderCancelled = 'pay_commissioned_unless_provider_cancelled',
  PayAttendedOnly = 'pay_attended_only',
}
