import { addDays } from '../../calendar/engine/dates';
import { CallOffStatus, effectiveStatus, endOfLondonDay, mayApply } from './lifecycle';

const base = {
  offerExpiresAt: new Date('2026-11-05T00:00:00Z'),
  startDate: '2026-11-09',
  endDate: '2027-03-31',
  terminatedOn: null,
};

describe('call-off lifecycle', () => {
  it('lapses an offer once its window has passed, without anything being written', () => {
    expect(
      effectiveStatus({ ...base, status: 'offered' }, new Date('2026-11-04T23:59:59Z'), '2026-11-04'),
    ).toBe(CallOffStatus.Offered);
    expect(
      effectiveStatus({ ...base, status: 'offered' }, new Date('2026-11-05T00:00:00Z'), '2026-11-05'),
    ).toBe(CallOffStatus.Lapsed);
  });

  it('is accepted before the start date, active from it, and completed after the end date', () => {
    const accepted = { ...base, status: 'accepted' as const };
    expect(effectiveStatus(accepted, new Date(), '2026-11-08')).toBe(CallOffStatus.Accepted);
    expect(effectiveStatus(accepted, new Date(), '2026-11-09')).toBe(CallOffStatus.Active);
    expect(effectiveStatus(accepted, new Date(), '2027-03-31')).toBe(CallOffStatus.Active);
    expect(effectiveStatus(accepted, new Date(), '2027-04-01')).toBe(CallOffStatus.Completed);
  });

  it('is terminated, not completed, after an early end', () => {
    const terminated = {
      ...base,
      status: 'accepted' as const,
      endDate: '2027-01-15',
      terminatedOn: '2027-01-15',
    };
    expect(effectiveStatus(terminated, new Date(), '2027-01-15')).toBe(CallOffStatus.Active);
    expect(effectiveStatus(terminated, new Date(), '2027-01-16')).toBe(CallOffStatus.Terminated);
  });

  it('ends a London day at midnight GMT in winter and 23:00 UTC in summer', () => {
    expect(endOfLondonDay('2026-11-04').toISOString()).toBe('2026-11-05T00:00:00.000Z');
    expect(endOfLondonDay('2026-07-01').toISOString()).toBe('2026-07-01T23:00:00.000Z');
  });

  it('answers a day asked again alike, each time as a Date of its own, however many days were asked', () => {
    // The day British Summer Time begins: it ends at midnight BST.
    endOfLondonDay('2026-03-29').setTime(0);
    expect(endOfLondonDay('2026-03-29').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    for (let n = 0; n < 1500; n++) endOfLondonDay(addDays('2026-01-01', n));
    expect(endOfLondonDay('2026-03-29').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(endOfLondonDay('2026-10-25').toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('lets an offer alone be answered or withdrawn, and a live placement alone be varied or terminated', () => {
    const answers = ['accepted', 'declined', 'withdrawn'] as const;
    const changes = ['varied', 'terminated'] as const;
    for (const status of Object.values(CallOffStatus)) {
      for (const action of answers) expect(mayApply(status, action)).toBe(status === CallOffStatus.Offered);
      for (const action of changes)
        expect(mayApply(status, action)).toBe(
          status === CallOffStatus.Accepted || status === CallOffStatus.Active,
        );
    }
  });
});
