// Whether the real-browser tests run. CI (CI=true) installs Chromium and must run them: a missing Chromium there is a
// failure, never a skip, whatever else is set. Elsewhere they skip with a note when Chromium is missing or when
// SKIP_BROWSER_TESTS=1, so `npm test` passes where only Node is installed.
export type BrowserTestPlan = 'run' | 'skip' | 'fail';

export function browserTestPlan(
  env: Record<string, string | undefined>,
  chromiumInstalled: boolean,
): BrowserTestPlan {
  if (env.CI === 'true') return chromiumInstalled ? 'run' : 'fail';
  return chromiumInstalled && env.SKIP_BROWSER_TESTS !== '1' ? 'run' : 'skip';
}
