import { parseArgs } from 'node:util';

export interface TIngestBenchOptions {
  events: number;
  batch: number;
  concurrency: number;
  customers: number;
  /** Events sent afterwards in one NDJSON stream, to see the server's memory stay flat. */
  stream: number;
}

const USAGE =
  'Usage: npm run bench -- ingest [--events 1000000] [--batch 5000] [--concurrency 2] [--customers 2000] [--stream 1000000]';

function whole(
  name: string,
  text: string,
  minimum: number,
  maximum = Number.MAX_SAFE_INTEGER,
): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new Error(`--${name} must be a whole number from ${minimum} to ${maximum}.\n${USAGE}`);
  }
  return value;
}

/** A million events by default, as the issue asks; --events 100000 for a quick look. */
export function readOptions(args: string[]): TIngestBenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      events: { type: 'string', default: '1000000' },
      batch: { type: 'string', default: '5000' },
      concurrency: { type: 'string', default: '2' },
      customers: { type: 'string', default: '2000' },
      stream: { type: 'string', default: '1000000' },
    },
  });
  return {
    events: whole('events', values.events, 1_000),
    batch: whole('batch', values.batch, 1, 10_000),
    concurrency: whole('concurrency', values.concurrency, 1, 32),
    customers: whole('customers', values.customers, 1),
    stream: whole('stream', values.stream, 1),
  };
}
