import { INestApplicationContext } from '@nestjs/common';
import { ApiKeysService } from '../auth/api-keys.service';
import { Caller, Role } from '../auth/role';
import { CreateLotDto } from '../frameworks/dto/lot.dto';
import { FrameworksService } from '../frameworks/frameworks.service';
import { AwardMethod, FrameworkType, Pathway, PricingUnit } from '../frameworks/framework-types';
import { OrganisationKind } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { Clock } from '../common/clock';
import { addDays } from '../calendar/engine/dates';
import { MandatoryScope } from '../providers/check-type.entity';
import { ChecksService } from '../providers/checks.service';
import { TargetDirectoryStatus } from '../providers/dto/provider.dto';
import { LotMembersService } from '../providers/lot-members.service';
import { CheckOutcome } from '../providers/provider-check.entity';
import { RegistrationStatus } from '../providers/provider-types';
import { ProvidersService } from '../providers/providers.service';
import { DEMO_PROVIDERS, checksVerifiedDaysAgo } from './demo-providers';
import { seedRateCards } from './demo-rate-cards';
import { DEMO_WINDOW, atInstant, seedPlacements } from './demo-placements';
import { seedAttendance } from './demo-attendance';
import { seedHighCostPlacements } from './demo-high-cost';
import { seedFinance } from './demo-finance';
import { seedInvoices } from './demo-invoices';
import { seedOutcomes } from './demo-outcomes';
import { seedReviews } from './demo-reviews';

export interface DemoKeys {
  admin: string;
  buryCommissioner: string;
  schoolCommissioner: string;
  provider: string;
  castlebrookCommissioner: string;
  // Every demo provider's key by its name, so any offer the demo raises can be answered.
  providers: Record<string, string>;
}

// The three lots of the Bury framework (Cabinet report, July 2026: graduated pathway, outcomes-based pricing).
const LOTS: CreateLotDto[] = [
  {
    number: 1,
    title: 'Full-time alternative provision',
    description:
      'Full-time places for pupils with the highest need, including from the sixth day of a permanent exclusion.',
    pathway: Pathway.FullTime,
    awardMethods: [AwardMethod.Direct, AwardMethod.Referral],
    directAwardWeights: { price: 40, distance: 20, quality: 40 },
    pricingUnits: [PricingUnit.AnnualPlace, PricingUnit.Day, PricingUnit.Week],
    outcomeAtRiskPercent: '10',
    registeredProvidersOnly: true,
    maxSessionsPerWeek: 10,
    priceCeilingPence: 3_000_000,
    hoursPerSession: '2.5',
    mandatoryCheckTypes: ['qa_visit', 'financial_standing'],
  },
  {
    number: 2,
    title: 'Targeted and blended provision',
    description:
      'Part-time and blended packages, including part-time reintegration alongside a school place.',
    pathway: Pathway.TargetedBlended,
    awardMethods: [AwardMethod.Direct, AwardMethod.Referral],
    directAwardWeights: { price: 50, distance: 30, quality: 20 },
    pricingUnits: [PricingUnit.Session, PricingUnit.Day, PricingUnit.Hour],
    outcomeAtRiskPercent: '15',
    registeredProvidersOnly: false,
    maxSessionsPerWeek: 8,
    hoursPerSession: '3.25',
    mandatoryCheckTypes: ['qa_visit'],
  },
  {
    number: 3,
    title: 'Vocational, therapeutic and complementary provision',
    description:
      'Vocational courses, therapeutic programmes and 1:1 tuition that complement a main placement.',
    pathway: Pathway.VocationalTherapeuticComplementary,
    awardMethods: [AwardMethod.Direct],
    directAwardWeights: { price: 40, distance: 30, quality: 30 },
    pricingUnits: [PricingUnit.Session, PricingUnit.Hour, PricingUnit.Day],
    outcomeAtRiskPercent: '10',
    registeredProvidersOnly: false,
    maxSessionsPerWeek: 6,
    hoursPerSession: '3.25',
  },
];

export async function seedDemo(app: INestApplicationContext): Promise<DemoKeys> {
  const clock = app.get(Clock);
  const today = clock.today();
  if (today >= DEMO_WINDOW.from && today <= DEMO_WINDOW.to) return seedDemoToday(app);
  const anchor = today < DEMO_WINDOW.from ? DEMO_WINDOW.from : DEMO_WINDOW.to;
  let keys: DemoKeys | undefined;
  await atInstant(clock, new Date(`${anchor}T12:00:00Z`), async () => {
    keys = await seedDemoToday(app);
  });
  return keys as DemoKeys;
}

