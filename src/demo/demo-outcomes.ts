import { INestApplicationContext } from '@nestjs/common';
import { Caller } from '../auth/role';
import { addDays } from '../calendar/engine/dates';
import { CallOffStatus } from '../call-offs/engine/lifecycle';
import { CallOffsService, PlacementValue } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { CreateOutcomeRuleDto } from '../outcomes/dto/outcome-rule.dto';
import { OutcomeEvidence, OutcomeMetric } from '../outcomes/engine/outcome-types';
import { OutcomeRulesService } from '../outcomes/outcome-rules.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { atInstant } from './demo-placements';

export interface OutcomesContext {
  admin: Caller;
  lotIds: string[];
  commissioners: Caller[];
  providers: { id: string; caller: Caller }[];
}

export interface OutcomeDemoFigures {
  rules: number;
  claims: number;
}

// Every lot pays for the same four outcomes; their shares take the whole at-risk pot (DESIGN §1 Attendance, reviews
// and outcomes: the shares of a lot's rules sum to at most 100).
const RULES: CreateOutcomeRuleDto[] = [
  {
    code: 'attendance_90',
    title: 'Attendance of 90% sustained for six school weeks',
    metric: OutcomeMetric.AttendanceRate,
    threshold: '90',
    sustainSchoolWeeks: 6,
    evidence: OutcomeEvidence.AttendanceRecords,
    shareOfAtRiskPercent: '30',
  },
  {
    code: 'reintegration_6w',
    title: 'Back on a school roll, attending 80%, for six school weeks',
    metric: OutcomeMetric.ReintegrationSustained,
    threshold: '80',
    sustainSchoolWeeks: 6,
    evidence: OutcomeEvidence.SchoolConfirmation,
    shareOfAtRiskPercent: '30',
  },
  {
    code: 'destination_6w',
    title: 'In a post-16 destination, attending 80%, for six school weeks',
    metric: OutcomeMetric.DestinationSustained,
    threshold: '80',
    sustainSchoolWeeks: 6,
    evidence: OutcomeEvidence.CollegeConfirmation,
    shareOfAtRiskPercent: '20',
  },
  {
    code: 'qualification',
    title: 'An accredited qualification (GCSE, Functional Skills or a vocational award)',
    metric: OutcomeMetric.Qualification,
    threshold: '1',
    sustainSchoolWeeks: 1,
    evidence: OutcomeEvidence.Certificate,
    shareOfAtRiskPercent: '20',
  },
];

const STARTED = new Set([CallOffStatus.Active, CallOffStatus.Completed, CallOffStatus.Terminated]);

// Outcome rules on the legacy lots and claims in every state: awaiting verification, overdue for it, attendance
// claims the marks support or not, verified and paid, and rejected. Through the services, so every claim carries its
// event and audit entry. Run after the placements (and after their attendance marks, which attendance claims read).
export async function seedOutcomes(
  app: INestApplicationContext,
  ctx: OutcomesContext,
): Promise<OutcomeDemoFigures> {
  const rules = app.get(OutcomeRulesService);
  const outcomes = app.get(OutcomesService);
  const clock = app.get(Clock);
  for (const lotId of ctx.lotIds) for (const rule of RULES) await rules.create(ctx.admin, lotId, rule);

  const today = clock.today();
  // More than 20 school days back in any part of the demo window, Christmas included.
  const earlier = addDays(today, -60);
  const lots = new Set(ctx.lotIds);
  const placements = (await app.get(CallOffsService).placementValues({ acceptedOnly: true }))
    .filter((p) => lots.has(p.lotId) && STARTED.has(p.status))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  const providerCaller = new Map(ctx.providers.map((p) => [p.id, p.caller]));
  const commissionerCaller = new Map(ctx.commissioners.map((c) => [c.organisationId, c]));
  const take = (count: number, fits: (p: PlacementValue) => boolean): PlacementValue[] => {
    const chosen: PlacementValue[] = [];
    for (let i = 0; i < placements.length && chosen.length < count; i++)
      if (fits(placements[i])) chosen.push(...placements.splice(i--, 1));
    return chosen;
  };
  let claims = 0;
  const submit = async (p: PlacementValue, ruleCode: string, achievedOn: string, evidenceRef: string) => {
    claims += 1;
    return outcomes.submit(providerCaller.get(p.providerId)!, p.id, { ruleCode, achievedOn, evidenceRef });
  };
  const commissioner = (p: PlacementValue) => commissionerCaller.get(p.commissionerOrganisationId)!;
  const lastDay = (p: PlacementValue) => (p.endDate < today ? p.endDate : today);

  // Overdue: qualification claims sent two months ago and never verified.
  for (const p of take(3, (p) => p.startDate < earlier && p.endDate >= earlier))
    await atInstant(clock, new Date(`${earlier}T12:00:00Z`), async () => {
      await submit(p, 'qualification', earlier, 'CERT-FS-ENG-L1');
    });
  // Awaiting verification, in time.
  for (const p of take(3, () => true)) await submit(p, 'qualification', lastDay(p), 'CERT-FS-MATHS-E3');
  // Verified and paid: qualifications, and reintegrations of placements that have ended.
  for (const p of take(6, () => true)) {
    const { claim } = await submit(p, 'qualification', lastDay(p), 'CERT-BTEC-L1');
    await outcomes.verify(commissioner(p), claim.id, undefined);
  }
  for (const p of take(2, (p) => p.endDate < today)) {
    const { claim } = await submit(p, 'reintegration_6w', today, 'SCHOOL-ROLL-CONFIRMED');
    await outcomes.verify(commissioner(p), claim.id, undefined);
  }
  // Rejected: the college could not confirm the destination.
  for (const p of take(2, () => true)) {
    const { claim } = await submit(p, 'destination_6w', lastDay(p), 'COLLEGE-LETTER');
    await outcomes.reject(commissioner(p), claim.id, 'The college has not confirmed enrolment.', undefined);
  }
  // Attendance claims, checked against the marks: supported or not, as the registers show.
  for (const p of take(4, (p) => p.startDate <= addDays(today, -56)))
    await submit(p, 'attendance_90', lastDay(p), 'REGISTER');
  return { rules: ctx.lotIds.length * RULES.length, claims };
}
