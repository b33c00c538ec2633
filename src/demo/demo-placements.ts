import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/role';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, toEpochDay } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CapacityService } from '../capacity/capacity.service';
import { CapacityDeclaration } from '../capacity/capacity.entity';
import { DeclineReason, NextStep, StatutoryBasis } from '../call-offs/call-off.entity';
import { CallOffVariationsService } from '../call-offs/call-off-variations.service';
import { CallOffsService } from '../call-offs/call-offs.service';
import { CreateCallOffDto } from '../call-offs/dto/create-call-off.dto';
import { PATTERN_SESSIONS, PatternSession, sortPattern } from '../call-offs/engine/pattern';
import { CallOffStatus } from '../call-offs/engine/lifecycle';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Framework } from '../frameworks/framework.entity';
import { RegistrationStatus } from '../providers/provider-types';
import { checksVerifiedDaysAgo } from './demo-providers';
import { SeededProvider } from './demo-rate-cards';

type LotNumber = 1 | 2 | 3;
type Commissioner = 'bury' | 'elton' | 'castlebrook';

export interface PlacementContext {
  framework: Framework;
  legacyLotIds: Record<LotNumber, string>;
  nextLotIds: Record<LotNumber, string>;
  providers: SeededProvider[];
  commissioners: Record<Commissioner, Caller>;
  calendarOrganisationId: string;
}

// How many placements of each status the demo shows (about 140 in all, under the legacy arrangement, 2026/27).
const STATUS_COUNTS: [CallOffStatus, number][] = [
  [CallOffStatus.Active, 52],
  [CallOffStatus.Completed, 28],
  [CallOffStatus.Accepted, 14],
  [CallOffStatus.Offered, 12],
  [CallOffStatus.Declined, 12],
  [CallOffStatus.Withdrawn, 8],
  [CallOffStatus.Terminated, 8],
  [CallOffStatus.Lapsed, 6],
];
const AUTUMN_TERM_START = '2026-09-03';
const LEGACY_END = '2027-03-31';
// Usual end dates: end of autumn term, the spring half term, end of spring term, the end of the legacy arrangement.
const END_DATES = ['2026-12-18', '2027-02-12', '2027-03-25', LEGACY_END];
// Capacity is declared in sessions a week, from 10 to 80 (10 sessions = one full-time place).
const MAX_DECLARED = 80;
// The provider whose capacity the demo shows as stale: it last confirmed three weeks ago.
const STALE_PROVIDER = 'Burrs Outdoor Learning';
const STALE_DAYS = 21;
// Providers whose twist makes them ineligible for new placements in the demo window (lapsed cover, failed check).
const NO_NEW_PLACEMENTS = new Set(['expiredInsurance', 'failedCheck', 'applied']);

interface Plan {
  status: CallOffStatus;
  commissioner: Commissioner;
  lot: LotNumber;
  provider: SeededProvider;
  body: Omit<CreateCallOffDto, 'childRef' | 'lotId' | 'providerId'>;
  raisedOn: string | null; // null: raised now, the offer still open
  respondedOn: string | null;
  terminatedOn: string | null;
  declineReason?: { code: DeclineReason; note: string };
  withdrawReason?: string;
  terminateReason?: string;
  justification: string;
  topRanked: boolean;
  childRef?: string;
  id?: string;
  events?: { created: Date; last: Date };
}

// The demo term is planned around "today" and fits when today is between late November and mid-February of the
// legacy arrangement's last year. On any other day seedDemo stands the clock on the nearest day of that range, so
// a fresh clone always seeds the same story (its statuses are then read as of the real today).
export const DEMO_WINDOW = { from: '2026-11-20', to: '2027-02-10' };

