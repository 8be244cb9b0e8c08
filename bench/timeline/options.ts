import { parseArgs } from 'node:util';

export interface TTimelineBenchOptions {
  events: number;
  target: number;
  customers: number;
  requests: number;
}

const USAGE =
  'Usage: npm run bench -- timeline [--events 10000000] [--target 10000] [--customers 10000] [--requests 300]';

function whole(name: string, text: string, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`--${name} must be a whole number of at least ${minimum}.\n${USAGE}`);
  }
  return value;
}

/** Ten million events by default, as the issue asks; --events 1000000 to scale down. */
export function readOptions(args: string[]): TTimelineBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string', default: '10000000' },
      target: { type: 'string', default: '10000' },
      customers: { type: 'string', default: '10000' },
      requests: { type: 'string', default: '300' },
    },
  });
  const options = {
    events: whole('events', values.events, 10_000),
    target: whole('target', values.target, 100),
    customers: whole('customers', values.customers, 1),
    requests: whole('requests', values.requests, 20),
  };
  if (options.target > options.events / 2)
    throw new Error(`--target must be at most half of --events.\n${USAGE}`);
  return options;
}
