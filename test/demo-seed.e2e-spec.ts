import { seedDemo } from '../src/demo/seed-demo';
import { TestApp, startTestApp } from './support/test-app';

describe('the demo dataset', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('loads 24 providers with checks, approvals and memberships quickly, and a working provider key', async () => {
    const started = Date.now();
    const keys = await seedDemo(api.app);
    expect(Date.now() - started).toBeLessThan(20_000);

    const providers = await api.get('/v1/providers?limit=200', { key: keys.admin });
    const demo = providers.body.data.filter((p: { contactEmail: string }) =>
      p.contactEmail.endsWith('.example'),
    );
    expect(demo.length).toBeGreaterThanOrEqual(24);

    const own = await api.get('/v1/providers', { key: keys.provider });
    expect(own.body.data).toHaveLength(1);
    expect(own.body.data[0].name).toBe('Chamber Hall Skills Centre');

    const directory = await api.get('/v1/directory', { key: null });
    const names = directory.body.data.map((e: { name: string }) => e.name);
    expect(names).toContain('Chamber Hall Skills Centre');
    // The lapsed cover note, the failed check and the provider still applying keep these out of the directory.
    expect(names).not.toContain('Irwell Valley Motor Vehicle Academy');
    expect(names).not.toContain('Radcliffe Riverside Construction Skills');
    expect(names).not.toContain('Bolton Road Music Studio');
    expect(names).toContain('Besses Hair and Beauty Training');
    const lotNumbers = new Set(
      directory.body.availableLots.map(
        (l: { frameworkReference: string; number: number }) => `${l.frameworkReference}/${l.number}`,
      ),
    );
    for (const lot of [
      'BURY-AP-2021/1',
      'BURY-AP-2021/2',
      'BURY-AP-2021/3',
      'BURY-AP-2027/1',
      'BURY-AP-2027/2',
      'BURY-AP-2027/3',
    ])
      expect(lotNumbers).toContain(lot);

    const motor = providers.body.data.find(
      (p: { name: string }) => p.name === 'Irwell Valley Motor Vehicle Academy',
    );
    const lot3 = directory.body.availableLots.find(
      (l: { frameworkReference: string; number: number }) =>
        l.frameworkReference === 'BURY-AP-2027' && l.number === 3,
    );
    const eligibility = await api.get(`/v1/providers/${motor.id}/eligibility?lotId=${lot3.lotId}`, {
      key: keys.buryCommissioner,
    });
    expect(eligibility.body.reasons).toEqual([
      { code: 'check_expired', detail: 'employers_liability_insurance' },
    ]);
  });
});
