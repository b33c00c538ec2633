import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsInt,
  IsString,
  Length,
  ValidationOptions,
  registerDecorator,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/date-only';
import { parseYearLabel } from '../engine/dates';
import { ENGLAND_DEFAULT_CALENDAR } from '../engine/england-default';
import { IsNotBlank } from '../../common/validators';

// An academic year by its name, as responses list it.
export const ACADEMIC_YEAR = { type: 'string', maxLength: 7, pattern: '^\\d{4}-\\d{2}$' };
// An organisation defines at most 50 academic years of its own (PutCalendarDto).
const MAX_OWN_YEARS = 50;
// A count of school days needs a calendar for every academic year it touches (else calendar_missing): the
// organisation's own years and the England default's, so it spans at most this many.
export const MAX_ACADEMIC_YEARS = MAX_OWN_YEARS + ENGLAND_DEFAULT_CALENDAR.length;

// Years a council calendar may define: every computation over them (financial years included) stays in range.
const FIRST_ACADEMIC_YEAR = 2000;
const LAST_ACADEMIC_YEAR = 2099;

// 'YYYY-YY' naming two consecutive years, as the engine reads it ('2026-27', not '2026-28' or '2026/27').
function IsAcademicYearLabel(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAcademicYearLabel',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `${String(propertyName)} must be an academic year label such as 2026-27, from 2000-01 to 2099-00`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          try {
            const startYear = parseYearLabel(value);
            return startYear >= FIRST_ACADEMIC_YEAR && startYear <= LAST_ACADEMIC_YEAR;
          } catch {
            return false;
          }
        },
      },
    });
}

export class TermDto {
  @ApiProperty({ example: 'Autumn' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ format: 'date', example: '2026-09-03', description: 'First day of the term.' })
  @IsDateOnly()
  start: string;

  @ApiProperty({ format: 'date', example: '2026-12-18', description: 'Last day of the term (inclusive).' })
  @IsDateOnly()
  end: string;
}

export class ClosureDto {
  @ApiProperty({ format: 'date', example: '2026-10-26' })
  @IsDateOnly()
  start: string;

  @ApiProperty({ format: 'date', example: '2026-10-30', description: 'Last closed day (inclusive).' })
  @IsDateOnly()
  end: string;

  @ApiProperty({ example: 'Autumn half term', description: 'Half term, INSET day, bank holiday, …' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank()
  reason: string;
}

export class AcademicYearDto {
  @ApiProperty({
    maxLength: 7,
    example: '2026-27',
    pattern: '^\\d{4}-\\d{2}$',
    description: '1 September to 31 August.',
  })
  @IsAcademicYearLabel()
  year: string;

  @ApiProperty({ type: [TermDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  // Each item must be an object: class-validator would otherwise accept an array nested in the array.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => TermDto)
  terms: TermDto[];

  @ApiProperty({ type: [ClosureDto] })
  @IsArray()
  @ArrayMaxSize(366)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ClosureDto)
  closures: ClosureDto[];
}

export class PutCalendarDto {
  @ApiProperty({
    type: [AcademicYearDto],
    maxItems: MAX_OWN_YEARS,
    description:
      "The organisation's own academic years; they replace every year it defined before. Years left out use the England default.",
  })
  @IsArray()
  @ArrayMaxSize(MAX_OWN_YEARS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AcademicYearDto)
  academicYears: AcademicYearDto[];
}

export class CalendarDto {
  @ApiProperty({ format: 'uuid' })
  organisationId: string;

  @ApiProperty({
    maxItems: MAX_OWN_YEARS,
    type: [AcademicYearDto],
    description: "The organisation's own years.",
  })
  academicYears: AcademicYearDto[];

  @ApiProperty({
    type: 'array',
    items: ACADEMIC_YEAR,
    maxItems: ENGLAND_DEFAULT_CALENDAR.length,
    example: ['2025-26', '2027-28'],
    description: 'Years of the England default calendar this organisation falls back to.',
  })
  defaultYearsUsed: string[];

  @ApiProperty({
    minimum: 0,
    maximum: 2147483647,
    type: 'integer',
    description: '0 until the organisation first defines its own calendar.',
  })
  version: number;
}

export class SchoolDaysQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-01' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ format: 'date', example: '2027-08-31', description: 'Inclusive; not before from.' })
  @IsDateOnly()
  to: string;
}

export class NthSchoolDayQueryDto {
  @ApiProperty({
    format: 'date',
    example: '2026-10-22',
    description: 'The first school day on or after this date is day 1.',
  })
  @IsDateOnly()
  from: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000, example: 6 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  n: number;
}

export class FinancialYearSchoolDaysDto {
  @ApiProperty({ maxLength: 7, example: '2026-27', description: '1 April to 31 March.' })
  financialYear: string;
  @ApiProperty({ minimum: 0, maximum: 2147483647, type: 'integer' })
  schoolDays: number;
}

export class AcademicYearSchoolDaysDto {
  @ApiProperty({ maxLength: 7, example: '2026-27', description: '1 September to 31 August.' })
  academicYear: string;
  @ApiProperty({ minimum: 0, maximum: 2147483647, type: 'integer' })
  schoolDays: number;
}

export class SchoolDaysDto {
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ format: 'date' })
  to: string;
  @ApiProperty({ minimum: 0, maximum: 2147483647, type: 'integer' })
  schoolDays: number;
  @ApiProperty({
    maxItems: MAX_ACADEMIC_YEARS + 1,
    type: [FinancialYearSchoolDaysDto],
    description: 'Every financial year the range touches, in order.',
  })
  byFinancialYear: FinancialYearSchoolDaysDto[];
  @ApiProperty({
    maxItems: MAX_ACADEMIC_YEARS,
    type: [AcademicYearSchoolDaysDto],
    description: 'Every academic year the range touches, in order.',
  })
  byAcademicYear: AcademicYearSchoolDaysDto[];
}

export class NthSchoolDayDto {
  @ApiProperty({ format: 'date' })
  from: string;
  @ApiProperty({ minimum: 1, maximum: 1000, type: 'integer' })
  n: number;
  @ApiProperty({ format: 'date', example: '2026-11-09' })
  date: string;
}
