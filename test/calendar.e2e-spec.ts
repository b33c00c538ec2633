import { randomUUID } from 'node:crypto';
import { Role } from '../src/auth/role';
import { CalendarService } from '../src/calendar/calendar.service';
import { ENGLAND_DEFAULT_CALENDAR } from '../src/calendar/engine/england-default';
import { createOrganisation } from './support/fixtures';
import { createProvider } from './support/providers';
import { Response, TestApp, startTestApp } from './support/test-app';

function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, code });
  expect(response.text).not.toMatch(/at .+\.ts:\d+|QueryFailedError|SELECT|INSERT/);
}

const defaultYear = (label: string) =>
  structuredClone(ENGLAND_DEFAULT_CALENDAR.find((y) => y.year === label)!);

// The default 2026-27 year with one extra closure: Thu 10 Sep 2026, a term-time weekday.
function ownYear202627() {
  const year = defaultYear('2026-27');
  year.closures.push({ start: '2026-09-10', end: '2026-09-10', reason: 'Local election polling day' });
  return year;
}

const schoolDays = (orgId: string, from: string, to: string) =>
  `/v1/organisations/${orgId}/calendar/school-days?from=${from}&to=${to}`;
const nth = (orgId: string, from: string, n: number | string) =>
  `/v1/organisations/${orgId}/calendar/nth-school-day?from=${from}&n=${n}`;

