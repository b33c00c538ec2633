export default async function globalTeardown(): Promise<void> {
  const state = globalThis as unknown as { __apxTeardown?: () => Promise<void> };
  await state.__apxTeardown?.();
}
