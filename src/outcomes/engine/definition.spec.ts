import { outcomeDefinition } from './definition';
import { OutcomeEvidence, OutcomeMetric } from './outcome-types';

const terms = {
  lotNumber: 2,
  metric: OutcomeMetric.AttendanceRate,
  threshold: '90',
  sustainSchoolWeeks: 6,
  evidence: OutcomeEvidence.AttendanceRecords,
  shareOfAtRiskPercent: '40',
  capPercentPerProviderYear: '12',
};

describe('The definition of an outcome rule', () => {
  it('states the seven elements of a payable outcome in one sentence', () => {
    const sentence = outcomeDefinition(terms);
    expect(sentence).toBe(
      "The provider of a placement on lot 2 is paid 40% of the placement's at-risk value (rounded half up to the " +
        'penny, at its value when verified) when the child attends at least 90% of commissioned sessions, measured ' +
        'in sessions attended of sessions commissioned, over 6 school weeks in a row (holidays excluded) ending on ' +
        "the day claimed, within the placement, evidenced by the provider's session attendance marks in this service " +
        'and checked by the service against the marks and verified by the commissioner within 20 school days of the ' +
        "claim; payments for one child never exceed the placement's at-risk value, and the provider's outcome " +
        'payments on the lot in a financial year never exceed 12% of its base value there.',
    );
    expect(sentence.split('. ').length).toBe(1);
  });

  it('names who, what, how, when, evidence, price and cap for every metric', () => {
    for (const metric of Object.values(OutcomeMetric)) {
      const sentence = outcomeDefinition({ ...terms, metric, evidence: OutcomeEvidence.SchoolConfirmation });
      expect(sentence).toMatch(/^The provider of a placement on lot 2/); // who
      expect(sentence).toContain('at least 90'); // what
      expect(sentence).toMatch(/measured|counted/); // how
      expect(sentence).toMatch(/ending on the day claimed|within the placement/); // by when
      expect(sentence).toContain("the receiving school's written confirmation"); // evidence
      expect(sentence).toContain('paid 40% of the placement'); // price
      expect(sentence).toContain('never exceed 12% of its base value'); // cap
    }
  });

  it('lets sustained outcomes fall after the placement ends, within a year', () => {
    expect(outcomeDefinition({ ...terms, metric: OutcomeMetric.ReintegrationSustained })).toContain(
      'no later than one year after the placement ends',
    );
  });

  it('says one school week in the singular', () => {
    expect(outcomeDefinition({ ...terms, sustainSchoolWeeks: 1 })).toContain('over 1 school week in a row');
  });
});
