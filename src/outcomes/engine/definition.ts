import { OutcomeEvidence, OutcomeMetric } from './outcome-types';

export interface RuleTerms {
  lotNumber: number;
  metric: OutcomeMetric;
  threshold: string;
  sustainSchoolWeeks: number;
  evidence: OutcomeEvidence;
  shareOfAtRiskPercent: string;
  capPercentPerProviderYear: string;
}

// How far after a placement ends a sustained outcome may still be achieved and claimed (framework call-off terms:
// reintegration and destinations are measured after the placement, for up to one year).
export const SUSTAINED_CLAIM_WINDOW_DAYS = 365;

const WHAT: Record<OutcomeMetric, (threshold: string) => string> = {
  [OutcomeMetric.AttendanceRate]: (t) => `the child attends at least ${t}% of commissioned sessions`,
  [OutcomeMetric.AttendanceImprovement]: (t) =>
    `the child's attendance rises by at least ${t} percentage points on the first school weeks of the placement`,
  [OutcomeMetric.ReintegrationSustained]: (t) =>
    `the child is back on a school roll and attends at least ${t}% of sessions there`,
  [OutcomeMetric.DestinationSustained]: (t) =>
    `the child stays in the post-16 destination (college, apprenticeship or employment) with at least ${t}% attendance`,
  [OutcomeMetric.Qualification]: (t) => `the child gains at least ${t} accredited qualification(s)`,
};

const EVIDENCE: Record<OutcomeEvidence, string> = {
  [OutcomeEvidence.AttendanceRecords]: "the provider's session attendance marks in this service",
  [OutcomeEvidence.SchoolConfirmation]: "the receiving school's written confirmation",
  [OutcomeEvidence.CollegeConfirmation]: "the college's or employer's written confirmation",
  [OutcomeEvidence.Certificate]: "the awarding body's certificate",
};

const VERIFIED_BY: Record<OutcomeEvidence, string> = {
  [OutcomeEvidence.AttendanceRecords]:
    'checked by the service against the marks and verified by the commissioner',
  [OutcomeEvidence.SchoolConfirmation]: 'verified by the commissioner',
  [OutcomeEvidence.CollegeConfirmation]: 'verified by the commissioner',
  [OutcomeEvidence.Certificate]: 'verified by the commissioner',
};

// The seven elements of a payable outcome — who, what, measured how, by when, evidence, price and cap — in one
// sentence generated from the rule's fields (DESIGN §1 Attendance, reviews and outcomes: outcome rules per lot).
export function outcomeDefinition(terms: RuleTerms): string {
  const weeks = terms.sustainSchoolWeeks === 1 ? '1 school week' : `${terms.sustainSchoolWeeks} school weeks`;
  const sustained =
    terms.metric === OutcomeMetric.ReintegrationSustained ||
    terms.metric === OutcomeMetric.DestinationSustained;
  const byWhen = sustained
    ? `sustained over ${weeks} in a row (holidays excluded) ending on the day claimed, no later than one year after the placement ends`
    : terms.metric === OutcomeMetric.Qualification
      ? 'achieved on a day within the placement'
      : `over ${weeks} in a row (holidays excluded) ending on the day claimed, within the placement`;
  const measured =
    terms.metric === OutcomeMetric.Qualification
      ? 'counted from the certificates awarded'
      : 'measured in sessions attended of sessions commissioned';
  return (
    `The provider of a placement on lot ${terms.lotNumber} is paid ${terms.shareOfAtRiskPercent}% of the placement's ` +
    `at-risk value (rounded half up to the penny, at its value when verified) when ${WHAT[terms.metric](terms.threshold)}, ` +
    `${measured}, ${byWhen}, evidenced by ${EVIDENCE[terms.evidence]} and ${VERIFIED_BY[terms.evidence]} within 20 school days ` +
    `of the claim; payments for one child never exceed the placement's at-risk value, and the provider's outcome ` +
    `payments on the lot in a financial year never exceed ${terms.capPercentPerProviderYear}% of its base value there.`
  );
}
