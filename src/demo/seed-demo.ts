import { INestApplicationContext } from '@nestjs/common';
import { ApiKeysService } from '../auth/api-keys.service';
import { Role } from '../auth/role';
import { CreateLotDto } from '../frameworks/dto/lot.dto';
import { FrameworkType } from '../frameworks/framework.entity';
import { FrameworksService } from '../frameworks/frameworks.service';
import { AwardMethod, Pathway, PricingUnit } from '../frameworks/lot.entity';
import { OrganisationKind } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';

export interface DemoKeys {
  admin: string;
  buryCommissioner: string;
  schoolCommissioner: string;
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
  for (const framework of [legacy, next]) {
    for (const lot of LOTS) await frameworks.createLot(framework.framework.id, lot);
    await frameworks.activate(framework.framework.id, undefined);
  }

  const issue = async (role: Role, label: string, organisationId?: string) =>
    (await apiKeys.issue({ role, label, organisationId }, null)).key;
  return {
    admin: await issue(Role.Admin, 'demo admin'),
    buryCommissioner: await issue(Role.Commissioner, 'demo Bury AP team', bury.id),
    schoolCommissioner: await issue(Role.Commissioner, 'demo Elton High School', elton.id),
  };
}
