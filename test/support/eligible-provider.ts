import { addMember, approvedProvider } from './providers';
import { TestApp } from './test-app';

// An approved provider admitted to the lot, every mandatory check passed (verified 1 Aug 2026 by default).
export async function createEligibleProvider(
  api: TestApp,
  lotId: string,
  overrides: Record<string, unknown> = {},
  checkOverrides: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const provider = await approvedProvider(api, overrides, [], checkOverrides);
  await addMember(api, lotId, provider.id);
  return provider;
}
