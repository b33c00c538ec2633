import { CreateProviderDto } from '../providers/dto/provider.dto';
import { ProviderCategory, RegistrationStatus } from '../providers/provider-types';

// Which lots (by number) a demo provider is admitted to, and what makes it interesting to demonstrate.
export interface DemoProvider {
  profile: CreateProviderDto;
  lots: number[];
  // expiringInDays: public liability cover ends soon; expiredInsurance: a newer cover note has lapsed;
  // failedCheck: a newer fire risk assessment failed; conditional: conditionally approved; applied: not yet approved.
  twist?: 'expiringInDays' | 'expiredInsurance' | 'failedCheck' | 'conditional' | 'applied';
}

const R = RegistrationStatus.Registered;
const U = RegistrationStatus.Unregistered;

function p(
  name: string,
  category: ProviderCategory,
  registrationStatus: RegistrationStatus,
  postcode: string,
  latitude: number,
  longitude: number,
  description: string,
  extra: Partial<CreateProviderDto> = {},
): CreateProviderDto {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    name,
    category,
    registrationStatus,
    postcode,
    latitude,
    longitude,
    contactEmail: `referrals@${slug}.example`,
    sme: true,
    vcse: false,
    description,
    ...extra,
  };
}

// Fictional providers with realistic Greater Manchester names, postcodes and coordinates around Bury.
export const DEMO_PROVIDERS: DemoProvider[] = [
  // Registered and school-based settings (lot 1 is for registered providers only).
  {
    profile: p(
      'Spring Lane Pupil Referral Unit',
      ProviderCategory.Pru,
      R,
      'M26 2SP',
      53.5611,
      -2.3262,
      'Full-time places for pupils permanently excluded from Bury secondary schools, with reintegration support.',
      { urn: '134928', qualityScore: 72, sme: false },
    ),
    lots: [1, 2],
  },
  {
    profile: p(
      'Irwell Park Academy',
      ProviderCategory.ApAcademy,
      R,
      'M45 7TA',
      53.5532,
      -2.2981,
      'An alternative provision academy for Key Stages 3 and 4 with small classes and a nurture base.',
      { urn: '146210', ukprn: '10081234', qualityScore: 81, sme: false },
    ),
    lots: [1, 2],
  },
  {
    profile: p(
      'Tottington Grange Independent School',
      ProviderCategory.IndependentSchool,
      R,
      'BL8 3HR',
      53.6129,
      -2.3391,
      'An independent day school for pupils with social, emotional and mental health needs.',
      { urn: '105399', companiesHouseNumber: '07451236', qualityScore: 68 },
    ),
    lots: [1],
    twist: 'expiringInDays',
  },
  {
    profile: p(
      'Holcombe Vale School',
      ProviderCategory.IndependentSchool,
      R,
      'BL0 9QQ',
      53.6463,
      -2.3187,
      'Independent specialist school offering full-time and part-time placements with therapy on site.',
      { urn: '148812', companiesHouseNumber: '09876543', qualityScore: 75 },
    ),
    lots: [1, 3],
  },
  {
    profile: p(
      'Derby Road Special School',
      ProviderCategory.SpecialSchool,
      R,
      'BL1 4RN',
      53.5851,
      -2.4413,
      'A special school with a short-stay provision for pupils awaiting an EHC needs assessment.',
      { urn: '105386', qualityScore: 77, sme: false },
    ),
    lots: [1],
  },
  {
    profile: p(
      'Bury College Foundation Learning',
      ProviderCategory.FeCollege,
      R,
      'BL9 0DB',
      53.5933,
      -2.2967,
      'Foundation learning and vocational tasters for 14–16 year olds on the college campus.',
      { ukprn: '10001093', qualityScore: 70, sme: false },
    ),
    lots: [2, 3],
  },
  // Non-school providers: targeted and blended (lot 2) and vocational, therapeutic and complementary (lot 3).
  {
    profile: p(
      'Chamber Hall Skills Centre',
      ProviderCategory.NonSchool,
      U,
      'BL9 0TL',
      53.5962,
      -2.3058,
      'Small-group vocational learning in construction, catering and motor vehicle skills.',
      { companiesHouseNumber: '11223344', qualityScore: 64 },
    ),
    lots: [2, 3],
  },
  {
    profile: p(
      'Redvales Youth Mentoring',
      ProviderCategory.NonSchool,
      U,
      'BL9 9JR',
      53.5838,
      -2.3004,
      'One-to-one mentoring and part-time reintegration programmes for young people at risk of exclusion.',
      { charityNumber: '1156789', vcse: true, qualityScore: 66 },
    ),
    lots: [2],
  },
  {
    profile: p(
      'Burrs Outdoor Learning',
      ProviderCategory.NonSchool,
      U,
      'BL8 1DA',
      53.6071,
      -2.3049,
      'Outdoor education, bushcraft and team-building at Burrs Country Park.',
      { charityNumber: '1187654', vcse: true, qualityScore: 61 },
    ),
    lots: [3],
  },
  {
    profile: p(
      'Irwell Valley Motor Vehicle Academy',
      ProviderCategory.NonSchool,
      U,
      'BL9 5BN',
      53.5897,
      -2.2886,
      'Motor vehicle maintenance and Level 1 qualifications in a working garage.',
      { companiesHouseNumber: '10987654', qualityScore: 58 },
    ),
    lots: [3],
    twist: 'expiredInsurance',
  },
  {
    profile: p(
      'Pimhole Boxing and Wellbeing',
      ProviderCategory.NonSchool,
      U,
      'BL9 7HX',
      53.5902,
      -2.2851,
      'Boxing-based fitness, mentoring and emotional wellbeing sessions.',
      { charityNumber: '1172233', vcse: true, qualityScore: 63 },
    ),
    lots: [2, 3],
  },
  {
    profile: p(
      'Radcliffe Riverside Construction Skills',
      ProviderCategory.NonSchool,
      U,
      'M26 1AU',
      53.5624,
      -2.3219,
      'Construction skills, CSCS preparation and work experience with local employers.',
      { companiesHouseNumber: '12345678', qualityScore: 60 },
    ),
    lots: [3],
    twist: 'failedCheck',
  },
  {
    profile: p(
      'Whitefield Therapeutic Arts',
      ProviderCategory.NonSchool,
      U,
      'M45 6DP',
      53.5508,
      -2.3002,
      'Art, drama and music therapy delivered by HCPC-registered therapists.',
      { charityNumber: '1190021', vcse: true, qualityScore: 74 },
    ),
    lots: [3],
  },
  {
    profile: p(
      'Besses Hair and Beauty Training',
      ProviderCategory.NonSchool,
      U,
      'M45 6QZ',
      53.5441,
      -2.2868,
      'Hair and beauty training with Level 1 qualifications in a commercial salon.',
      { companiesHouseNumber: '13579246', qualityScore: 57 },
    ),
    lots: [3],
    twist: 'conditional',
  },
  {
    profile: p(
      'Stand Tuition Partnership',
      ProviderCategory.Tuition,
      U,
      'M45 7PL',
      53.5557,
      -2.3115,
      'Qualified-teacher tuition in English, maths and science, at home or in community venues.',
      { companiesHouseNumber: '08642097', qualityScore: 69 },
    ),
    lots: [2, 3],
  },
  {
    profile: p(
      'Ramsbottom Forest School',
      ProviderCategory.NonSchool,
      U,
      'BL0 9HT',
      53.6479,
      -2.3176,
      'Forest school sessions building confidence, resilience and readiness to return to school.',
      { charityNumber: '1160987', vcse: true, qualityScore: 67 },
    ),
    lots: [2, 3],
    twist: 'expiringInDays',
  },
  {
    profile: p(
      'Holcombe Brook Equine Therapy',
      ProviderCategory.NonSchool,
      U,
      'BL0 9RY',
      53.6303,
      -2.3374,
      'Equine-assisted learning and therapy for pupils with anxiety or trauma.',
      { companiesHouseNumber: '09753186', qualityScore: 62 },
    ),
    lots: [3],
  },
  {
    profile: p(
      'Summerseat Horticulture Project',
      ProviderCategory.NonSchool,
      U,
      'BL0 9UD',
      53.6284,
      -2.3107,
      'Horticulture, food growing and practical skills on a community smallholding.',
      { charityNumber: '1178456', vcse: true, qualityScore: 59 },
    ),
    lots: [3],
  },
  {
    profile: p(
      'Tottington Digital Skills Hub',
      ProviderCategory.NonSchool,
      U,
      'BL8 3LL',
      53.6142,
      -2.337,
      'Coding, digital media and IT qualifications in small groups.',
      { companiesHouseNumber: '11335577', qualityScore: 65 },
    ),
    lots: [2, 3],
  },
  {
    profile: p(
      'Brandlesholme Sports Coaching',
      ProviderCategory.NonSchool,
      U,
      'BL8 1HS',
      53.6118,
      -2.3181,
      'Sports leadership and coaching qualifications with a focus on attendance and teamwork.',
      { companiesHouseNumber: '10864213', qualityScore: 56 },
    ),
    lots: [2],
    twist: 'expiringInDays',
  },
  {
    profile: p(
      'Astley Bridge One-to-One Tuition',
      ProviderCategory.Tuition,
      U,
      'BL1 6PQ',
      53.6003,
      -2.4352,
      'One-to-one tuition for pupils unable to attend school because of illness.',
      { companiesHouseNumber: '12468013', qualityScore: 71 },
    ),
    lots: [2],
  },
  {
    profile: p(
      'Greater Manchester Online Learning Partnership',
      ProviderCategory.Online,
      U,
      'BL1 1RU',
      53.5781,
      -2.4295,
      'Live online lessons for GCSE subjects, with mentoring, for pupils with medical needs.',
      { companiesHouseNumber: '11992288', qualityScore: 66, sme: false },
    ),
    lots: [2, 3],
  },
  {
    profile: p(
      'Elton Reservoir Catering Academy',
      ProviderCategory.NonSchool,
      U,
      'BL8 2RF',
      53.5981,
      -2.3231,
      'Catering and hospitality skills in a working café kitchen.',
      { companiesHouseNumber: '13024681', qualityScore: 60 },
    ),
    lots: [3],
  },
  {
    profile: p(
      'Bolton Road Music Studio',
      ProviderCategory.NonSchool,
      U,
      'BL1 4HX',
      53.5843,
      -2.4371,
      'Music production and performance for young people re-engaging with learning.',
      { charityNumber: '1199001', vcse: true, qualityScore: 55 },
    ),
    lots: [],
    twist: 'applied',
  },
];

// How long before the demo's today a provider's due-diligence checks were verified (a spread of 20–219 days).
// Eligibility is as of a placement's start date, so a provider is eligible only for starts on or after this.
export function checksVerifiedDaysAgo(index: number): number {
  return 20 + ((index * 37) % 200);
}
