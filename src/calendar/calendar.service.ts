import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Caller } from '../auth/role';
import { BadRequestError, FieldError, StaleVersionError } from '../common/domain-error';
import { KeptByCount } from '../database/change-counters';
import { OrganisationsService } from '../organisations/organisations.service';
import { assertCalendarCovers, withCalendarErrors } from './calendar-errors';
import { ENGLAND_DEFAULT_CALENDAR } from './engine/england-default';
import {
  AcademicYearInput,
  AcademicYearSchoolDays,
  CalendarDefinitionError,
  FinancialYearSchoolDays,
  SchoolCalendar,
} from './engine/school-calendar';
import { OrganisationCalendar } from './organisation-calendar.entity';

export interface ResolvedCalendar {
  calendar: SchoolCalendar;
  // Which academic years came from the organisation's own calendar and which from the England default.
  source: { own: string[]; default: string[] };
}

export interface CalendarView {
  organisationId: string;
  academicYears: AcademicYearInput[];
  defaultYearsUsed: string[];
  version: number;
}

export interface SchoolDaysView {
  from: string;
  to: string;
  schoolDays: number;
  byFinancialYear: FinancialYearSchoolDays[];
  byAcademicYear: AcademicYearSchoolDays[];
}

export interface NthSchoolDayView {
  from: string;
  n: number;
  date: string;
}

// Commissioners' school calendars. Other capabilities (pricing, call-offs) call calendarFor and assertCovers. A
// calendar is kept per process only under the organisation's change count (src/database/change-counters.ts), which
// every write bumps, so any number of instances sharing the table see a change on their next request.
@Injectable()
export class CalendarService {
  private readonly byOrganisation = new KeptByCount<ResolvedCalendar>(256);

  constructor(
    @InjectRepository(OrganisationCalendar) private readonly calendars: Repository<OrganisationCalendar>,
    private readonly organisations: OrganisationsService,
  ) {}

  // DESIGN.md §1: a school calendar per commissioning organisation, with a default England calendar shipped.
  // The organisation's own years win; every year it does not define falls back to the default.
  // null (no commissioner, e.g. an admin's indicative quote) gives the default alone. Inside a transaction, pass its
  // manager, so the read does not wait for a second pool connection while the transaction holds its locks.
  async calendarFor(organisationId: string | null, manager?: EntityManager): Promise<ResolvedCalendar> {
    const own = organisationId ? await this.ownYears(organisationId, manager) : [];
    return { calendar: SchoolCalendar.merge(own, ENGLAND_DEFAULT_CALENDAR), source: sourceOf(own) };
  }

  // The same, kept until the organisation's calendar count (read by the caller) moves. Callers must not mutate it.
  // Callers missing together share the first one's read, through its `manager` if it passed one.
  keptCalendarFor(organisationId: string, count: string, manager?: EntityManager): Promise<ResolvedCalendar> {
    return this.byOrganisation.get(
      organisationId,
      count,
      () => this.calendarFor(organisationId, manager),
      manager,
    );
  }

  // Throws 422 calendar_missing naming every academic year of [from, to] that the calendar lacks.
  assertCovers(calendar: SchoolCalendar, from: string, to: string): void {
    assertCalendarCovers(calendar, from, to);
  }

  async getCalendar(caller: Caller, organisationId: string): Promise<CalendarView> {
    await this.organisations.get(caller, organisationId);
    const row = await this.calendars.findOne({ where: { organisationId } });
    return view(organisationId, row?.academicYears ?? [], row?.version ?? 0);
  }

  // Replaces the organisation's own years wholesale. If-Match 0 means "only if it has no calendar of its own yet".
  async replaceCalendar(
    caller: Caller,
    organisationId: string,
    years: AcademicYearInput[],
    expectedVersion: number | undefined,
  ): Promise<CalendarView> {
    await this.organisations.get(caller, organisationId);
    const academicYears = checkDefinition(plainYears(years));
    const version = await this.store(organisationId, academicYears, expectedVersion);
    return view(organisationId, academicYears, version);
  }

  async countSchoolDays(
    caller: Caller,
    organisationId: string,
    from: string,
    to: string,
  ): Promise<SchoolDaysView> {
    await this.organisations.get(caller, organisationId);
    assertOrdered(from, to);
    const { calendar } = await this.calendarFor(organisationId);
    this.assertCovers(calendar, from, to);
    return withCalendarErrors(() => ({
      from,
      to,
      schoolDays: calendar.schoolDaysBetween(from, to),
      byFinancialYear: calendar.schoolDaysByFinancialYear(from, to),
      byAcademicYear: calendar.schoolDaysByAcademicYear(from, to),
    }));
  }