async function seedDemoToday(app: INestApplicationContext): Promise<DemoKeys> {
  const organisations = app.get(OrganisationsService);
  const frameworks = app.get(FrameworksService);
  const apiKeys = app.get(ApiKeysService);

  const bury = await organisations.create({
    name: 'Bury Council',
    kind: OrganisationKind.LocalAuthority,
    code: 'LA351',
  });
  const bolton = await organisations.create({
    name: 'Bolton Council',
    kind: OrganisationKind.LocalAuthority,
    code: 'LA350',
  });
  const rochdale = await organisations.create({
    name: 'Rochdale Borough Council',
    kind: OrganisationKind.LocalAuthority,
    code: 'LA354',
  });
  const elton = await organisations.create({
    name: 'Elton High School',
    kind: OrganisationKind.School,
    code: 'URN105361',
  });
  const castlebrook = await organisations.create({
    name: 'Castlebrook High School',
    kind: OrganisationKind.School,
    code: 'URN105362',
  });
  const schools = [elton.id, castlebrook.id];

  // The current contracts: 1 Sep 2021 – 31 Aug 2026 plus two optional 12-month extensions (so 7 years at most),
  // extended by the council to 31 March 2027 while the new framework is procured.
  const legacy = await frameworks.create({
    reference: 'BURY-AP-2021',
    title: 'Bury alternative provision arrangements 2021 (legacy)',
    type: FrameworkType.LightTouchClosed,
    leadOrganisationId: bury.id,
    participantOrganisationIds: schools,
    startDate: '2021-09-01',
    endDate: '2027-03-31',
    maxTermYears: 7,
    estimatedValuePence: 750_000_000,
    description: 'The legacy arrangement, extended to 31 March 2027 for continuity of placements.',
  });
  const next = await frameworks.create({
    reference: 'BURY-AP-2027',
    title: 'Bury Alternative Provision Framework 2027–2031',
    type: FrameworkType.LightTouchClosed,
    leadOrganisationId: bury.id,
    participantOrganisationIds: [bolton.id, rochdale.id, ...schools],
    startDate: '2027-04-01',
    endDate: '2031-03-31',
    maxTermYears: 4,
    estimatedValuePence: 480_000_000,
    description:
      'A four-year, three-lot framework with a graduated pathway, outcomes-based pricing and an approved directory, ' +
      'shared with neighbouring authorities.',
  });
  const lotIdsByNumber = new Map<number, string[]>();
  for (const framework of [legacy, next]) {
    for (const lot of LOTS) {
      const created = await frameworks.createLot(framework.framework.id, lot);
      lotIdsByNumber.set(lot.number, [...(lotIdsByNumber.get(lot.number) ?? []), created.id]);
    }
    await frameworks.activate(framework.framework.id, undefined);
  }

  const providerIds = await seedProviders(app, lotIdsByNumber);

  const issue = async (
    role: Role,
    label: string,
    scope: { organisationId?: string; providerId?: string } = {},
  ) => {
    const { key, record } = await apiKeys.issue({ role, label, ...scope }, null);
    return {
      key,
      caller: {
        keyId: record.id,
        role,
        organisationId: record.organisationId,
        providerId: record.providerId,
      },
    };
  };
  const admin = await issue(Role.Admin, 'demo admin');
  const buryKey = await issue(Role.Commissioner, 'demo Bury AP team', { organisationId: bury.id });
  const eltonKey = await issue(Role.Commissioner, 'demo Elton High School', { organisationId: elton.id });
  const castlebrookKey = await issue(Role.Commissioner, 'demo Castlebrook High School', {
    organisationId: castlebrook.id,
  });
  // Each provider answers with its own key, so every card, declaration and response is attributable.
  const providerCallers: Caller[] = [];
  const providerKeys: string[] = [];
  for (const [index, demo] of DEMO_PROVIDERS.entries()) {
    const { key, caller } = await issue(Role.Provider, `demo ${demo.profile.name}`, {
      providerId: providerIds[index],
    });
    providerKeys.push(key);
    providerCallers.push(caller);
  }

  const providers = DEMO_PROVIDERS.map((demo, index) => ({
    ...demo,
    id: providerIds[index],
    caller: providerCallers[index],
  }));
  await seedRateCards(app, admin.caller, providers, lotIdsByNumber);
  const lots = { 1: lotIdsByNumber.get(1)!, 2: lotIdsByNumber.get(2)!, 3: lotIdsByNumber.get(3)! };
  await seedPlacements(app, {
    framework: legacy.framework,
    legacyLotIds: { 1: lots[1][0], 2: lots[2][0], 3: lots[3][0] },
    nextLotIds: { 1: lots[1][1], 2: lots[2][1], 3: lots[3][1] },
    providers,
    commissioners: { bury: buryKey.caller, elton: eltonKey.caller, castlebrook: castlebrookKey.caller },
    calendarOrganisationId: bury.id,
  });
  // High-cost placements are ordinary placements: raised before attendance is marked, so they carry marks too.
  await seedHighCostPlacements(app, { bury: buryKey.caller, legacyLot3Id: lots[3][0], providers });
  await seedAttendance(app);
  await seedOutcomes(app, {
    admin: admin.caller,
    lotIds: [lots[1][0], lots[2][0], lots[3][0]],
    commissioners: [buryKey.caller, eltonKey.caller, castlebrookKey.caller],
    providers,
  });
  await seedInvoices(app, {
    commissioner: buryKey.caller,
    providers: new Map(providers.map((p) => [p.id, p.caller])),
    preferredProviderId: providerIds[CHAMBER_HALL],
  });
  await seedFinance(app, {
    buryId: bury.id,
    bury: buryKey.caller,
    providers: providers.filter((p) => !p.twist).map((p) => ({ id: p.id, name: p.profile.name })),
    lotIds: { 1: lots[1][0], 3: lots[3][0] },
  });
  await seedReviews(app, {
    commissioners: [buryKey.caller, eltonKey.caller, castlebrookKey.caller],
    providers: providerCallers,
  });

  return {
    admin: admin.key,
    buryCommissioner: buryKey.key,
    schoolCommissioner: eltonKey.key,
    provider: providerKeys[CHAMBER_HALL],
    castlebrookCommissioner: castlebrookKey.key,
    providers: Object.fromEntries(
      DEMO_PROVIDERS.map((demo, index) => [demo.profile.name, providerKeys[index]]),
    ),
  };
}