export async function seedPlacements(app: INestApplicationContext, ctx: PlacementContext): Promise<number> {
  const clock = app.get(Clock);
  const callOffs = app.get(CallOffsService);
  const variations = app.get(CallOffVariationsService);
  const capacity = app.get(CapacityService);
  const dataSource = app.get(DataSource);
  const { calendar } = await app.get(CalendarService).calendarFor(ctx.calendarOrganisationId);
  const now = clock.now();
  const today = clock.today();
  const plans = planPlacements(ctx, calendar, today, now, (raisedOn) =>
    callOffs.offerExpiry(calendar, raisedOn, ctx.framework),
  );

  // Capacity: enough for the plan on the legacy lots (peak load, never above 80), a spread on the new ones.
  const random = new Random(2027);
  const peaks = peakLoads(plans);
  for (const provider of ctx.providers)
    for (const number of provider.lots as LotNumber[]) {
      const spread = 10 + 5 * random.int(0, 14);
      const peak = peaks.get(`${provider.id}:${number}`) ?? 0;
      await capacity.declare(provider.caller, provider.id, {
        lotId: ctx.legacyLotIds[number],
        from: '2026-04-01',
        to: LEGACY_END,
        sessionsPerWeek: Math.max(peak, spread),
      });
      await capacity.declare(provider.caller, provider.id, {
        lotId: ctx.nextLotIds[number],
        from: '2027-04-01',
        to: '2028-03-31',
        sessionsPerWeek: 10 + 5 * random.int(0, 14),
      });
    }
  const stale = ctx.providers.find((p) => p.profile.name === STALE_PROVIDER)!;
  // Demo back-dating (seed only): declarations are stamped by the database, so one provider's are moved three
  // weeks back to show a capacity return older than the council's fortnightly confirmation (CapacityService).
  await dataSource
    .createQueryBuilder()
    .update(CapacityDeclaration)
    .set({ createdAt: () => `created_at - interval '${STALE_DAYS} days'` })
    .where('provider_id = :id', { id: stale.id })
    .execute();

  // Replay the term in order: each raise, response and termination happens with the app's clock on its day,
  // so offer windows, response times, lapses and terminations are the services' own, not edited afterwards.
  const events: { at: Date | null; order: number; run: () => Promise<void> }[] = [];
  plans.forEach((plan, index) => {
    const caller = ctx.commissioners[plan.commissioner];
    const lotId = ctx.legacyLotIds[plan.lot];
    events.push({
      at: plan.raisedOn ? instant(plan.raisedOn, '10:00') : null,
      order: index,
      run: async () => {
        const named: CreateCallOffDto = {
          ...plan.body,
          lotId,
          providerId: plan.provider.id,
          childRef: plan.childRef!,
        };
        // About half the time the commissioner lets the lot's mechanism pick the top-ranked provider.
        const registeredAlternatives = ctx.providers.filter(
          (p) =>
            p.id !== plan.provider.id &&
            p.lots.includes(plan.lot) &&
            p.profile.registrationStatus === RegistrationStatus.Registered &&
            eligibleOn(p, plan.body.startDate, today, ctx.providers.indexOf(p)),
        );
        let input: CreateCallOffDto = plan.topRanked ? { ...named, providerId: undefined } : named;
        for (;;) {
          try {
            const { callOff } = await callOffs.create(caller, input);
            plan.id = callOff.id;
            plan.provider = ctx.providers.find((p) => p.id === callOff.providerId)!;
            break;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            // Framework call-off procedure: a provider other than the top-ranked one needs a written justification.
            if (error.code === 'justification_required' && !input.justification)
              input = { ...input, justification: plan.justification };
            // The named provider filled up with placements the mechanism sent it: let the mechanism choose, or for
            // a looked-after child name the next registered member (Education Act 1996 s.463).
            else if (
              input.providerId &&
              ['capacity_exhausted', 'registration_threshold'].includes(error.code)
            ) {
              if (!plan.body.child.lookedAfter) input = { ...named, providerId: undefined };
              else {
                const next = registeredAlternatives.shift();
                if (!next) throw error;
                input = { ...named, providerId: next.id, justification: plan.justification };
              }
            } else throw error;
          }
        }
        const created = clock.now();
        plan.events = { created, last: created };
      },
    });
    if (plan.respondedOn)
      events.push({
        at: instant(plan.respondedOn, '11:30'),
        order: index,
        run: async () => {
          const id = plan.id!;
          if (plan.status === CallOffStatus.Declined)
            await callOffs.decline(
              plan.provider.caller,
              id,
              plan.declineReason!.code,
              plan.declineReason!.note,
              undefined,
            );
          else if (plan.status === CallOffStatus.Withdrawn)
            await callOffs.withdraw(caller, id, plan.withdrawReason!, undefined);
          else
            await callOffs.accept(plan.provider.caller, id, 'Place confirmed; induction booked.', undefined);
        },
      });
    if (plan.terminatedOn)
      events.push({
        at: instant(plan.terminatedOn, '14:00'),
        order: index,
        run: async () => {
          await variations.vary(
            caller,
            plan.id!,
            { kind: 'terminate', effectiveDate: plan.terminatedOn!, reason: plan.terminateReason! },
            undefined,
          );
          plan.events!.last = instant(plan.terminatedOn!, '14:00');
        },
      });
  });
  events.sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity) || a.order - b.order);
  for (const event of events) await atInstant(clock, event.at, event.run);

  // Demo back-dating (seed only): created_at and updated_at are stamped by the database at the real time, so they
  // are set to the days the placements were raised and last changed, to agree with offer and response times.
  const replayed = plans.filter((plan) => plan.raisedOn);
  await dataSource.query(
    `UPDATE call_offs c SET created_at = v.created_at, updated_at = v.updated_at
       FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::timestamptz[]) AS created_at,
                    unnest($3::timestamptz[]) AS updated_at) v
      WHERE c.id = v.id`,
    [
      replayed.map((plan) => plan.id),
      replayed.map((plan) => plan.events!.created.toISOString()),
      replayed.map((plan) => plan.events!.last.toISOString()),
    ],
  );
  return plans.length;
}

