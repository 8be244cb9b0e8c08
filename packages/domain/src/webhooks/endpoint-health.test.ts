import { describe, expect, it } from 'vitest';
import { judgeEndpointHealth } from './endpoint-health.ts';

const at = (hours: number) => new Date(Date.UTC(2026, 2, 2, 10) + hours * 3_600_000);
const failed = (hours: number, statusCode: number | null = 500) => ({
  succeeded: false,
  statusCode,
  at: at(hours),
});

describe('judgeEndpointHealth', () => {
  it('a success heals the endpoint', () => {
    expect(
      judgeEndpointHealth(
        { consecutiveFailures: 7, failingSince: at(0) },
        { succeeded: true, statusCode: 200, at: at(3) },
      ),
    ).toEqual({ consecutiveFailures: 0, failingSince: null, disabledReason: null });
  });

  it('counts failures in a row from the first one', () => {
    expect(judgeEndpointHealth({ consecutiveFailures: 0, failingSince: null }, failed(1))).toEqual({
      consecutiveFailures: 1,
      failingSince: at(1),
      disabledReason: null,
    });
  });

  it('stays enabled after many failures within a day', () => {
    const health = judgeEndpointHealth(
      { consecutiveFailures: 50, failingSince: at(0) },
      failed(23),
    );
    expect(health.disabledReason).toBeNull();
  });

  it('stays enabled after a day of few failures', () => {
    const health = judgeEndpointHealth({ consecutiveFailures: 3, failingSince: at(0) }, failed(30));
    expect(health.disabledReason).toBeNull();
  });

  it('disables after ten failures in a row over a day', () => {
    const health = judgeEndpointHealth({ consecutiveFailures: 9, failingSince: at(0) }, failed(24));
    expect(health.disabledReason).toBe(
      'Disabled after 10 failed attempts in a row since 2026-03-02T10:00:00.000Z.',
    );
  });

  it('disables at once on 410 Gone', () => {
    const health = judgeEndpointHealth(
      { consecutiveFailures: 0, failingSince: null },
      failed(0, 410),
    );
    expect(health.disabledReason).toMatch(/410 Gone/);
  });

  it('follows a stricter policy when given one', () => {
    const health = judgeEndpointHealth({ consecutiveFailures: 1, failingSince: at(0) }, failed(1), {
      consecutiveFailures: 2,
      overHours: 1,
    });
    expect(health.disabledReason).not.toBeNull();
  });
});
