// Pure: when to try a failed webhook delivery again. Exponential backoff with "equal jitter" (half fixed, half
// random, as in AWS's backoff study) so a receiver that comes back is not hit by every sender at once, capped at
// six hours between attempts.
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

export function retryDelayMs(failedAttempts: number, baseMs: number, random: number): number {
  const exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
  const ceiling = Math.min(baseMs * 2 ** exponent, MAX_BACKOFF_MS);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

// Standard Webhooks asks senders to keep retrying for a while; we stop once the first attempt is this long ago.
export function givesUp(firstAttemptAt: Date, now: Date, retryForMs: number): boolean {
  return now.getTime() - firstAttemptAt.getTime() >= retryForMs;
}
