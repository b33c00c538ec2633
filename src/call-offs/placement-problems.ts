import { ConflictError, DomainError, RuleViolation } from '../common/domain-error';

// Why a placement cannot be taken, as data: matching lists it, the award evidence freezes it, a raise or variation
// answers it as a problem, the blanket extension reports it per call-off. Each is built here and nowhere else.
export type PlacementRefusal =
  | {
      code: 'capacity_exhausted';
      detail: string;
      // The first day fewer sessions are free than the placement needs.
      firstShortDate: string;
    }
  | { code: 'registration_threshold'; detail: string; date: string };

export function capacityExhausted(
  firstShortDate: string,
  sessionsPerWeek: number,
  availableSessionsPerWeek?: number,
): PlacementRefusal {
  return {
    code: 'capacity_exhausted',
    detail:
      availableSessionsPerWeek === undefined
        ? `The provider has no room for ${sessionsPerWeek} more sessions a week on ${firstShortDate}.`
        : `Only ${Math.max(0, availableSessionsPerWeek)} sessions a week free; first short on ${firstShortDate}.`,
    firstShortDate,
  };
}

// Education Act 1996 s.463: an unregistered provider may not educate full time 5+ pupils, or one looked-after or
// EHC-plan pupil. One wording whichever limb applies: the award evidence, which admin and auditors read, and the
// blanket extension's report must not reveal a child's status.
export const REGISTRATION_THRESHOLD_DETAIL =
  'An unregistered provider may not take this placement full time (Education Act 1996 s.463).';

export function registrationThreshold(date: string): PlacementRefusal {
  return { code: 'registration_threshold', detail: REGISTRATION_THRESHOLD_DETAIL, date };
}

// As matching lists it (and the award evidence freezes it): no date or pupil count, which could differ for a
// looked-after or EHC-plan child and so reveal it.
export function registrationThresholdExclusion(): { code: 'registration_threshold'; detail: string } {
  return { code: 'registration_threshold', detail: REGISTRATION_THRESHOLD_DETAIL };
}

// The problem a raise or a variation answers with: capacity is a conflict with current state (409), s.463 a rule (422).
export function refusalError(refusal: PlacementRefusal): DomainError {
  switch (refusal.code) {
    case 'capacity_exhausted':
      return new ConflictError(refusal.code, refusal.detail, { firstShortDate: refusal.firstShortDate });
    case 'registration_threshold':
      return new RuleViolation(refusal.code, refusal.detail, { date: refusal.date });
  }
}
