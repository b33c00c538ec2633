import { patternProblem, sortPattern } from './pattern';

describe('weekly pattern', () => {
  it('stands for sessionsPerWeek when it names that many distinct sessions of the week', () => {
    expect(patternProblem(['mon_am', 'wed_pm', 'fri_am'], 3)).toBeNull();
  });

  it('is refused with too few or too many sessions, a repeat, or a session that is not a weekday half day', () => {
    expect(patternProblem(['mon_am'], 2)).toMatch(/exactly sessionsPerWeek \(2\)/);
    expect(patternProblem(['mon_am', 'mon_am'], 2)).toMatch(/distinct/);
    expect(patternProblem(['sat_am'], 1)).toMatch(/among/);
  });

  it('is kept in week order', () => {
    expect(sortPattern(['fri_am', 'mon_pm', 'mon_am'])).toEqual(['mon_am', 'mon_pm', 'fri_am']);
  });
});
