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
