import { todayIso } from './date-only';

// Date-driven rules read time through this, so tests can stand on any day without waiting for it.
export abstract class Clock {
  abstract now(): Date;
  today(): string {
    return todayIso(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