  // The n-th school day counting the first school day on or after `from` as day 1 (the same count gives the
  // s.19 sixth-day deadline for a permanent exclusion).
  async nthSchoolDay(
    caller: Caller,
    organisationId: string,
    from: string,
    n: number,
  ): Promise<NthSchoolDayView> {
    await this.organisations.get(caller, organisationId);
    const { calendar } = await this.calendarFor(organisationId);
    return { from, n, date: withCalendarErrors(() => calendar.nthSchoolDay(from, n)) };
  }

  private async ownYears(organisationId: string, manager?: EntityManager): Promise<AcademicYearInput[]> {
    const row = await (manager?.getRepository(OrganisationCalendar) ?? this.calendars).findOne({
      where: { organisationId },
      select: { academicYears: true },
    });
    return row?.academicYears ?? [];
  }

  // One statement per case, so two instances writing at once cannot both win against the same version.
  private async store(
    organisationId: string,
    years: AcademicYearInput[],
    expected: number | undefined,
  ): Promise<number> {
    const json = JSON.stringify(years);
    if (expected === undefined) {
      const rows: { version: number }[] = await this.calendars.query(
        `INSERT INTO organisation_calendars (organisation_id, academic_years, version) VALUES ($1, $2::jsonb, 1)
         ON CONFLICT (organisation_id) DO UPDATE
           SET academic_years = EXCLUDED.academic_years, version = organisation_calendars.version + 1, updated_at = now()
         RETURNING version`,
        [organisationId, json],
      );
      return rows[0].version;
    }
    if (expected === 0) {
      const rows: { version: number }[] = await this.calendars.query(
        `INSERT INTO organisation_calendars (organisation_id, academic_years, version) VALUES ($1, $2::jsonb, 1)
         ON CONFLICT (organisation_id) DO NOTHING RETURNING version`,
        [organisationId, json],
      );
      if (rows.length === 1) return rows[0].version;
    } else {
      const result = await this.calendars
        .createQueryBuilder()
        .update(OrganisationCalendar)
        .set({ academicYears: years })
        .where('organisation_id = :organisationId AND version = :expected', { organisationId, expected })
        .returning(['version'])
        .execute();
      const rows = result.raw as { version: number }[];
      if (rows.length === 1) return rows[0].version;
    }
    const current = await this.calendars.findOne({ where: { organisationId }, select: { version: true } });
    throw new StaleVersionError(current?.version ?? 0);
  }
}

function view(organisationId: string, own: AcademicYearInput[], version: number): CalendarView {
  return { organisationId, academicYears: plainYears(own), defaultYearsUsed: sourceOf(own).default, version };
}

// Plain values in a fixed key order: no DTO instances reach jsonb, and jsonb's own key order never reaches a client.
function plainYears(years: AcademicYearInput[]): AcademicYearInput[] {
  return years.map((y) => ({
    year: y.year,
    terms: y.terms.map((t) => ({ name: t.name, start: t.start, end: t.end })),
    closures: y.closures.map((c) => ({ start: c.start, end: c.end, reason: c.reason })),
  }));
}

function sourceOf(own: AcademicYearInput[]): ResolvedCalendar['source'] {
  const ownLabels = own.map((y) => y.year).sort();
  return {
    own: ownLabels,
    default: ENGLAND_DEFAULT_CALENDAR.map((y) => y.year).filter((label) => !ownLabels.includes(label)),
  };
}

function assertOrdered(from: string, to: string): void {
  // ISO dates order as strings.
  if (to < from)
    throw new BadRequestError('validation_failed', `The range ends (${to}) before it starts (${from}).`, [
      { field: 'to', message: 'to must not be before from' },
    ]);
}

// Each year is checked on its own by the engine so a problem names the year it is in; then the labels must be
// unique. A definition the engine refuses is invalid input: 400 validation_failed with errors[].
function checkDefinition(years: AcademicYearInput[]): AcademicYearInput[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  years.forEach((year, i) => {
    try {
      new SchoolCalendar([year]);
    } catch (error) {
      if (!(error instanceof CalendarDefinitionError)) throw error;
      errors.push({ field: `academicYears.${i}`, message: error.message });
    }
    const first = seen.get(year.year);
    if (first !== undefined)
      errors.push({
        field: `academicYears.${i}.year`,
        message: `Academic year ${year.year} is defined more than once (also at academicYears.${first})`,
      });
    else seen.set(year.year, i);
  });
  if (errors.length > 0)
    throw new BadRequestError(
      'validation_failed',
      `The calendar is not valid: ${errors[0].message}.`,
      errors,
    );
  return [...years].sort((a, b) => a.year.localeCompare(b.year));
}
