import type { AxeResults } from 'axe-core';
import { existsSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { Browser, Page, chromium } from 'playwright-core';
import { activeFrameworkWithLots, addMember, approvedProvider } from './support/providers';
import { browserTestPlan } from './support/browser';
import { TestApp, startTestApp, unique } from './support/test-app';

const CHROMIUM = '/usr/bin/chromium';
const plan = browserTestPlan(process.env, existsSync(CHROMIUM));
if (plan === 'skip')
  process.stderr.write(
    `Skipping the browser test: ${CHROMIUM} is missing or SKIP_BROWSER_TESTS=1 (apt-get install -y chromium to run it).\n`,
  );

describe('whether the browser test runs', () => {
  it('fails in CI when Chromium is missing, and skips with a note only outside CI', () => {
    expect(browserTestPlan({ CI: 'true' }, false)).toBe('fail');
    expect(browserTestPlan({ CI: 'true', SKIP_BROWSER_TESTS: '1' }, false)).toBe('fail');
    expect(browserTestPlan({ CI: 'true', SKIP_BROWSER_TESTS: '1' }, true)).toBe('run');
    expect(browserTestPlan({}, false)).toBe('skip');
    expect(browserTestPlan({ SKIP_BROWSER_TESTS: '1' }, true)).toBe('skip');
    expect(browserTestPlan({}, true)).toBe('run');
  });

  if (plan === 'fail')
    it('has Chromium in CI', () => {
      throw new Error(
        `${CHROMIUM} is missing in CI: install it (apt-get install -y chromium), as .ci/run does.`,
      );
    });
});

async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core'), 'utf8') });
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function resultNames(page: Page): Promise<string[]> {
  return page.locator('.result__name').allTextContents();
}

(plan === 'run' ? describe : describe.skip)('the AP Directory page in a real browser', () => {
  let api: TestApp;
  let browser: Browser;
  let base: string;
  let lots: Awaited<ReturnType<typeof activeFrameworkWithLots>>;
  const fullTimeName = unique('Kirklees Valley School');
  const targetedName = unique('Chamber Hall Skills');

  beforeAll(async () => {
    api = await startTestApp();
    api.clock.setToday('2026-09-01');
    lots = await activeFrameworkWithLots(api);
    const school = await approvedProvider(
      api,
      {
        name: fullTimeName,
        registrationStatus: 'registered',
        category: 'independent_school',
        postcode: 'BL8 1AA',
      },
      ['qa_visit'],
    );
    const skills = await approvedProvider(api, { name: targetedName, postcode: 'BL9 7HX' });
    await addMember(api, lots.registeredLot.id, school.id);
    await addMember(api, lots.openLot.id, school.id);
    await addMember(api, lots.openLot.id, skills.id);
    await api.app.listen(0, '127.0.0.1');
    const address = api.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('filters by lot and search without JavaScript, with no console errors and no serious accessibility violations', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${base}/directory`);
    await expect(page.locator('h1').textContent()).resolves.toContain(
      'Approved alternative provision providers',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('#lotId', lots.openLot.id);
    await Promise.all([page.waitForURL(/lotId=/), page.click('button[type=submit]')]);
    expect((await resultNames(page)).sort()).toEqual([fullTimeName, targetedName].sort());
    await expect(page.locator('#result-count').textContent()).resolves.toBe('2 providers match your filters');

    await page.selectOption('#lotId', lots.registeredLot.id);
    await Promise.all([
      page.waitForURL(new RegExp(`lotId=${lots.registeredLot.id}`)),
      page.click('button[type=submit]'),
    ]);
    expect(await resultNames(page)).toEqual([fullTimeName]);
    expect(await page.locator('#lotId').inputValue()).toBe(lots.registeredLot.id);
    const text = await page.locator('main').innerText();
    expect(text).toContain('BL8 postcode district');
    expect(text).not.toContain('BL8 1AA');
    expect(text).not.toContain('@');

    await page.fill('#q', 'no provider is called this');
    await Promise.all([page.waitForURL(/q=no/), page.click('button[type=submit]')]);
    await expect(page.locator('#empty-state').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves its own stylesheet from the app', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}/directory/styles.css`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/css/);
    await page.close();
  });
});
