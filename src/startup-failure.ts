import { ConfigError } from './config/config';
import { EmbeddedPostgresError } from './database/embedded-error';

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
  cause?: unknown;
}

// The one line printed when the service cannot start: the cause and, where there is one, the setting to change.
export function describeStartupFailure(error: unknown, settings: { port?: number } = {}): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof EmbeddedPostgresError)
    return error.reason === 'port_in_use' ? `${error.message} (set EMBEDDED_PG_PORT)` : error.message;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const port = typeof e.port === 'number' ? e.port : undefined;
  const where = port !== undefined && typeof e.address === 'string' ? `${e.address}:${port}` : undefined;
  if (code === 'EADDRINUSE')
    return `HTTP port ${settings.port ?? port ?? '?'} is already in use by another program (set PORT)`;
  if (code === 'EACCES' && port !== undefined) return `not allowed to listen on port ${port} (set PORT)`;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH')
    return `cannot reach the database${where ? ` at ${where}` : ''} (${code}); check DATABASE_URL and that PostgreSQL runs`;
  if (code === '28P01' || code === '28000') return 'the database refused the credentials in DATABASE_URL';
  if (code === '3D000') return 'the database named in DATABASE_URL does not exist';
  if (error instanceof Error) return `${error.name}: ${firstLine(error.message)}`;
  return `start-up failed with ${String(error)}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