// Chamber Hall Skills Centre: an unregistered provider on lots 2 and 3, the provider whose key the demo hands out.
const CHAMBER_HALL = 6;

// Every mandatory check passed (a spread of verification dates), then approval and lot membership, then the twists
// that make the directory worth demonstrating: cover about to expire, a lapsed cover note, a failed check.
async function seedProviders(
  app: INestApplicationContext,
  lotIdsByNumber: Map<number, string[]>,
): Promise<string[]> {
  const providers = app.get(ProvidersService);
  const checks = app.get(ChecksService);
  const members = app.get(LotMembersService);
  const today = app.get(Clock).today();
  const catalogue = await checks.catalogue();
  const ids: string[] = [];
  for (const [index, demo] of DEMO_PROVIDERS.entries()) {
    const { provider } = await providers.create(demo.profile);
    ids.push(provider.id);
    const verifiedAt = addDays(today, -checksVerifiedDaysAgo(index));
    const registered = demo.profile.registrationStatus === RegistrationStatus.Registered;
    for (const type of catalogue) {
      if (type.mandatory === MandatoryScope.Registered && !registered) continue;
      if (demo.twist === 'applied' && type.code === 'employers_liability_insurance') continue;
      const conditional = demo.twist === 'conditional' && type.code === 'data_protection';
      const expiring = demo.twist === 'expiringInDays' && type.code === 'public_liability_insurance';
      await checks.record(
        provider.id,
        {
          type: type.code,
          outcome: conditional ? CheckOutcome.Conditional : CheckOutcome.Pass,
          evidenceRef: `${type.code.toUpperCase()}-${String(index + 1).padStart(3, '0')}`,
          verifiedAt: expiring ? addDays(today, -340) : verifiedAt,
          ...(expiring ? { expiresAt: addDays(today, 7 + index) } : {}),
          ...(type.requiresCover ? { coverPence: type.minimumCoverPence ?? 1_000_000_000 } : {}),
          ...(conditional
            ? {
                conditions: 'Complete ICO registration and publish a privacy notice',
                conditionsDueDate: addDays(today, 60),
              }
            : {}),
        },
        null,
      );
    }
    if (demo.twist === 'applied') continue;
    const status =
      demo.twist === 'conditional'
        ? TargetDirectoryStatus.ConditionallyApproved
        : TargetDirectoryStatus.Approved;
    await providers.setDirectoryStatus(
      provider.id,
      { status, reason: 'Due diligence completed at the framework panel.' },
      null,
    );
    for (const number of demo.lots)
      for (const lotId of lotIdsByNumber.get(number) ?? [])
        await members.add(lotId, provider.id, 'Admitted at framework award.', null);
    if (demo.twist === 'expiredInsurance')
      await checks.record(
        provider.id,
        {
          type: 'employers_liability_insurance',
          outcome: CheckOutcome.Pass,
          evidenceRef: 'Temporary cover note, not renewed',
          verifiedAt: addDays(today, -45),
          expiresAt: addDays(today, -1),
          coverPence: 500_000_000,
        },
        null,
      );
    if (demo.twist === 'failedCheck')
      await checks.record(
        provider.id,
        {
          type: 'fire_risk_assessment',
          outcome: CheckOutcome.Fail,
          evidenceRef: 'QA visit: fire exits obstructed',
          verifiedAt: addDays(today, -3),
        },
        null,
      );
  }
  return ids;
}
