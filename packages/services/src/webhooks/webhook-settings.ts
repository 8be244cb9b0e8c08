import { lookup } from 'node:dns/promises';
import {
  DEFAULT_DISABLE_POLICY,
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  parseRetrySchedule,
  type TDisablePolicy,
} from '@customeric/domain';

export interface TResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name has (A and AAAA), as the system resolver gives them. */
export type TResolveHost = (host: string) => Promise<TResolvedAddress[]>;

/** How webhooks are sent: the operator's switches, and the clock and resolver (tests swap them). */
export interface TWebhookSettings {
  /** CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE: loopback and private destinations are refused unless true. */
  allowPrivate: boolean;
  /** Seconds before each retry (CUSTOMERIC_WEBHOOKS_RETRY_SCHEDULE). */
  retrySchedule: readonly number[];
  /** ±share of each delay, so failures caused by load do not come back in step. */
  jitter: number;
  /** The whole attempt: connecting, sending and the answer's headers. */
  timeoutMs: number;
  disablePolicy: TDisablePolicy;
  resolve: TResolveHost;
  now: () => Date;
  random: () => number;
}

export const PRIVATE_DESTINATION_DETAIL =
  'Webhook destinations on private or loopback addresses are refused; an operator can allow them with CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE=true.';

/** How long the secret replaced by a rotation still signs, so receivers can switch without a gap. */
export const PREVIOUS_SECRET_HOURS = 24;

const resolveWithSystem: TResolveHost = async (host) => {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

function readAllowPrivate(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new Error(
    `CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE must be true or false, not ${JSON.stringify(value)}.`,
  );
}

function readSchedule(value: string | undefined): readonly number[] {
  if (!value) return DEFAULT_RETRY_SCHEDULE_SECONDS;
  const parsed = parseRetrySchedule(value);
  if (!parsed.ok) throw new Error(`CUSTOMERIC_WEBHOOKS_RETRY_SCHEDULE ${parsed.message}.`);
  return parsed.schedule;
}

/** The settings from the environment; a malformed variable stops the start with a clear message. */
export function readWebhookSettings(
  env: Record<string, string | undefined> = process.env,
): TWebhookSettings {
  return {
    allowPrivate: readAllowPrivate(env.CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE),
    retrySchedule: readSchedule(env.CUSTOMERIC_WEBHOOKS_RETRY_SCHEDULE),
    jitter: 0.1,
    timeoutMs: 10_000,
    disablePolicy: DEFAULT_DISABLE_POLICY,
    resolve: resolveWithSystem,
    now: () => new Date(),
    random: Math.random,
  };
}
