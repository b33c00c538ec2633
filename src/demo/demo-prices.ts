import { PricingUnit } from '../frameworks/framework-types';

export type DemoLines = Partial<Record<PricingUnit, number>>;

// 2026/27 prices (pence) by provider name and lot number, in the units each lot allows (LOTS in seed-demo.ts).
// Benchmarks: AP academy full-time place ~£22,650 a year or ~£120 a day; independent AP school ~£185 a day;
// non-school group session ~£60; vocational session ~£75; therapeutic session ~£110; 1:1 tuition ~£45 an hour.
// Each provider differs a little so that the lots' price criterion ranks them meaningfully.
export const DEMO_PRICES: Record<string, Partial<Record<1 | 2 | 3, DemoLines>>> = {
  'Spring Lane Pupil Referral Unit': {
    1: { annual_place: 2_195_000, day: 11_700 },
    2: { session: 6_800, day: 13_000 },
  },
  'Irwell Park Academy': {
    1: { annual_place: 2_265_000, day: 12_000 },
    2: { session: 7_000, day: 13_500 },
  },
  'Tottington Grange Independent School': { 1: { day: 18_500, week: 92_500 } },
  'Holcombe Vale School': {
    1: { day: 19_600, week: 98_000 },
    3: { session: 11_000, hour: 8_500 },
  },
  'Derby Road Special School': { 1: { annual_place: 2_480_000, day: 13_200 } },
  'Bury College Foundation Learning': {
    2: { session: 5_500, day: 10_500 },
    3: { session: 7_200, day: 13_800 },
  },
  'Chamber Hall Skills Centre': {
    2: { session: 6_000, day: 11_500 },
    3: { session: 7_500, day: 14_200 },
  },
  'Redvales Youth Mentoring': { 2: { session: 5_800, hour: 4_200 } },
  'Burrs Outdoor Learning': { 3: { session: 6_500, day: 12_500 } },
  'Irwell Valley Motor Vehicle Academy': { 3: { session: 8_200 } },
  'Pimhole Boxing and Wellbeing': { 2: { session: 5_600 }, 3: { session: 6_800 } },
  'Radcliffe Riverside Construction Skills': { 3: { session: 7_800, day: 15_000 } },
  'Whitefield Therapeutic Arts': { 3: { session: 11_000, hour: 9_500 } },
  'Besses Hair and Beauty Training': { 3: { session: 7_300 } },
  'Stand Tuition Partnership': { 2: { hour: 4_500 }, 3: { hour: 4_400 } },
  'Ramsbottom Forest School': {
    2: { session: 6_200, day: 11_800 },
    3: { session: 6_600 },
  },
  'Holcombe Brook Equine Therapy': { 3: { session: 11_800 } },
  'Summerseat Horticulture Project': { 3: { session: 6_200 } },
  'Tottington Digital Skills Hub': { 2: { session: 6_400 }, 3: { session: 7_600 } },
  'Brandlesholme Sports Coaching': { 2: { session: 5_400 } },
  'Astley Bridge One-to-One Tuition': { 2: { hour: 4_700 } },
  'Greater Manchester Online Learning Partnership': {
    2: { session: 4_600, hour: 3_800 },
    3: { session: 4_800, hour: 4_000 },
  },
  'Elton Reservoir Catering Academy': { 3: { session: 7_400, day: 14_000 } },
};

// The new framework's tendered prices: 2.5% above 2026/27 by default, to the nearest pound (or down to the pound,
// with `round`, where the result must stay inside the uplift cap).
export function upliftTo2027(
  lines: DemoLines,
  percent = 2.5,
  round: (x: number) => number = Math.round,
): DemoLines {
  return Object.fromEntries(
    Object.entries(lines).map(([unit, pence]) => [unit, round((pence * (1 + percent / 100)) / 100) * 100]),
  );
}
