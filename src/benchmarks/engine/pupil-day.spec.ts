import { rational, toExactDecimalString } from '../../pricing/engine/decimal';
import { BenchmarkInputError, perPupilDay, toPence, weeklyPricePerPupilDay } from './pupil-day';

const exact = (value: ReturnType<typeof perPupilDay>) => toExactDecimalString(value);

describe('pence per pupil-day', () => {
  it('counts a session price twice, because a pupil-day is two sessions', () => {
    expect(exact(perPupilDay({ unit: 'session', pricePence: 6_800, hoursPerSession: '3.25' }))).toBe('13600');
  });

  it('takes a day price as it is', () => {
    expect(exact(perPupilDay({ unit: 'day', pricePence: 11_700, hoursPerSession: '2.5' }))).toBe('11700');
  });

  it('divides a week price by five school days, exactly', () => {
    expect(exact(perPupilDay({ unit: 'week', pricePence: 92_500, hoursPerSession: '2.5' }))).toBe('18500');
    expect(exact(perPupilDay({ unit: 'week', pricePence: 92_503, hoursPerSession: '2.5' }))).toBe('18500.6');
  });

  it('multiplies an hour price by the lot’s hours per session and by two sessions', () => {
    expect(exact(perPupilDay({ unit: 'hour', pricePence: 4_500, hoursPerSession: '3.25' }))).toBe('29250');
    expect(exact(perPupilDay({ unit: 'hour', pricePence: 4_401, hoursPerSession: '2.5' }))).toBe('22005');
  });

  it('divides an annual place by the school days of that academic year in the commissioner’s calendar', () => {
    const value = perPupilDay({
      unit: 'annual_place',
      pricePence: 2_195_000,
      hoursPerSession: '2.5',
      schoolDaysInYear: 190,
    });
    expect(value).toEqual(rational(2_195_000n, 190n));
    // 11552.631… → 11553 (ROUND_HALF_UP, once, at the end).
    expect(toPence(value)).toBe(11_553);
    // A calendar with fewer school days makes each day dearer: never a hard-coded 190.
    expect(
      toPence(
        perPupilDay({
          unit: 'annual_place',
          pricePence: 2_195_000,
          hoursPerSession: '2.5',
          schoolDaysInYear: 189,
        }),
      ),
    ).toBe(11_614);
  });

  it('refuses an annual place without the school days of its year, and a bad price', () => {
    expect(() => perPupilDay({ unit: 'annual_place', pricePence: 100, hoursPerSession: '2.5' })).toThrow(
      BenchmarkInputError,
    );
    expect(() =>
      perPupilDay({ unit: 'annual_place', pricePence: 100, hoursPerSession: '2.5', schoolDaysInYear: 0 }),
    ).toThrow(BenchmarkInputError);
    expect(() => perPupilDay({ unit: 'day', pricePence: -1, hoursPerSession: '2.5' })).toThrow(
      BenchmarkInputError,
    );
    expect(() => perPupilDay({ unit: 'day', pricePence: 1.5, hoursPerSession: '2.5' })).toThrow(
      BenchmarkInputError,
    );
    expect(() => perPupilDay({ unit: 'hour', pricePence: 100, hoursPerSession: 'x' })).toThrow(
      BenchmarkInputError,
    );
    expect(() => perPupilDay({ unit: 'hour', pricePence: 100, hoursPerSession: '0' })).toThrow(
      BenchmarkInputError,
    );
  });

  it('gives every unit the same pupil-day figure for the same full-time price', () => {
    // £120 a day = £60 a session = £600 a week = £24 an hour at 2.5 hours a session = £22,800 a year of 190 days.
    const units = [
      perPupilDay({ unit: 'day', pricePence: 12_000, hoursPerSession: '2.5' }),
      perPupilDay({ unit: 'session', pricePence: 6_000, hoursPerSession: '2.5' }),
      perPupilDay({ unit: 'week', pricePence: 60_000, hoursPerSession: '2.5' }),
      perPupilDay({ unit: 'hour', pricePence: 2_400, hoursPerSession: '2.5' }),
      perPupilDay({
        unit: 'annual_place',
        pricePence: 2_280_000,
        hoursPerSession: '2.5',
        schoolDaysInYear: 190,
      }),
    ];
    expect(units.map(toPence)).toEqual([12_000, 12_000, 12_000, 12_000, 12_000]);
  });

  it('prices a spot purchase’s weekly price for its sessions: weekly × 2 ÷ sessions', () => {
    expect(exact(weeklyPricePerPupilDay(100_000, 10))).toBe('20000');
    expect(exact(weeklyPricePerPupilDay(30_000, 4))).toBe('15000');
    expect(toPence(weeklyPricePerPupilDay(10_001, 3))).toBe(6_667);
    expect(() => weeklyPricePerPupilDay(100, 0)).toThrow(BenchmarkInputError);
    expect(() => weeklyPricePerPupilDay(100, 11)).toThrow(BenchmarkInputError);
    expect(() => weeklyPricePerPupilDay(-1, 5)).toThrow(BenchmarkInputError);
  });

  it('rounds the exact figure once, an exact half penny up', () => {
    expect(toPence(rational(25n, 2n))).toBe(13);
    expect(toPence(rational(249n, 20n))).toBe(12);
    expect(toPence(perPupilDay({ unit: 'week', pricePence: 92_502, hoursPerSession: '2.5' }))).toBe(18_500);
    expect(toPence(perPupilDay({ unit: 'week', pricePence: 92_503, hoursPerSession: '2.5' }))).toBe(18_501);
  });
});
