/**
 * Seconds to wait before each retry after a failed attempt: the example schedule of the
 * Standard Webhooks specification, ten attempts over about three days
 * (0, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h).
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [
  5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400,
];

/** A Retry-After longer than this is not believed: the schedule's longest wait is a day. */
const MAX_RETRY_AFTER_SECONDS = 86400;

export interface TNextAttemptInput {
  /** Attempts made so far, the one that just failed included. */
  attemptsMade: number;
  schedule: readonly number[];
  now: Date;
  /** A number in [0, 1); the jitter spreads retries so failures caused by load do not recur in step. */
  random: number;
  /** ±this share of the delay, e.g. 0.1 for ±10 %. */
  jitter: number;
  /** Seconds the receiver asked us to wait (Retry-After), if it did. */
  retryAfterSeconds?: number | null;
}

/** When to try again after a failed attempt, or null when the schedule is spent (the delivery is dead). */
export function planNextAttempt(input: TNextAttemptInput): Date | null {
  const base = input.schedule[input.attemptsMade - 1];
  if (base === undefined) return null;
  const jittered = base * (1 + input.jitter * (input.random * 2 - 1));
  const asked = Math.min(input.retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS);
  const seconds = Math.max(jittered, asked);
  return new Date(input.now.getTime() + Math.round(seconds * 1000));
}

/** How many attempts a delivery gets in all: the first one and one per scheduled retry. */
export function countScheduledAttempts(schedule: readonly number[]): number {
  return schedule.length + 1;
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.round((at - now.getTime()) / 1000));
}

/**
 * Reads an operator's schedule: delays in seconds separated by commas ("5,300,1800"); each
 * must be positive and no longer than a day, at most 20 of them.
 */
export function parseRetrySchedule(
  text: string,
): { ok: true; schedule: number[] } | { ok: false; message: string } {
  const parts = text.split(',').map((part) => part.trim());
  const schedule = parts.map(Number);
  const bad = parts.find((part, index) => {
    const seconds = schedule[index] as number;
    return part === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 86400;
  });
  if (bad !== undefined)
    return { ok: false, message: `"${bad}" is not a delay in seconds between 0 and 86400` };
  if (schedule.length > 20) return { ok: false, message: 'has more than 20 retries' };
  return { ok: true, schedule };
}
