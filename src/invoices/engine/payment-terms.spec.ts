import { dueBy, isOverdue, mayApply, PAYMENT_DAYS } from './payment-terms';

describe('payment terms', () => {
  it('makes a valid invoice due 30 days after it is received (Procurement Act 2023 s.68)', () => {
    expect(PAYMENT_DAYS).toBe(30);
    expect(dueBy('2027-03-15')).toBe('2027-04-14');
    expect(dueBy('2027-02-01')).toBe('2027-03-03');
  });

  it('counts an unpaid submitted or approved invoice overdue from the day after it is due', () => {
    expect(isOverdue('approved', '2027-04-14', '2027-04-14')).toBe(false);
    expect(isOverdue('approved', '2027-04-14', '2027-04-15')).toBe(true);
    expect(isOverdue('submitted', '2027-04-14', '2027-04-15')).toBe(true);
  });

  it('never counts a disputed or paid invoice overdue', () => {
    expect(isOverdue('disputed', '2027-04-14', '2027-06-01')).toBe(false);
    expect(isOverdue('paid', '2027-04-14', '2027-06-01')).toBe(false);
  });

  it('lets a submitted invoice be approved or disputed, and only an approved one be paid', () => {
    expect(mayApply('submitted', 'approve')).toBe(true);
    expect(mayApply('submitted', 'dispute')).toBe(true);
    expect(mayApply('submitted', 'pay')).toBe(false);
    expect(mayApply('approved', 'pay')).toBe(true);
    expect(mayApply('approved', 'dispute')).toBe(false);
    expect(mayApply('disputed', 'approve')).toBe(false);
    expect(mayApply('paid', 'pay')).toBe(false);
  });
});
