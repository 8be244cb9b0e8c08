import { describe, expect, it } from 'vitest';
import {
  countScheduledAttempts,
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  parseRetryAfter,
  parseRetrySchedule,
  planNextAttempt,
} from './retry-schedule.ts';

const NOW = new Date('2026-03-02T10:00:00Z');
const plan = (attemptsMade: number, extra: Partial<Parameters<typeof planNextAttempt>[0]> = {}) =>
  planNextAttempt({
    attemptsMade,
    schedule: DEFAULT_RETRY_SCHEDULE_SECONDS,
    now: NOW,
    random: 0.5,
    jitter: 0.1,
    ...extra,
  });
const secondsUntil = (date: Date | null) => (date ? (date.getTime() - NOW.getTime()) / 1000 : null);

describe('planNextAttempt', () => {
  it.each([
    [1, 5],
    [2, 300],
    [3, 1800],
    [4, 7200],
    [5, 18000],
    [9, 86400],
  ])('after attempt %i waits %i s (no jitter at the midpoint)', (attemptsMade, seconds) => {
    expect(secondsUntil(plan(attemptsMade))).toBe(seconds);
  });

  it('gives up after the last scheduled retry: ten attempts over about three days', () => {
    expect(countScheduledAttempts(DEFAULT_RETRY_SCHEDULE_SECONDS)).toBe(10);
    expect(plan(10)).toBeNull();
    const total = DEFAULT_RETRY_SCHEDULE_SECONDS.reduce((sum, seconds) => sum + seconds, 0);
    expect(total / 3600).toBeCloseTo(75.6, 1);
  });

  it('spreads retries by at most the jitter either way', () => {
    expect(secondsUntil(plan(2, { random: 0 }))).toBe(270);
    expect(secondsUntil(plan(2, { random: 0.999999 }))).toBeCloseTo(330, 0);
    expect(secondsUntil(plan(2, { jitter: 0, random: 0 }))).toBe(300);
  });

  it('waits longer when the receiver asks with Retry-After, never shorter, and at most a day', () => {
    expect(secondsUntil(plan(1, { retryAfterSeconds: 120 }))).toBe(120);
    expect(secondsUntil(plan(2, { retryAfterSeconds: 10 }))).toBe(300);
    expect(secondsUntil(plan(1, { retryAfterSeconds: 10_000_000 }))).toBe(86400);
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | null, number | null]>([
    [null, null],
    ['120', 120],
    [' 7 ', 7],
    ['Mon, 02 Mar 2026 10:01:00 GMT', 60],
    ['Mon, 02 Mar 2026 09:00:00 GMT', 0],
    ['soon', null],
  ])('%s → %s', (value, seconds) => {
    expect(parseRetryAfter(value, NOW)).toBe(seconds);
  });
});

describe('parseRetrySchedule', () => {
  it('reads delays in seconds, fractions included (tests)', () => {
    expect(parseRetrySchedule('5, 300,1800')).toEqual({ ok: true, schedule: [5, 300, 1800] });
    expect(parseRetrySchedule('0.05,0.1')).toEqual({ ok: true, schedule: [0.05, 0.1] });
  });

  it.each(['', '5,,10', '5,-1', '5,abc', '100000'])('refuses %j', (text) => {
    expect(parseRetrySchedule(text).ok).toBe(false);
  });
});