describe('school calendars', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  describe('an organisation with no calendar of its own', () => {
    let org: { id: string };
    beforeAll(async () => {
      org = await createOrganisation(api);
    });

    it('counts 188 school days in 2026-27 by the England default: 123 in financial year 2026-27 and 65 in 2027-28', async () => {
      const response = await api.get(schoolDays(org.id, '2026-09-01', '2027-08-31'));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        from: '2026-09-01',
        to: '2027-08-31',
        schoolDays: 188,
        byFinancialYear: [
          { financialYear: '2026-27', schoolDays: 123 },
          { financialYear: '2027-28', schoolDays: 65 },
        ],
        byAcademicYear: [{ academicYear: '2026-27', schoolDays: 188 }],
      });
    });

    it('shows no own years, every default year in use and version 0', async () => {
      const response = await api.get(`/v1/organisations/${org.id}/calendar`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        organisationId: org.id,
        academicYears: [],
        defaultYearsUsed: ['2025-26', '2026-27', '2027-28'],
        version: 0,
      });
      expect(response.headers.etag).toBe('"0"');
    });

    it('puts the sixth school day of an exclusion from Thu 22 Oct 2026 on Mon 9 Nov 2026, across INSET days and half term', async () => {
      const response = await api.get(nth(org.id, '2026-10-22', 6));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ from: '2026-10-22', n: 6, date: '2026-11-09' });
    });

    it('counts from the next school day when the start is a holiday', async () => {
      // Mon 26 Oct 2026 is half term and Mon 2 Nov an INSET day, so day 1 is Tue 3 Nov.
      expect((await api.get(nth(org.id, '2026-10-26', 1))).body.date).toBe('2026-11-03');
      expect((await api.get(nth(org.id, '2026-10-26', 2))).body.date).toBe('2026-11-04');
      // Sat 5 Sep 2026: day 1 is Mon 7 Sep.
      expect((await api.get(nth(org.id, '2026-09-05', 1))).body.date).toBe('2026-09-07');
    });

    it('refuses dates no calendar covers with 422 calendar_missing naming the academic years', async () => {
      const response = await api.get(schoolDays(org.id, '2030-01-05', '2030-02-05'));
      expectProblem(response, 422, 'calendar_missing');
      expect(response.body.years).toEqual(['2029-30']);
      expect(response.body.detail).toContain('2029-30');

      const spanning = await api.get(schoolDays(org.id, '2027-09-01', '2029-10-01'));
      expectProblem(spanning, 422, 'calendar_missing');
      expect(spanning.body.years).toEqual(['2028-29', '2029-30']);

      const start = await api.get(nth(org.id, '2030-01-05', 1));
      expectProblem(start, 422, 'calendar_missing');
      expect(start.body.years).toEqual(['2029-30']);

      // Counting runs off the end of the last default year (2027-28) into 2028-29.
      const runsOff = await api.get(nth(org.id, '2028-07-01', 30));
      expectProblem(runsOff, 422, 'calendar_missing');
      expect(runsOff.body.years).toEqual(['2028-29']);
    });

    it('refuses a range that ends before it starts and malformed queries with 400 validation_failed', async () => {
      const backwards = await api.get(schoolDays(org.id, '2027-01-10', '2026-09-01'));
      expectProblem(backwards, 400, 'validation_failed');
      expect(backwards.body.errors).toEqual([{ field: 'to', message: 'to must not be before from' }]);
      expectProblem(await api.get(schoolDays(org.id, '2026-02-30', '2026-09-01')), 400, 'validation_failed');
      expectProblem(
        await api.get(`/v1/organisations/${org.id}/calendar/school-days?from=2026-09-01`),
        400,
        'validation_failed',
      );
      expectProblem(await api.get(nth(org.id, '2026-10-22', 0)), 400, 'validation_failed');
      expectProblem(await api.get(nth(org.id, '2026-10-22', 'six')), 400, 'validation_failed');
      expectProblem(await api.get(nth(org.id, '2026-10-22', 2.5)), 400, 'validation_failed');
    });

    it('answers 404 for an organisation that does not exist and 400 for an id that is not a UUID', async () => {
      expectProblem(await api.get(`/v1/organisations/${randomUUID()}/calendar`), 404, 'not_found');
      expectProblem(
        await api.put(`/v1/organisations/${randomUUID()}/calendar`, { academicYears: [] }),
        404,
        'not_found',
      );
      expectProblem(await api.get('/v1/organisations/nope/calendar'), 400, 'validation_failed');
    });
  });

  describe('an organisation that defines its own year', () => {
    let org: { id: string };
    beforeAll(async () => {
      org = await createOrganisation(api);
    });

    it('creates the calendar with If-Match "0", and an extra closure day takes one school day off 2026-27', async () => {
      const put = await api.put(
        `/v1/organisations/${org.id}/calendar`,
        { academicYears: [ownYear202627()] },
        { headers: { 'if-match': '"0"' } },
      );
      expect(put.status).toBe(200);
      expect(put.body.version).toBe(1);
      expect(put.headers.etag).toBe('"1"');

      const days = await api.get(schoolDays(org.id, '2026-09-01', '2027-08-31'));
      expect(days.body.schoolDays).toBe(187);
      expect(days.body.byFinancialYear).toEqual([
        { financialYear: '2026-27', schoolDays: 122 },
        { financialYear: '2027-28', schoolDays: 65 },
      ]);
      // The closure falls on Thu 10 Sep, so the sixth school day from Thu 3 Sep moves from Thu 10 to Fri 11 Sep.
      expect((await api.get(nth(org.id, '2026-09-03', 6))).body.date).toBe('2026-09-11');
    });

    it('still uses the England default for the years it does not define', async () => {
      const days = await api.get(schoolDays(org.id, '2027-09-01', '2028-08-31'));
      expect(days.body.schoolDays).toBe(190);
      const earlier = await api.get(schoolDays(org.id, '2025-09-01', '2026-08-31'));
      expect(earlier.body.schoolDays).toBe(190);
    });

    it('shows its own year and the default years it falls back to', async () => {
      const response = await api.get(`/v1/organisations/${org.id}/calendar`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        organisationId: org.id,
        academicYears: [ownYear202627()],
        defaultYearsUsed: ['2025-26', '2027-28'],
        version: 1,
      });
      expect(response.headers.etag).toBe('"1"');
    });

    it('refuses a stale If-Match with 412 and accepts the current one', async () => {
      const body = { academicYears: [ownYear202627()] };
      const url = `/v1/organisations/${org.id}/calendar`;
      const stale = await api.put(url, body, { headers: { 'if-match': '"0"' } });
      expectProblem(stale, 412, 'precondition_failed');
      expect(stale.body.currentVersion).toBe(1);
      expectProblem(await api.put(url, body, { headers: { 'if-match': '"7"' } }), 412, 'precondition_failed');

      const current = await api.put(url, body, { headers: { 'if-match': '"1"' } });
      expect(current.status).toBe(200);
      expect(current.body.version).toBe(2);
      const unconditional = await api.put(url, body);
      expect(unconditional.body.version).toBe(3);
    });

    it('lets exactly one of several simultaneous first writes with If-Match "0" win', async () => {
      const fresh = await createOrganisation(api);
      const url = `/v1/organisations/${fresh.id}/calendar`;
      const body = { academicYears: [ownYear202627()] };
      const results = await Promise.all(
        [1, 2, 3].map(() => api.put(url, body, { headers: { 'if-match': '"0"' } })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
      expect((await api.get(url)).body.version).toBe(1);
    });

    it('returns stored years with their fields in a fixed order', async () => {
      const response = await api.get(`/v1/organisations/${org.id}/calendar`);
      const year = response.body.academicYears[0];
      expect(Object.keys(year)).toEqual(['year', 'terms', 'closures']);
      expect(Object.keys(year.terms[0])).toEqual(['name', 'start', 'end']);
      expect(Object.keys(year.closures[0])).toEqual(['start', 'end', 'reason']);
    });

    it('extends coverage to a year the default lacks, and replacing the list wholesale drops years left out', async () => {
      const url = `/v1/organisations/${org.id}/calendar`;
      const year202930 = {
        year: '2029-30',
        terms: [{ name: 'Spring', start: '2030-01-07', end: '2030-03-29' }],
        closures: [{ start: '2030-02-18', end: '2030-02-22', reason: 'Spring half term' }],
      };
      const put = await api.put(url, { academicYears: [year202930, ownYear202627()] });
      expect(put.status).toBe(200);
      // Stored in year order.
      expect(put.body.academicYears.map((y: { year: string }) => y.year)).toEqual(['2026-27', '2029-30']);
      // 7 Jan–29 Mar 2030 = 12 weeks less half term = 55 school days.
      expect((await api.get(schoolDays(org.id, '2030-01-01', '2030-03-31'))).body.schoolDays).toBe(55);

      const back = await api.put(url, { academicYears: [] });
      expect(back.status).toBe(200);
      expect(back.body.defaultYearsUsed).toEqual(['2025-26', '2026-27', '2027-28']);
      expect((await api.get(schoolDays(org.id, '2026-09-01', '2027-08-31'))).body.schoolDays).toBe(188);
      expectProblem(await api.get(schoolDays(org.id, '2030-01-01', '2030-03-31')), 422, 'calendar_missing');
    });
  });

  describe('a malformed calendar', () => {
    let org: { id: string };
    let url: string;
    beforeAll(async () => {
      org = await createOrganisation(api);
      url = `/v1/organisations/${org.id}/calendar`;
    });

    const refuse = async (academicYears: unknown, field: string, message?: RegExp) => {
      const response = await api.put(url, { academicYears });
      expectProblem(response, 400, 'validation_failed');
      const fields = (response.body.errors as { field: string; message: string }[]).map((e) => e.field);
      expect(fields).toContain(field);
      if (message) expect(response.body.detail).toMatch(message);
    };

    it('refuses a term that ends before it starts', async () => {
      const year = defaultYear('2026-27');
      year.terms[0] = { name: 'Autumn', start: '2026-12-18', end: '2026-09-03' };
      await refuse([year], 'academicYears.0', /Autumn ends \(2026-09-03\) before it starts/);
    });

    it('refuses overlapping terms', async () => {
      const year = defaultYear('2026-27');
      year.terms[1] = { name: 'Spring', start: '2026-12-14', end: '2027-03-25' };
      await refuse([year], 'academicYears.0', /"Autumn" and "Spring" overlap/);
    });

    it('refuses a bad year label, including one that does not name consecutive years', async () => {
      await refuse([{ ...defaultYear('2026-27'), year: '2026/27' }], 'academicYears.0.year');
      await refuse([{ ...defaultYear('2026-27'), year: '2026-28' }], 'academicYears.0.year');
    });

    it('refuses a year outside 2000-01 to 2099-00, whose financial years could not all be counted', async () => {
      const far = {
        year: '9998-99',
        terms: [{ name: 'All', start: '9998-09-01', end: '9999-07-20' }],
        closures: [],
      };
      await refuse([far], 'academicYears.0.year');
      const response = await api.put(url, { academicYears: [far] });
      expect(response.body.errors[0].message).toMatch(/from 2000-01 to 2099-00/);
      await refuse([{ ...far, year: '1999-00' }], 'academicYears.0.year');
    });

    it('refuses a term outside its academic year, a year given twice and a closure without a reason', async () => {
      await refuse(
        [{ ...defaultYear('2026-27'), year: '2027-28' }],
        'academicYears.0',
        /outside 2027-09-01 to 2028-08-31/,
      );
      await refuse(
        [defaultYear('2026-27'), defaultYear('2026-27')],
        'academicYears.1.year',
        /more than once/,
      );
      const year = defaultYear('2026-27');
      year.closures.push({ start: '2026-09-10', end: '2026-09-10', reason: '' });
      await refuse([year], `academicYears.0.closures.${year.closures.length - 1}.reason`);
    });

    it('refuses malformed shapes: impossible dates, no terms, unknown fields, a missing list', async () => {
      const year = defaultYear('2026-27');
      year.terms[0].end = '2026-02-30';
      await refuse([year], 'academicYears.0.terms.0.end');
      await refuse([{ ...defaultYear('2026-27'), terms: [] }], 'academicYears.0.terms');
      await refuse([{ ...defaultYear('2026-27'), colour: 'blue' }], 'academicYears.0.colour');
      await refuse('2026-27', 'academicYears');
      expectProblem(await api.put(url, {}), 400, 'validation_failed');
    });

    it('stores nothing when refusing', async () => {
      const response = await api.get(url);
      expect(response.body.version).toBe(0);
      expect(response.body.academicYears).toEqual([]);
    });
  });

  describe('who may read and write a calendar', () => {
    let own: { id: string };
    let other: { id: string };
    let commissioner: string;
    let auditor: string;
    let provider: string;
    beforeAll(async () => {
      own = await createOrganisation(api);
      other = await createOrganisation(api);
      commissioner = await api.issueKey(Role.Commissioner, { organisationId: own.id });
      auditor = await api.issueKey(Role.Auditor);
      provider = await api.issueKey(Role.Provider, { providerId: (await createProvider(api)).id });
    });

    it("lets a commissioner read and write its own organisation's calendar", async () => {
      const put = await api.put(
        `/v1/organisations/${own.id}/calendar`,
        { academicYears: [ownYear202627()] },
        { key: commissioner },
      );
      expect(put.status).toBe(200);
      expect((await api.get(`/v1/organisations/${own.id}/calendar`, { key: commissioner })).status).toBe(200);
      expect(
        (await api.get(schoolDays(own.id, '2026-09-01', '2027-08-31'), { key: commissioner })).body
          .schoolDays,
      ).toBe(187);
      expect((await api.get(nth(own.id, '2026-10-22', 6), { key: commissioner })).status).toBe(200);
    });

    it("answers 404 when a commissioner reads or writes another organisation's calendar", async () => {
      expectProblem(
        await api.get(`/v1/organisations/${other.id}/calendar`, { key: commissioner }),
        404,
        'not_found',
      );
      expectProblem(
        await api.put(`/v1/organisations/${other.id}/calendar`, { academicYears: [] }, { key: commissioner }),
        404,
        'not_found',
      );
      expectProblem(
        await api.get(schoolDays(other.id, '2026-09-01', '2027-08-31'), { key: commissioner }),
        404,
        'not_found',
      );
      expectProblem(await api.get(nth(other.id, '2026-10-22', 6), { key: commissioner }), 404, 'not_found');
      expect((await api.get(`/v1/organisations/${other.id}/calendar`)).body.version).toBe(0);
    });

    it('refuses a provider key with 403', async () => {
      expectProblem(
        await api.get(`/v1/organisations/${own.id}/calendar`, { key: provider }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.put(`/v1/organisations/${own.id}/calendar`, { academicYears: [] }, { key: provider }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.get(schoolDays(own.id, '2026-09-01', '2027-08-31'), { key: provider }),
        403,
        'forbidden',
      );
    });

    it('lets an auditor read any calendar but not change one', async () => {
      const read = await api.get(`/v1/organisations/${own.id}/calendar`, { key: auditor });
      expect(read.status).toBe(200);
      expect(read.body.defaultYearsUsed).toEqual(['2025-26', '2027-28']);
      expect(
        (await api.get(schoolDays(other.id, '2026-09-01', '2027-08-31'), { key: auditor })).body.schoolDays,
      ).toBe(188);
      expectProblem(
        await api.put(`/v1/organisations/${own.id}/calendar`, { academicYears: [] }, { key: auditor }),
        403,
        'forbidden',
      );
    });

    it('answers 401 without a key', async () => {
      expect((await api.get(`/v1/organisations/${own.id}/calendar`, { key: null })).status).toBe(401);
    });
  });

  describe('CalendarService for other capabilities', () => {
    it("merges the organisation's own years over the default and says where each came from", async () => {
      const org = await createOrganisation(api);
      await api.put(`/v1/organisations/${org.id}/calendar`, { academicYears: [ownYear202627()] });
      const service = api.app.get(CalendarService);
      const { calendar, source } = await service.calendarFor(org.id);
      expect(source).toEqual({ own: ['2026-27'], default: ['2025-26', '2027-28'] });
      expect(calendar.schoolDaysInAcademicYear('2026-27')).toBe(187);
      expect(calendar.schoolDaysInAcademicYear('2027-28')).toBe(190);
    });

    it('gives the default alone for no organisation or one without a calendar', async () => {
      const service = api.app.get(CalendarService);
      const none = await service.calendarFor(null);
      expect(none.source).toEqual({ own: [], default: ['2025-26', '2026-27', '2027-28'] });
      expect(none.calendar.schoolDaysInAcademicYear('2026-27')).toBe(188);
      expect((await service.calendarFor(randomUUID())).source.own).toEqual([]);
    });

    it('assertCovers throws the 422 calendar_missing rule naming the missing years', async () => {
      const service = api.app.get(CalendarService);
      const { calendar } = await service.calendarFor(null);
      expect(() => service.assertCovers(calendar, '2026-09-01', '2028-08-31')).not.toThrow();
      expect(() => service.assertCovers(calendar, '2028-09-01', '2030-01-01')).toThrow(
        expect.objectContaining({
          code: 'calendar_missing',
          kind: 'rule_violation',
          extras: { years: ['2028-29', '2029-30'] },
        }),
      );
    });
  });
});
