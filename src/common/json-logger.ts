import { LoggerService } from '@nestjs/common';
import { LogLevel } from '../config/config';
import { currentRequestId } from './request-context';

const RANK: Record<LogLevel, number> = { fatal: 60, error: 50, warn: 40, info: 30, debug: 20, trace: 10 };

// One JSON object per line, with the request id when there is one. Callers never pass keys or child data.
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {}

  log(message: unknown, context?: string): void {
    this.emit('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const stack = context !== undefined ? stackOrContext : undefined;
    this.emit('error', message, context ?? stackOrContext, stack);
  }
  warn(message: unknown, context?: string): void {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.emit('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.emit('fatal', message, context);
  }

  emit(
    level: LogLevel,
    message: unknown,
    context?: string,
    stack?: string,
    fields: Record<string, unknown> = {},
  ): void {
    if (RANK[level] < RANK[this.level]) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    const requestId = currentRequestId();
    if (requestId) entry.requestId = requestId;
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.stack = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry.msg = String(message);
    }
    if (stack) entry.stack = stack;
    Object.assign(entry, fields);
    this.write(JSON.stringify(entry));
  }
}
