import type { TCaseClock } from '@customeric/contracts';
import { CLOCK_KIND_LABELS, describeClockTarget, type TClockState } from '@customeric/domain';

export const CLOCK_STATE_LABELS: Record<TClockState, string> = {
  running: 'Running',
  paused: 'Paused: waiting on the customer',
  met: 'Met',
  breached: 'Breached',
};

export const CLOCK_STATE_CLASS: Record<TClockState, string> = {
  running: 'status status--ready',
  paused: 'status status--pending',
  met: 'status',
  breached: 'status clock-status--breached',
};

/** Counted minutes as people say them: 45 min, 3 h 20 min, 2 d 4 h (of business time). */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "First answer within 4 business hours", "At most 2 handoffs". */
export function describeClock(clock: TCaseClock): string {
  if (clock.kind === 'handoffs') return `At most ${clock.max} handoff${clock.max === 1 ? '' : 's'}`;
  return `${CLOCK_KIND_LABELS[clock.kind]} within ${clock.target ? describeClockTarget(clock.target) : '—'}`;
}
