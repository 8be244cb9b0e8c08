/**
 * When an endpoint is switched off on its own: like the well-known providers, after it has
 * failed every attempt for a while, not after one bad minute. Both conditions must hold.
 */
export interface TDisablePolicy {
  consecutiveFailures: number;
  overHours: number;
}

export const DEFAULT_DISABLE_POLICY: TDisablePolicy = { consecutiveFailures: 10, overHours: 24 };

export interface TEndpointHealth {
  consecutiveFailures: number;
  failingSince: Date | null;
}

export interface TAttemptOutcome {
  succeeded: boolean;
  statusCode: number | null;
  at: Date;
}

export interface TEndpointHealthAfter extends TEndpointHealth {
  /** Set when the endpoint must now be disabled: the reason shown to its owner. */
  disabledReason: string | null;
}

const GONE = 410;

/** The endpoint's health after one attempt: a success heals it, failures add up until it is disabled. */
export function judgeEndpointHealth(
  before: TEndpointHealth,
  outcome: TAttemptOutcome,
  policy: TDisablePolicy = DEFAULT_DISABLE_POLICY,
): TEndpointHealthAfter {
  if (outcome.succeeded)
    return { consecutiveFailures: 0, failingSince: null, disabledReason: null };
  const consecutiveFailures = before.consecutiveFailures + 1;
  const failingSince = before.failingSince ?? outcome.at;
  const after = { consecutiveFailures, failingSince };
  if (outcome.statusCode === GONE) {
    return {
      ...after,
      disabledReason: 'The endpoint answered 410 Gone: it asked to receive no more webhooks.',
    };
  }
  const hoursFailing = (outcome.at.getTime() - failingSince.getTime()) / 3_600_000;
  if (consecutiveFailures >= policy.consecutiveFailures && hoursFailing >= policy.overHours) {
    return {
      ...after,
      disabledReason: `Disabled after ${consecutiveFailures} failed attempts in a row since ${failingSince.toISOString()}.`,
    };
  }
  return { ...after, disabledReason: null };
}
