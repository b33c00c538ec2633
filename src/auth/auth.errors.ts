// Transport-level refusals (401, 429) that are not domain rules but must still be problems with codes.
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 429,
    readonly code: string,
    message: string,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
