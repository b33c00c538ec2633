// What the attendance module tells other modules (invoices, outcomes, reviews) about placements: plain shapes.

// Sessions of one placement over a range: commissioned (engine/commissioned-sessions), each kind of mark counted,
// and the commissioned sessions before today that have no mark.
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

// One school week of a placement (weeks with no school day in the commissioner's calendar are left out). attended =
// present + late; missed = authorised + unauthorised absence (engine/register-codes MISSED_MARKS).
export interface WeeklyAttendance {
  weekStart: string;
  schoolDays: number;
  commissioned: number;
  attended: number;
  missed: number;
}