// Runs `work` while the app's clock reads `at` (null: the real time). Seed only: the services read time through
// Clock, so standing the clock on a past day creates past offers, responses and terminations as they happened.
export async function atInstant(clock: Clock, at: Date | null, work: () => Promise<void>): Promise<void> {
  if (!at) return work();
  const own = Object.getOwnPropertyDescriptor(clock, 'now');
  Object.defineProperty(clock, 'now', {
    value: () => new Date(at.getTime()),
    configurable: true,
    writable: true,
  });
  try {
    await work();
  } finally {
    if (own) Object.defineProperty(clock, 'now', own);
    else delete (clock as Partial<Clock>).now;
  }
}

function instant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00Z`);
}

// --- Planning: pure and deterministic (a seeded generator), so the dataset is the same every time. ---

function planPlacements(
  ctx: PlacementContext,
  calendar: SchoolCalendar,
  today: string,
  now: Date,
  offerExpiry: (raisedOn: string) => Date,
): Plan[] {
  const random = new Random(20260901);
  const statuses = random.shuffle(
    STATUS_COUNTS.flatMap(([status, count]) => Array<CallOffStatus>(count).fill(status)),
  );
  const load = new Map<string, { from: string; to: string; sessions: number }[]>();
  const fullTimeUnregistered = new Map<string, number>();
  const seenStatus = new Set<CallOffStatus>();
  const plans: Plan[] = [];
  for (const status of statuses) {
    // The council's own team shows every status; the two schools raise some of the rest.
    const commissioner: Commissioner = !seenStatus.has(status)
      ? 'bury'
      : random.pick<Commissioner>([
          'bury',
          'bury',
          'bury',
          'bury',
          'bury',
          'bury',
          'bury',
          'bury',
          'elton',
          'castlebrook',
        ]);
    seenStatus.add(status);
    let plan: Plan | null = null;
    for (let attempt = 0; attempt < 200 && !plan; attempt++)
      plan = tryPlan(
        random,
        ctx,
        calendar,
        today,
        now,
        offerExpiry,
        status,
        commissioner,
        load,
        fullTimeUnregistered,
      );
    if (!plan)
      throw new Error(
        `Demo seed: could not plan a placement that is ${status} (the legacy arrangement ends ${LEGACY_END})`,
      );
    plans.push(plan);
  }
  // Child references in the order the placements were raised: BURY-AP-26-0001, EHS-AP-26-001, …
  const sequence = { bury: 0, elton: 0, castlebrook: 0 };
  const prefix = { bury: 'BURY-AP-26-', elton: 'EHS-AP-26-', castlebrook: 'CHS-AP-26-' };
  const byRaise = [...plans].sort((a, b) => (a.raisedOn ?? '9999').localeCompare(b.raisedOn ?? '9999'));
  for (const plan of byRaise) {
    const n = ++sequence[plan.commissioner];
    plan.childRef = prefix[plan.commissioner] + String(n).padStart(plan.commissioner === 'bury' ? 4 : 3, '0');
  }
  return plans;
}

function tryPlan(
  random: Random,
  ctx: PlacementContext,
  calendar: SchoolCalendar,
  today: string,
  now: Date,
  offerExpiry: (raisedOn: string) => Date,
  status: CallOffStatus,
  commissioner: Commissioner,
  load: Map<string, { from: string; to: string; sessions: number }[]>,
  fullTimeUnregistered: Map<string, number>,
): Plan | null {
  const school = commissioner !== 'bury';
  const lot: LotNumber = school
    ? random.pick<LotNumber>([2, 2, 3])
    : random.pick<LotNumber>([1, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
  const basis = pickBasis(random, lot, school);
  const schoolDay = (date: string) => calendar.nthSchoolDay(date, 1);
  const pastFloor = maxDate(addDays(today, -80), AUTUMN_TERM_START);

  // Start window by status: past for completed/active/terminated, future for accepted/offered.
  const windows: Record<CallOffStatus, [number, number]> = {
    [CallOffStatus.Completed]: [days(today, pastFloor), -28],
    [CallOffStatus.Active]: [days(today, pastFloor), -1],
    [CallOffStatus.Terminated]: [days(today, pastFloor), -35],
    [CallOffStatus.Accepted]: [4, 45],
    [CallOffStatus.Offered]: [6, 30],
    [CallOffStatus.Declined]: [-45, 25],
    [CallOffStatus.Withdrawn]: [-45, 25],
    [CallOffStatus.Lapsed]: [-30, 10],
  };
  const [lo, hi] = windows[status];
  let exclusionDate: string | undefined;
  let start: string;
  if (basis === StatutoryBasis.S19PermanentExclusion) {
    // Education Act 1996 s.19(3A): full-time provision from the sixth school day; about one in four starts late.
    exclusionDate = schoolDay(addDays(today, random.int(lo - 20, Math.min(hi, 0))));
    start = calendar.nthSchoolDay(exclusionDate, random.chance(0.75) ? random.int(3, 6) : random.int(8, 16));
  } else start = schoolDay(addDays(today, random.int(lo, hi)));
  const offset = days(today, start);
  if (offset < lo || offset > hi || start > LEGACY_END) return null;

  // Raised a few days before the start, never before the exclusion; answered the next day.
  let raisedOn: string | null = addDays(start, -random.int(2, 9));
  if (exclusionDate && raisedOn < exclusionDate) raisedOn = exclusionDate;
  if (raisedOn >= start) return null;
  const cap: Partial<Record<CallOffStatus, number>> = {
    [CallOffStatus.Accepted]: -2,
    [CallOffStatus.Declined]: -2,
    [CallOffStatus.Withdrawn]: -2,
    [CallOffStatus.Lapsed]: -14,
  };
  if (status === CallOffStatus.Offered) {
    if (exclusionDate && exclusionDate > today) return null;
    raisedOn = null;
  } else {
    const limit = addDays(today, cap[status] ?? -1);
    if (raisedOn > limit) raisedOn = limit;
    if (exclusionDate && raisedOn < exclusionDate) return null;
    // A lapsed offer's window (framework offer window, in school days) has closed by now.
    if (status === CallOffStatus.Lapsed && offerExpiry(raisedOn).getTime() >= now.getTime()) return null;
  }
  const respondedOn =
    raisedOn && status !== CallOffStatus.Lapsed ? addDays(raisedOn, random.chance(0.5) ? 1 : 0) : null;

  // End date: a suspension's provision is short; other placements run to a term boundary.
  let end: string;
  if (basis === StatutoryBasis.SchoolSuspension) end = addDays(start, random.int(4, 14));
  else if (status === CallOffStatus.Completed) end = addDays(start, random.int(20, 60));
  else {
    const ends = END_DATES.filter((d) => days(start, d) >= 25);
    if (ends.length === 0) return null;
    end = random.pick(ends);
  }
  if (end > LEGACY_END) return null;
  if (status === CallOffStatus.Completed && end >= today) return null;
  if ((status === CallOffStatus.Active || status === CallOffStatus.Terminated) && end <= addDays(today, 2))
    return null;
  let terminatedOn: string | null = null;
  if (status === CallOffStatus.Terminated) {
    terminatedOn = schoolDay(addDays(start, random.int(14, days(start, today) - 2)));
    if (terminatedOn >= today || terminatedOn <= (respondedOn ?? start)) return null;
  }

  // The child: year 5–11, a few with EHC plans, a few looked after.
  const yearGroup =
    lot === 3
      ? random.int(8, 11)
      : lot === 1
        ? random.pick([6, 7, 8, 9, 9, 10, 10, 10, 11, 11])
        : random.int(5, 11);
  const lookedAfter = random.chance(0.08);
  const ehcp = random.chance(0.12);

  // The provider: a member of the lot, eligible on the start date, with room, and inside the registration line.
  const sessionsFor = (provider: SeededProvider) => {
    if (lot === 1) return random.chance(0.8) ? 10 : 8;
    if (lot === 3) return random.int(1, 4);
    if (provider.profile.registrationStatus === RegistrationStatus.Registered) return random.int(4, 8);
    return random.chance(0.12) ? 6 : random.int(2, 5);
  };
  const candidates = ctx.providers.filter(
    (p) =>
      p.lots.includes(lot) &&
      eligibleOn(p, start, today, ctx.providers.indexOf(p)) &&
      // Education Act 1996 s.463: looked-after children are placed only with registered settings.
      (!lookedAfter || p.profile.registrationStatus === RegistrationStatus.Registered),
  );
  if (candidates.length === 0) return null;
  const provider = random.pick(candidates);
  const sessions = sessionsFor(provider);
  // 3.25 hours a session on lots 2 and 3: 6 sessions (19.5 h) is full time against the framework's 18 hours.
  const fullTime = lot === 1 ? sessions >= 8 : sessions >= 6;
  const unregistered = provider.profile.registrationStatus === RegistrationStatus.Unregistered;
  if (fullTime && unregistered) {
    // Education Act 1996 s.463: fewer than 5 full-time pupils, none looked after or with an EHC plan (kept to 2).
    if (ehcp || lookedAfter || (fullTimeUnregistered.get(provider.id) ?? 0) >= 2) return null;
  }
  const key = `${provider.id}:${lot}`;
  const intervals = load.get(key) ?? [];
  if (peak([...intervals, { from: start, to: end, sessions }]) > MAX_DECLARED) return null;
  // Every planned placement counts against capacity whatever its fate: a safe over-estimate of what is held.
  load.set(key, [...intervals, { from: start, to: end, sessions }]);
  if (fullTime && unregistered)
    fullTimeUnregistered.set(provider.id, (fullTimeUnregistered.get(provider.id) ?? 0) + 1);

  const reason = primaryReason(random, basis);
  const plan = placementPlan(random, lot, yearGroup, ehcp);
  return {
    status,
    commissioner,
    lot,
    provider,
    raisedOn,
    respondedOn,
    terminatedOn,
    justification: random.pick(JUSTIFICATIONS),
    topRanked: !lookedAfter && random.chance(0.5),
    ...(status === CallOffStatus.Declined ? { declineReason: random.pick(DECLINES) } : {}),
    ...(status === CallOffStatus.Withdrawn ? { withdrawReason: random.pick(WITHDRAWALS) } : {}),
    ...(status === CallOffStatus.Terminated ? { terminateReason: random.pick(TERMINATIONS) } : {}),
    body: {
      child: { yearGroup, ehcp, lookedAfter, needsSummary: random.pick(NEEDS) },
      statutoryBasis: basis,
      primaryReason: reason,
      ...(exclusionDate ? { exclusionDate } : {}),
      startDate: start,
      endDate: end,
      sessionsPerWeek: sessions,
      // Part-time placements mostly name their sessions (DESIGN §1 Attendance), chosen without drawing on the
      // random sequence, so the rest of the demo story is unchanged.
      ...(sessions < 10 && (yearGroup + sessions) % 3 !== 0
        ? { pattern: demoPattern(sessions, yearGroup) }
        : {}),
      location: {
        latitude: round4(53.545 + random.next() * 0.09),
        longitude: round4(-2.345 + random.next() * 0.075),
      },
      plan,
      // SEND Code of Practice: the SEND caseworker knows before an EHC-plan pupil's placement starts.
      ...(ehcp ? { sendCaseworkerNotifiedAt: addDays(raisedOn ?? today, -random.int(0, 7)) } : {}),
    },
  };
}

// A believable week: whole days from a weekday that depends on the year group, a morning for an odd session.
function demoPattern(sessions: number, yearGroup: number): PatternSession[] {
  const first = (yearGroup * 2) % 10;
  return sortPattern(
    Array.from({ length: sessions }, (_, i) => PATTERN_SESSIONS[(first + i) % PATTERN_SESSIONS.length]),
  );
}

// Eligibility as of the start date: checks verified on or before it, and the demo twists respected.
function eligibleOn(provider: SeededProvider, date: string, today: string, index: number): boolean {
  if (provider.twist && NO_NEW_PLACEMENTS.has(provider.twist)) return false;
  if (date < addDays(today, -checksVerifiedDaysAgo(index))) return false;
  // seedProviders: public liability cover runs out 7 + index days after today; conditions fall due in 60 days.
  if (provider.twist === 'expiringInDays' && date > addDays(today, 7 + index)) return false;
  if (provider.twist === 'conditional' && date > addDays(today, 60)) return false;
  return true;
}

function pickBasis(random: Random, lot: LotNumber, school: boolean): StatutoryBasis {
  // Schools arrange provision for suspensions (from the sixth day) and direct pupils off site (Education Act 2002 s.29A).
  if (school)
    return lot === 2 && random.chance(0.4)
      ? StatutoryBasis.SchoolSuspension
      : StatutoryBasis.SchoolDirectedOffsite;
  if (lot === 1)
    return random.pick([
      StatutoryBasis.S19PermanentExclusion,
      StatutoryBasis.S19PermanentExclusion,
      StatutoryBasis.S19PermanentExclusion,
      StatutoryBasis.S19PermanentExclusion,
      StatutoryBasis.S19Other,
      StatutoryBasis.S19Illness,
    ]);
  return random.chance(lot === 2 ? 0.45 : 0.25) ? StatutoryBasis.S19Illness : StatutoryBasis.S19Other;
}

function primaryReason(random: Random, basis: StatutoryBasis): string {
  switch (basis) {
    case StatutoryBasis.S19PermanentExclusion:
      return random.pick([
        'Permanent exclusion: persistent disruptive behaviour',
        'Permanent exclusion: physical assault against a pupil',
        'Permanent exclusion: physical assault against an adult',
        'Permanent exclusion: possession of an offensive weapon',
        'Permanent exclusion: verbal abuse or threatening behaviour against an adult',
        'Permanent exclusion: use or threat of use of an offensive weapon or prohibited item',
      ]);
    case StatutoryBasis.S19Illness:
      return random.pick([
        'Medical needs: unable to attend school for 15 days or more (consultant letter on file)',
        'Mental health needs: CAMHS advise a reduced, small-group timetable',
        'Recovering from surgery: unable to attend school for the rest of the term',
      ]);
    case StatutoryBasis.SchoolSuspension:
      return 'Suspension of more than five school days: provision from the sixth day';
    case StatutoryBasis.SchoolDirectedOffsite:
      return random.pick([
        'Directed off-site to improve behaviour, with a review before the half term',
        'Directed off-site for a vocational programme alongside the school timetable',
      ]);
    case StatutoryBasis.Post16:
      return 'Post-16: no education, employment or training place';
    case StatutoryBasis.S19Other:
      return random.pick([
        'Awaiting a school place after moving into Bury',
        'Emotionally based school avoidance: not attending since the start of term',
        'Out of school after a managed move broke down',
      ]);
  }
}

function placementPlan(random: Random, lot: LotNumber, yearGroup: number, ehcp: boolean) {
  const objectives = random.sample(OBJECTIVES[lot], random.int(2, 3));
  const reviewFrequencyWeeks = random.pick([4, 6, 6, 8]);
  if (yearGroup === 11) return { objectives, reviewFrequencyWeeks, nextStep: NextStep.Post16Destination };
  if (ehcp && random.chance(0.4))
    return { objectives, reviewFrequencyWeeks, nextStep: NextStep.SpecialistPlacement };
  return {
    objectives,
    reviewFrequencyWeeks,
    nextStep: NextStep.Reintegration,
    reintegrationCriteria: random.pick(REINTEGRATION),
  };
}

const OBJECTIVES: Record<LotNumber, string[]> = {
  1: [
    'Attend at least 90% of sessions each half term',
    'Re-engage with English and maths to GCSE entry level',
    'Reduce serious behaviour incidents to none in a half term',
    'Complete a baseline assessment and an individual learning plan within two weeks',
    'Build a trusted relationship with a key adult in the setting',
  ],
  2: [
    'Attend at least 85% of the agreed sessions',
    'Complete a trial day at the receiving school each half term',
    'Keep up with the school’s English and maths schemes of work',
    'Use agreed strategies to manage anxiety in group settings',
    'Rebuild a routine of getting to learning on time',
  ],
  3: [
    'Achieve a Level 1 unit in the vocational subject',
    'Attend at least 85% of sessions',
    'Show improved self-regulation in the therapist’s termly report',
    'Take part in a work experience taster',
    'Set and review personal goals with the key worker',
  ],
};
const REINTEGRATION = [
  'Attendance above 90% for six weeks and a successful trial day at the receiving school',
  'Two half terms without a serious incident and a reintegration meeting with the school',
  'Medical advice that full-time attendance is possible, and a phased timetable agreed',
];
const NEEDS = [
  'Social, emotional and mental health needs; anxiety in large groups.',
  'Literacy well below age-related expectations; low attendance last year.',
  'Autism (diagnosed); sensory sensitivities in busy corridors.',
  'Speech, language and communication needs.',
  'Anxiety and low mood; under CAMHS.',
  'Attention difficulties; responds well to practical learning.',
  'Medical needs; fatigue limits the length of the school day.',
];
const DECLINES: { code: DeclineReason; note: string }[] = [
  { code: DeclineReason.NoCapacity, note: 'The group the child would join is full until January.' },
  { code: DeclineReason.NeedsNotMet, note: 'We cannot meet the level of medical support described.' },
  { code: DeclineReason.Location, note: 'Travel from the child’s home would take over an hour each way.' },
  { code: DeclineReason.Risk, note: 'Known conflict with a pupil already on roll.' },
  { code: DeclineReason.Other, note: 'Staff vacancy: we cannot staff the timetable safely this term.' },
];
const WITHDRAWALS = [
  'Exclusion overturned by the governing board; the child returns to school.',
  'Child placed in a specialist school after the EHC plan was issued.',
  'Family moved out of the area.',
  'The school found an in-house place in its own inclusion unit.',
];
const TERMINATIONS = [
  'Reintegrated into mainstream school earlier than planned.',
  'Moved to a specialist placement after the EHC plan was issued.',
  'Family moved out of Bury.',
  'Placement broke down: the provider could not meet the child’s needs.',
];
const JUSTIFICATIONS = [
  'Nearer the child’s home: a shorter journey the child can manage independently.',
  'The provider already knows the child from a previous placement.',
  'Offers the specialist support in the child’s plan that higher-ranked providers do not.',
  'Parental preference after a visit; the price is within the lot ceiling.',
];

// The highest number of sessions a week held at once by a set of date ranges (evaluated at each range's start).
function peak(intervals: { from: string; to: string; sessions: number }[]): number {
  let highest = 0;
  for (const at of intervals) {
    const total = intervals
      .filter((i) => i.from <= at.from && at.from <= i.to)
      .reduce((sum, i) => sum + i.sessions, 0);
    highest = Math.max(highest, total);
  }
  return highest;
}

function peakLoads(plans: Plan[]): Map<string, number> {
  const byKey = new Map<string, { from: string; to: string; sessions: number }[]>();
  for (const plan of plans) {
    const key = `${plan.provider.id}:${plan.lot}`;
    byKey.set(key, [
      ...(byKey.get(key) ?? []),
      { from: plan.body.startDate, to: plan.body.endDate, sessions: plan.body.sessionsPerWeek },
    ]);
  }
  return new Map([...byKey].map(([key, intervals]) => [key, peak(intervals)]));
}

function days(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

// Mulberry32: a small seeded generator, so the demo dataset is identical on every run.
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle([...items]).slice(0, n);
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}
