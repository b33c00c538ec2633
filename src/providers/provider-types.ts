// The providers module's public vocabulary: other modules name these without touching its entities.

export enum ProviderCategory {
  ApAcademy = 'ap_academy',
  Pru = 'pru',
  IndependentSchool = 'independent_school',
  SpecialSchool = 'special_school',
  MainstreamSchool = 'mainstream_school',
  FeCollege = 'fe_college',
  NonSchool = 'non_school',
  Tuition = 'tuition',
  Online = 'online',
}

export enum RegistrationStatus {
  Registered = 'registered',
  Unregistered = 'unregistered',
}

// DESIGN §1: applied → approved | conditionally_approved ↔ suspended → removed.
export enum DirectoryStatus {
  Applied = 'applied',
  Approved = 'approved',
  ConditionallyApproved = 'conditionally_approved',
  Suspended = 'suspended',
  Removed = 'removed',
}
