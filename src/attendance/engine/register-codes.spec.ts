import {
  MARKS,
  REGISTER_CODES,
  arrangedByFor,
  attendancePercent,
  isPersistentAbsence,
  registerCodeFor,
} from './register-codes';

describe('register codes (DfE "Working together to improve school attendance", 2024)', () => {
  it('holds exactly one rule, with its source, for every mark and every arranger', () => {
    for (const mark of MARKS)
      for (const arrangedBy of ['local_authority', 'school'] as const) {
        const rules = REGISTER_CODES.filter((r) => r.mark === mark && r.arrangedBy === arrangedBy);
        expect(rules).toHaveLength(1);
        expect(rules[0].source).toMatch(/Working together to improve school attendance/);
      }
  });

  it('codes attendance at provision the council arranged K, and at provision the school arranged B', () => {
    expect(registerCodeFor('present', 'local_authority').code).toBe('K');
    expect(registerCodeFor('present', 'school').code).toBe('B');
  });

  it('codes late arrival at the provision as attendance there, not L or U (those are the school’s own register)', () => {
    expect(registerCodeFor('late', 'local_authority').code).toBe('K');
    expect(registerCodeFor('late', 'school').code).toBe('B');
  });

  it('codes authorised absence C, unauthorised absence O, a cancelled session Y7 and a session not required none', () => {
    expect(registerCodeFor('authorised_absence', 'local_authority').code).toBe('C');
    expect(registerCodeFor('unauthorised_absence', 'school').code).toBe('O');
    expect(registerCodeFor('provider_cancelled', 'local_authority').code).toBe('Y7');
    expect(registerCodeFor('not_required', 'school').code).toBeNull();
  });

  it('takes the arranger from the statutory basis: suspensions and off-site directions are the school’s', () => {
    expect(arrangedByFor('s19_permanent_exclusion')).toBe('local_authority');
    expect(arrangedByFor('s19_illness')).toBe('local_authority');
    expect(arrangedByFor('post16')).toBe('local_authority');
    expect(arrangedByFor('school_suspension')).toBe('school');
    expect(arrangedByFor('school_directed_offsite')).toBe('school');
  });
});

describe('persistent absence and attendance percent', () => {
  it('is persistent absence at exactly 10 % of possible sessions, and not just below', () => {
    expect(isPersistentAbsence(2, 20)).toBe(true);
    expect(isPersistentAbsence(1, 20)).toBe(false);
    expect(isPersistentAbsence(10, 100)).toBe(true);
    expect(isPersistentAbsence(9, 91)).toBe(false);
    expect(isPersistentAbsence(0, 0)).toBe(false);
  });

  it('rounds attendance percent half up to one decimal place', () => {
    expect(attendancePercent(18, 20)).toBe(90);
    expect(attendancePercent(2, 3)).toBe(66.7);
    expect(attendancePercent(1, 3)).toBe(33.3);
    // 1 ÷ 16 = 6.25 % → 6.3 (half up).
    expect(attendancePercent(1, 16)).toBe(6.3);
    expect(attendancePercent(0, 0)).toBeNull();
  });
});
