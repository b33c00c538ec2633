// Pure data: the attendance code the commissioning school enters in its register for a session the provider marked.
// Source: DfE, "Working together to improve school attendance" (statutory guidance, applies from 19 August 2024),
// "Attendance codes", which sets out the codes of the School Attendance (Pupil Registration) (England) Regulations
// 2024, Schedule 1 (Table 1). Held here, as data, so a change of the code set is one edit with its source beside it.

export const MARKS = [
  'present',
  'late',
  'authorised_absence',
  'unauthorised_absence',
  'provider_cancelled',
  'not_required',
] as const;
export type Mark = (typeof MARKS)[number];

// Who arranged the off-site provision decides the "attending a place other than the school" code.
export type ArrangedBy = 'local_authority' | 'school';

export interface RegisterCodeRule {
  mark: Mark;
  arrangedBy: ArrangedBy;
  // null: the provision has nothing for the school's register; the school records that session from what it knows.
  code: string | null;
  meaning: string | null;
  source: string;
}

const GUIDANCE = 'DfE "Working together to improve school attendance" (2024), Attendance codes';

export const REGISTER_CODES: readonly RegisterCodeRule[] = [
  {
    mark: 'present',
    arrangedBy: 'local_authority',
    code: 'K',
    meaning: 'Attending education provision arranged by the local authority',
    source: `${GUIDANCE}: code K, for a pupil attending provision the local authority arranged (e.g. under s.19 Education Act 1996)`,
  },
  {
    mark: 'present',
    arrangedBy: 'school',
    code: 'B',
    meaning: 'Attending any other approved educational activity',
    source: `${GUIDANCE}: code B, for off-site education the school arranged or approved (incl. off-site direction, s.29A Education Act 2002)`,
  },
  // Late at the provision is still attendance at the approved off-site provision: L and U describe arrival before or
  // after the school's own register closes, which an off-site pupil does not pass. Minutes late are kept on the mark.
  {
    mark: 'late',
    arrangedBy: 'local_authority',
    code: 'K',
    meaning: 'Attending education provision arranged by the local authority',
    source: `${GUIDANCE}: code K (L and U apply to arrival at the school's own registration)`,
  },
  {
    mark: 'late',
    arrangedBy: 'school',
    code: 'B',
    meaning: 'Attending any other approved educational activity',
    source: `${GUIDANCE}: code B (L and U apply to arrival at the school's own registration)`,
  },
  {
    mark: 'authorised_absence',
    arrangedBy: 'local_authority',
    code: 'C',
    meaning: 'Leave of absence for exceptional circumstances',
    source: `${GUIDANCE}: code C, authorised leave not covered by a more specific code (the provider does not know the reason the school would code)`,
  },
  {
    mark: 'authorised_absence',
    arrangedBy: 'school',
    code: 'C',
    meaning: 'Leave of absence for exceptional circumstances',
    source: `${GUIDANCE}: code C, authorised leave not covered by a more specific code`,
  },
  {
    mark: 'unauthorised_absence',
    arrangedBy: 'local_authority',
    code: 'O',
    meaning: 'Absent in other or unknown circumstances',
    source: `${GUIDANCE}: code O, unauthorised absence where no reason is known or the reason is not accepted`,
  },
  {
    mark: 'unauthorised_absence',
    arrangedBy: 'school',
    code: 'O',
    meaning: 'Absent in other or unknown circumstances',
    source: `${GUIDANCE}: code O, unauthorised absence where no reason is known or the reason is not accepted`,
  },
  // The provision did not run: the pupil could not attend for a cause outside the family's control, which the
  // guidance codes Y7 (not a possible session, so it never counts against the child).
  {
    mark: 'provider_cancelled',
    arrangedBy: 'local_authority',
    code: 'Y7',
    meaning: 'Unable to attend because of any other unavoidable cause',
    source: `${GUIDANCE}: code Y7, the pupil is unable to attend because of an unavoidable cause`,
  },
  {
    mark: 'provider_cancelled',
    arrangedBy: 'school',
    code: 'Y7',
    meaning: 'Unable to attend because of any other unavoidable cause',
    source: `${GUIDANCE}: code Y7, the pupil is unable to attend because of an unavoidable cause`,
  },
  // Not expected at the provision that session (e.g. in school on a blended timetable): the school records its own mark.
  {
    mark: 'not_required',
    arrangedBy: 'local_authority',
    code: null,
    meaning: null,
    source: `${GUIDANCE}: the school records the session from its own knowledge; the provision reports nothing`,
  },
  {
    mark: 'not_required',
    arrangedBy: 'school',
    code: null,
    meaning: null,
    source: `${GUIDANCE}: the school records the session from its own knowledge; the provision reports nothing`,
  },
];

export function registerCodeFor(mark: Mark, arrangedBy: ArrangedBy): RegisterCodeRule {
  return REGISTER_CODES.find((r) => r.mark === mark && r.arrangedBy === arrangedBy)!;
}

// Who arranged the provision, from the call-off's statutory basis: the local authority's s.19 duty (Education Act 1996
// s.19) and post-16 placements are the council's; a suspension (from the sixth day, Education (Provision of Full-Time
// Education for Excluded Pupils) (England) Regulations 2007) and an off-site direction (Education Act 2002 s.29A) are
// the school's.
export function arrangedByFor(statutoryBasis: string): ArrangedBy {
  return statutoryBasis === 'school_suspension' || statutoryBasis === 'school_directed_offsite'
    ? 'school'
    : 'local_authority';
}

// DfE persistent absence: missing 10 % or more of possible sessions. The sessions missed are the child's absences,
// authorised and unauthorised; a provider cancellation is the provider's failure, counted apart, never the child's.
export const MISSED_MARKS: readonly Mark[] = ['authorised_absence', 'unauthorised_absence'];
export const ATTENDED_MARKS: readonly Mark[] = ['present', 'late'];

export function isPersistentAbsence(missed: number, possible: number): boolean {
  // 10 % or more, in integers: missed ÷ possible ≥ 1 ÷ 10.
  return possible > 0 && missed * 10 >= possible;
}

// Attendance percent to one decimal place, rounded half up: attended ÷ possible × 100.
export function attendancePercent(attended: number, possible: number): number | null {
  if (possible <= 0) return null;
  return Math.floor((attended * 1000 * 2 + possible) / (2 * possible)) / 10;
}
