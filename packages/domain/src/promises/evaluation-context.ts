import type { TBusinessCalendar } from './business-calendar.ts';

export interface TEvaluationContext {
  /** Decides open versus broken for a deadline that no event met. */
  now: Date;
  /** The promise's calendar; business units and local times in reasons use it. */
  calendar: TBusinessCalendar | null;
}
