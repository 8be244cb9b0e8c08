import { parseArgs } from 'node:util';

export interface THttpBenchOptions {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  users: number;
}

const USAGE =
  'Usage: npm run bench -- http [--duration 10] [--warmup 2] [--connections 50] [--users 300]';

function positive(name: string, text: string, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`--${name} must be a whole number of at least ${minimum}.\n${USAGE}`);
  }
  return value;
}

/** Bounded by default (about 40 s of load in all) so anyone can run it on a laptop. */
export function readOptions(args: string[]): THttpBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '50' },
      users: { type: 'string', default: '300' },
    },
  });
  return {
    durationSeconds: positive('duration', values.duration, 1),
    warmupSeconds: positive('warmup', values.warmup, 0),
    connections: positive('connections', values.connections, 1),
    users: positive('users', values.users, 51),
  };
}
